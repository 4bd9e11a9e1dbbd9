namespace Homeward.Registry.Reporting;

/// <summary>A relative who gave DNA.</summary>
/// <param name="Role">The relationship to the missing child, in words.</param>
/// <param name="Sex">The relative's sex in words.</param>
/// <param name="SampleCode">The sample code, or null for volunteers.</param>
/// <param name="Name">The name, when the audience sees names.</param>
public sealed record RelativeLine(string Role, string Sex, string? SampleCode, string? Name);
