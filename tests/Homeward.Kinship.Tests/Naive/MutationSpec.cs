using System.Globalization;

namespace Homeward.Kinship.Tests.Naive;

/// <summary>The kinds of mutation model of DESIGN.md §3.</summary>
public enum MutationKind
{
    None,
    Equal,
    Proportional,
    Stepwise,
    OneStep,
}

/// <summary>
/// A mutation model as plain numbers, so that the test can build the engine's model
/// (<see cref="ToEngine"/>) and, independently, the naive matrix (<see cref="NaiveMutationMatrix"/>).
/// </summary>
public sealed record MutationSpec(MutationKind Kind, double Rate = 0, double Rate2 = 0, double Range = 0)
{
    public static MutationSpec None { get; } = new(MutationKind.None);

    public MutationModel ToEngine() => Kind switch
    {
        MutationKind.None => MutationModel.None,
        MutationKind.Equal => MutationModel.Equal(Rate).Value,
        MutationKind.Proportional => MutationModel.Proportional(Rate).Value,
        MutationKind.Stepwise => MutationModel.Stepwise(Rate, Rate2, Range).Value,
        MutationKind.OneStep => MutationModel.OneStep(Rate).Value,
        _ => throw new InvalidOperationException($"unknown mutation kind {Kind}"),
    };

    public override string ToString() => Kind switch
    {
        MutationKind.None => "none",
        MutationKind.Stepwise => string.Create(CultureInfo.InvariantCulture, $"stepwise(r={Rate}, r2={Rate2}, range={Range})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}(r={Rate})"),
    };
}
