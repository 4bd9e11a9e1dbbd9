using FsCheck.Xunit;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// The engine's mutation matrices are the DESIGN.md §3 definitions (as written independently in
/// <see cref="NaiveMutationMatrix"/>), are stochastic, and a model that cannot be stochastic for the
/// frequencies is refused.
/// </summary>
public sealed class MutationMatrixProperties
{
    private const double Tolerance = 1e-12;

    [Property(Arbitrary = [typeof(MarkerModels)], MaxTest = 500)]
    public void Engine_matrix_equals_the_definition_and_rows_sum_to_one(MarkerModel marker)
    {
        var expected = NaiveMutationMatrix.Build(marker.Model, marker.Alleles, marker.Frequencies);
        var built = marker.Model.ToEngine().BuildMatrix(marker.Alleles, marker.Frequencies);
        if (!NaiveMutationMatrix.IsStochastic(expected))
        {
            built.IsSuccess.ShouldBeFalse("a matrix with entries outside [0, 1] must be refused");
            return;
        }

        built.IsSuccess.ShouldBeTrue(string.Join("; ", built.Errors ?? []));
        var n = marker.Alleles.Length;
        var actual = built.Value;
        for (var i = 0; i < n; i++)
        {
            var rowSum = 0.0;
            for (var j = 0; j < n; j++)
            {
                var value = actual is null ? (i == j ? 1 : 0) : actual[(i * n) + j];
                Math.Abs(value - expected[i, j]).ShouldBeLessThan(Tolerance, $"M[{marker.Alleles[i]} → {marker.Alleles[j]}]");
                value.ShouldBeInRange(0, 1);
                rowSum += value;
            }

            rowSum.ShouldBe(1, Tolerance, $"row {marker.Alleles[i]}");
        }
    }
}
