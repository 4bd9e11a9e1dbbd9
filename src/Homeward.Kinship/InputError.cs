namespace Homeward.Kinship;

/// <summary>
/// What is wrong with an input and where: a file and line, a person, a marker, a JSON path.
/// </summary>
/// <param name="Place">Where the problem is, e.g. <c>case.json: genotypes.AF.D3S1358</c>.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record InputError(string Place, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Place}: {Message}";
}
