using System.Globalization;
using System.Text.Json;
using Homeward.Kinship;

namespace Homeward.Data.Audit;

/// <summary>
/// A head of the audit chain written down outside the database (a file on another machine, a printout,
/// a message to the supervising authority). The chain alone proves only that nothing before a known
/// head changed; an anchor makes truncation, and a rewrite of everything after a point, visible.
/// One anchor is one JSON line: <c>{"sequence":N,"hash":"hex","at":"ISO 8601"}</c>.
/// </summary>
/// <param name="Sequence">The sequence of the anchored entry.</param>
/// <param name="Hash">Its hash (lower-case hex).</param>
/// <param name="At">When the anchor was taken.</param>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset At)
{
    /// <summary>The anchor as one JSON line.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["sequence"] = Sequence,
        ["hash"] = Hash,
        ["at"] = At.ToString("O", CultureInfo.InvariantCulture),
    });

    /// <summary>Reads anchors, one JSON object per non-empty line; every bad line is reported with its number.</summary>
    public static Result<IReadOnlyList<AuditAnchor>> ParseLines(string source, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var anchors = new List<AuditAnchor>();
        var errors = new List<InputError>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = ParseLine(line);
            if (parsed.IsSuccess)
            {
                anchors.Add(parsed.Value);
            }
            else
            {
                errors.AddRange(parsed.Errors.Select(e => new InputError($"{source}:{number}: {e.Place}", e.Message)));
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<AuditAnchor>>.Failure(errors) : Result<IReadOnlyList<AuditAnchor>>.Success(anchors);
    }

    private static Result<AuditAnchor> ParseLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result<AuditAnchor>.Failure("anchor", "is not a JSON object");
            }

            if (!root.TryGetProperty("sequence", out var sequence) || !sequence.TryGetInt64(out var n) || n < 1)
            {
                return Result<AuditAnchor>.Failure("sequence", "must be a whole number ≥ 1");
            }

            if (!root.TryGetProperty("hash", out var hash) || hash.GetString() is not { Length: 64 } hex || !hex.All(Uri.IsHexDigit))
            {
                return Result<AuditAnchor>.Failure("hash", "must be 64 hexadecimal digits (SHA-256)");
            }

            if (!root.TryGetProperty("at", out var at) || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
            {
                return Result<AuditAnchor>.Failure("at", "must be an ISO 8601 time");
            }

            return new AuditAnchor(n, hex.ToLowerInvariant(), when);
        }
        catch (JsonException e)
        {
            return Result<AuditAnchor>.Failure("anchor", $"is not JSON: {e.Message}");
        }
    }
}
