namespace Homeward.Kinship.Relationships;

/// <summary>
/// The probabilities that two persons share 0, 1 or 2 alleles identical by descent. Without
/// mutation a pairwise likelihood ratio is <c>κ0 + κ1·PO/UN + κ2·MZ/UN</c>.
/// </summary>
/// <param name="K0">κ0.</param>
/// <param name="K1">κ1.</param>
/// <param name="K2">κ2.</param>
public readonly record struct IbdCoefficients(double K0, double K1, double K2);
