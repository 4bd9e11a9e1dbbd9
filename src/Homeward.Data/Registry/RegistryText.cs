using Homeward.Registry.Cases;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>
/// The text the database stores for the registry's enums: kebab-case names (<c>under-review</c>,
/// <c>record-check</c>, <c>domestic-identification</c>), so that hand-written SQL and the CLI read
/// the same words. Parsing ignores case, hyphens and underscores, so <c>UnderReview</c> works too.
/// </summary>
public static class RegistryText
{
    /// <summary>The stored name of a state (<c>under-review</c>).</summary>
    public static string Name(MatchState state) => Kebab(state.ToString());

    /// <summary>The stored name of an action (<c>start-review</c>).</summary>
    public static string Name(MatchAction action) => Kebab(action.ToString());

    /// <summary>The stored name of a verification check (<c>stories-agree</c>).</summary>
    public static string Name(VerificationCheck check) => Kebab(check.ToString());

    /// <summary>The stored name of a guardian status.</summary>
    public static string Name(GuardianStatus status) => Kebab(status.ToString());

    /// <summary>The stored form of consent scopes: the agreed scopes comma-separated, empty for none.</summary>
    public static string Scopes(ConsentScopes scopes) =>
        string.Join(',', Enum.GetValues<ConsentScopes>().Where(s => s != ConsentScopes.None && scopes.HasFlag(s)).Select(s => Kebab(s.ToString())));

    /// <summary>Parses stored consent scopes; unknown words (the older import vocabulary) grant nothing.</summary>
    public static ConsentScopes ParseScopes(string? text)
    {
        var scopes = ConsentScopes.None;
        foreach (var word in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParse<ConsentScopes>(word, out var scope))
            {
                scopes |= scope;
            }
        }

        return scopes;
    }

    /// <summary>Parses an enum name written as stored or as in C# (case, hyphens and underscores ignored).</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var key = Squash(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Squash(candidate.ToString()), key, StringComparison.Ordinal) && key.Length > 0)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The accepted names of an enum, for messages.</summary>
    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Kebab(v.ToString())));

    private static string Squash(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => c is not ('-' or '_' or ' '))).ToUpperInvariant();

    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
