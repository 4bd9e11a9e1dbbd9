namespace Homeward.Data.Frequencies;

/// <summary>A table to store, as an administrator uploads it.</summary>
/// <param name="Name">A short unique name: letters, digits, '.', '-', '_' (at most 100).</param>
/// <param name="Citation">The published source (required, at most 1000 characters).</param>
/// <param name="SampleSize">Individuals typed, when known (positive).</param>
/// <param name="FileName">The uploaded file's name, for the places of errors (<c>file.csv:12</c>).</param>
/// <param name="Csv">The table in the format <c>marker,allele,frequency</c> (header required).</param>
public sealed record FrequencyTableUpload(string? Name, string? Citation, int? SampleSize, string FileName, string Csv);
