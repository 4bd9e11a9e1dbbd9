namespace Homeward.Kinship.Tests.Mutation;

/// <summary>Builds engine mutation matrices from labels and compares them with hand values.</summary>
internal static class Matrices
{
    public const double Tolerance = 1e-14;

    public static AlleleLabel[] Labels(params string[] labels) => [.. labels.Select(AlleleLabel.Parse)];

    /// <summary>The engine's matrix as rows (the identity when the engine says "no mutation").</summary>
    public static double[][] Build(MutationModel model, string[] labels, double[] frequencies)
    {
        var built = model.BuildMatrix(Labels(labels), frequencies);
        built.IsSuccess.ShouldBeTrue(string.Join("; ", built.Errors ?? []));
        var n = labels.Length;
        return [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n)
            .Select(j => built.Value is null ? (i == j ? 1.0 : 0.0) : built.Value[(i * n) + j])
            .ToArray())];
    }

    public static double[] Uniform(int n) => [.. Enumerable.Repeat(1.0 / n, n)];

    public static void ShouldBe(this double[][] actual, double[][] expected)
    {
        actual.Length.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            for (var j = 0; j < expected.Length; j++)
            {
                actual[i][j].ShouldBe(expected[i][j], Tolerance, $"M[{i}][{j}]");
            }

            actual[i].Sum().ShouldBe(1, Tolerance, $"row {i} sums to 1");
        }
    }
}
