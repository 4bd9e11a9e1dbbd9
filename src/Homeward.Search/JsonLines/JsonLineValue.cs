using System.Text.Json;

namespace Homeward.Search.JsonLines;

/// <summary>
/// One value of a profile line as read: its JSON token (<see cref="JsonTokenType.None"/> when the
/// property is absent), its text (a string unescaped; a number as written, for alleles), and where
/// it stands in the line, for messages that quote it (<see cref="JsonProfileLine.Raw"/>).
/// </summary>
/// <param name="Token">The first token of the value.</param>
/// <param name="Text">The string's value, or an allele number's text; otherwise null.</param>
/// <param name="Start">Its first byte in the line.</param>
/// <param name="Length">Its length in bytes, as written.</param>
public readonly record struct JsonLineValue(JsonTokenType Token, string? Text, int Start, int Length)
{
    /// <summary>Whether the property was given (even as null).</summary>
    public bool IsPresent => Token != JsonTokenType.None;

    /// <summary>Whether it is a JSON string.</summary>
    public bool IsString => Token == JsonTokenType.String;

    /// <summary>Its text when it is a string that is not empty or white space, else null.</summary>
    public string? NonBlankString => Token == JsonTokenType.String && !string.IsNullOrWhiteSpace(Text) ? Text : null;
}
