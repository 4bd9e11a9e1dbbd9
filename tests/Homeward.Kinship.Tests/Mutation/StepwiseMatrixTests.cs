namespace Homeward.Kinship.Tests.Mutation;

/// <summary>The stepwise model (r, r2, range) against matrices worked out by hand.</summary>
public sealed class StepwiseMatrixTests
{
    private static readonly MutationModel Model = MutationModel.Stepwise(0.1, 0.02, 0.5).Value;

    [Fact]
    public void Integer_ladder_with_one_microvariant_matches_the_hand_computation()
    {
        // Alleles 9, 10, 11 (group .0) and 10.3 (group .3, alone); r = 0.1, r2 = 0.02, range = 0.5.
        // Row 9: same-group weights 10 → 0.5¹, 11 → 0.5² = 0.25, total 0.75, scaled to r:
        //        10: 0.1·0.5/0.75 = 1/15, 11: 0.1·0.25/0.75 = 1/30; 10.3 (the only other-group
        //        allele) gets all of r2 = 0.02; diagonal 1 − r − r2 = 0.88.
        // Row 10: 9 and 11 both at one step: 0.05 each; 10.3: 0.02; diagonal 0.88.
        // Row 11: mirror of row 9.
        // Row 10.3: alone in its group, so no r; r2 spread over the three others: 0.02/3 each;
        //        diagonal 1 − r2 = 0.98.
        const double third = 0.02 / 3;
        Matrices.Build(Model, ["9", "10", "11", "10.3"], Matrices.Uniform(4)).ShouldBe(
        [
            [0.88, 1.0 / 15, 1.0 / 30, 0.02],
            [0.05, 0.88, 0.05, 0.02],
            [1.0 / 30, 1.0 / 15, 0.88, 0.02],
            [third, third, third, 0.98],
        ]);
    }

    [Fact]
    public void All_alleles_in_one_group_have_diagonal_one_minus_r()
    {
        // No other group: r2 has nowhere to go and the diagonal is 1 − r = 0.9.
        Matrices.Build(Model, ["9", "10", "11"], Matrices.Uniform(3)).ShouldBe(
        [
            [0.9, 1.0 / 15, 1.0 / 30],
            [0.05, 0.9, 0.05],
            [1.0 / 30, 1.0 / 15, 0.9],
        ]);
    }

    [Fact]
    public void Two_groups_of_two_split_r2_over_the_other_group()
    {
        // 9 ↔ 10 and 9.3 ↔ 10.3 are one step apart within their groups: each gets all of r = 0.1;
        // the two alleles of the other group get r2/2 = 0.01 each; diagonal 0.88.
        Matrices.Build(Model, ["9", "10", "9.3", "10.3"], Matrices.Uniform(4)).ShouldBe(
        [
            [0.88, 0.1, 0.01, 0.01],
            [0.1, 0.88, 0.01, 0.01],
            [0.01, 0.01, 0.88, 0.1],
            [0.01, 0.01, 0.1, 0.88],
        ]);
    }

    [Fact]
    public void Steps_are_counted_in_repeats_not_in_table_positions()
    {
        // 9 and 12 are three repeats apart even with nothing between them in the table:
        // row 9: 10 → 0.5, 12 → 0.125, total 0.625: 10 gets 0.1·0.8 = 0.08, 12 gets 0.02.
        var m = Matrices.Build(Model, ["12", "9", "10"], Matrices.Uniform(3));
        m[1][2].ShouldBe(0.08, Matrices.Tolerance);
        m[1][0].ShouldBe(0.02, Matrices.Tolerance);
        m[1][1].ShouldBe(0.9, Matrices.Tolerance);
    }

    [Fact]
    public void Table_order_only_permutes_the_matrix()
    {
        string[] order = ["9", "10", "11", "10.3"];
        string[] shuffled = ["10.3", "11", "9", "10"];
        var m = Matrices.Build(Model, order, Matrices.Uniform(4));
        var s = Matrices.Build(Model, shuffled, Matrices.Uniform(4));
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                s[Array.IndexOf(shuffled, order[i])][Array.IndexOf(shuffled, order[j])].ShouldBe(m[i][j], Matrices.Tolerance);
            }
        }
    }

    [Fact]
    public void Invalid_parameters_are_refused_naming_them()
    {
        MutationModel.Stepwise(0.7, 0.4, 0.5).Errors!.ShouldContain(e => e.Message.Contains("rate + rate2", StringComparison.Ordinal));
        MutationModel.Stepwise(0.1, 0.01, 0).Errors!.ShouldContain(e => e.Message.Contains("range", StringComparison.Ordinal));
        MutationModel.Stepwise(-0.1, 0.01, 0.5).Errors!.ShouldContain(e => e.Message.Contains("rate -0.1", StringComparison.Ordinal));
    }
}
