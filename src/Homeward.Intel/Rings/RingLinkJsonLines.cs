using System.Text.Json;
using Homeward.Intel.Entities;
using Homeward.Intel.Places;

namespace Homeward.Intel.Rings;

/// <summary>
/// Reads links in JSON Lines: one object a line naming exactly two nodes by kind,
/// <c>{"suspect":"S1","identifier":"phone:+8613812345678"}</c>, <c>{"operation":"OP-2011-07","suspect":"S1"}</c>,
/// <c>{"child":"FC-0001","operation":"OP-2011-07"}</c>, <c>{"post":"p1","suspect":"S1"}</c>. Identifiers are
/// "type:value" with a scan type (phone, qq, wechat, email, bank-card, alipay, id-number) or "account", and the
/// value as the scan prints it (phones in E.164). Other fields (a note, a source) are ignored.
/// </summary>
public static class RingLinkJsonLines
{
    private static readonly PhoneRecogniser Phones = new(Gazetteer.Default);

    /// <summary>Parses one line; a blank line gives (null, null).</summary>
    public static (RingLink? Link, string? Error) ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "expected a JSON object");
            }

            var nodes = new List<LinkNode>(2);
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (!LinkNode.Kinds.Contains(property.Name))
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    return (null, $"\"{property.Name}\" must be a non-empty string");
                }

                var id = property.Value.GetString()!.Trim();
                if (property.Name == "identifier" && IdentifierError(id) is { } error)
                {
                    return (null, error);
                }

                var phone = property.Name == "identifier" && id.StartsWith("phone:", StringComparison.Ordinal) ? Phones.Recognise(id[7..], hasPlus: true, preferVietnam: false) : null;
                if (property.Name == "identifier" && id.StartsWith("phone:", StringComparison.Ordinal) && phone is null)
                {
                    return (null, $"not a valid Chinese or Vietnamese phone number: '{id}'");
                }

                nodes.Add(new LinkNode(property.Name, id) { Province = phone?.Province });
            }

            return nodes.Count == 2
                ? (new RingLink(nodes[0], nodes[1]), null)
                : (null, $"a link names exactly two of {string.Join(", ", LinkNode.Kinds)}; this line names {nodes.Count}");
        }
        catch (JsonException e)
        {
            return (null, "invalid JSON: " + e.Message);
        }
    }

    private static string? IdentifierError(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var type = colon > 0 ? id[..colon] : "";
        var value = colon > 0 ? id[(colon + 1)..] : "";
        var known = type == "account" || (EntityTypeNames.TryParse(type, out var t) && t.IsIdentifier());
        if (!known || value.Length == 0)
        {
            return $"\"identifier\" must be \"type:value\" with a type among phone, qq, wechat, email, bank-card, alipay, id-number, account: '{id}'";
        }

        return type == "phone" && (value[0] != '+' || value.Length < 8 || !value[1..].All(char.IsAsciiDigit))
            ? $"a phone identifier is written in E.164 as the scan prints it (\"phone:+8613812345678\"): '{id}'"
            : null;
    }
}
