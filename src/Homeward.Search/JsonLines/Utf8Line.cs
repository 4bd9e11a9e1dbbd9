namespace Homeward.Search.JsonLines;

/// <summary>One line of a text file as UTF-8 bytes (without its line break).</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Bytes">Its bytes; valid until the next line is read.</param>
public readonly record struct Utf8Line(int Number, ReadOnlyMemory<byte> Bytes);
