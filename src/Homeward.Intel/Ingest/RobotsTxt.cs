using System.Globalization;

namespace Homeward.Intel.Ingest;

/// <summary>
/// A parsed robots.txt (RFC 9309): groups of <c>User-agent</c> lines followed by <c>Allow</c>,
/// <c>Disallow</c> and <c>Crawl-delay</c> lines; comments after <c>#</c>; unknown lines ignored.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)> _groups;

    private RobotsTxt(List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)> groups) => _groups = groups;

    /// <summary>Parses the text of a robots.txt.</summary>
    public static RobotsTxt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)>();
        List<string>? agents = null;
        List<RobotsRule>? rules = null;
        TimeSpan? delay = null;
        var inRules = false;
        foreach (var raw in LineReader.Lines(text.TrimStart('\uFEFF')))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (agents is null || inRules)
                {
                    Close();
                    agents = [];
                    rules = [];
                    delay = null;
                    inRules = false;
                }

                agents.Add(value.ToLowerInvariant());
                continue;
            }

            if (agents is null)
            {
                continue;
            }

            switch (key)
            {
                case "allow" or "disallow":
                    inRules = true;
                    if (value.Length > 0)
                    {
                        rules!.Add(new RobotsRule(key == "allow", value));
                    }

                    break;
                case "crawl-delay":
                    inRules = true;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        delay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                default:
                    break;
            }
        }

        Close();
        return new RobotsTxt(groups);

        void Close()
        {
            if (agents is not null)
            {
                groups.Add((agents, rules!, delay));
            }
        }
    }

    /// <summary>
    /// The rules for a crawler whose product token is <paramref name="productToken"/>: every group naming
    /// it (case-insensitive) merged, else every <c>*</c> group merged, else no rules.
    /// </summary>
    public RobotsGroup ForAgent(string productToken)
    {
        ArgumentNullException.ThrowIfNull(productToken);
        var token = productToken.ToLowerInvariant();
        var matching = _groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
        {
            matching = _groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        if (matching.Count == 0)
        {
            return RobotsGroup.AllowAll;
        }

        var delay = matching.Select(g => g.Delay).Where(d => d is not null).Max();
        return new RobotsGroup(matching.SelectMany(g => g.Rules).ToList(), delay);
    }
}
