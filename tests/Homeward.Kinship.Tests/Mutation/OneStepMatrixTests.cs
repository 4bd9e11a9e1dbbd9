namespace Homeward.Kinship.Tests.Mutation;

/// <summary>The onestep model: mutation only to alleles one repeat up or down.</summary>
public sealed class OneStepMatrixTests
{
    [Fact]
    public void Only_neighbours_one_repeat_apart_receive_the_rate()
    {
        // r = 0.2 over 9, 10, 11, 13, 10.3, 11.3:
        // 9 → 10 only (0.2); 10 → 9 and 11 (0.1 each); 11 → 10 only (12 is not listed);
        // 13 has no neighbour: it never mutates (diagonal 1); 10.3 ↔ 11.3 are one repeat apart;
        // 10 and 10.3 (0.3 apart) or 10.3 and 11 (0.7 apart) are not neighbours.
        var model = MutationModel.OneStep(0.2).Value;
        Matrices.Build(model, ["9", "10", "11", "13", "10.3", "11.3"], Matrices.Uniform(6)).ShouldBe(
        [
            [0.8, 0.2, 0, 0, 0, 0],
            [0.1, 0.8, 0.1, 0, 0, 0],
            [0, 0.2, 0.8, 0, 0, 0],
            [0, 0, 0, 1, 0, 0],
            [0, 0, 0, 0, 0.8, 0.2],
            [0, 0, 0, 0, 0.2, 0.8],
        ]);
    }
}
