using System.Text.Json;

namespace Homeward.Cli.Demo;

/// <summary>
/// The optional <c>title</c> and <c>description</c> (<c>H1</c>, <c>H2</c>) of a case file, for
/// people. The case parser has already checked their shape.
/// </summary>
internal sealed record CaseDescription(string? Title, string? H1, string? H2)
{
    public static CaseDescription From(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var root = document.RootElement;
        var description = root.TryGetProperty("description", out var d) ? d : default;
        return new CaseDescription(Text(root, "title"), Text(description, "H1"), Text(description, "H2"));
    }

    private static string? Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
