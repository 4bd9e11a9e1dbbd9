using System.Globalization;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>A generated mutation model: none, equal, proportional, stepwise or onestep.</summary>
public sealed record MutationSpec(string Model, double Rate, double Rate2, double Range)
{
    public static MutationSpec None { get; } = new("none", 0, 0, 0);

    public MutationModel Build() => Model switch
    {
        "none" => MutationModel.None,
        "equal" => MutationModel.Equal(Rate).Value,
        "proportional" => MutationModel.Proportional(Rate).Value,
        "stepwise" => MutationModel.Stepwise(Rate, Rate2, Range).Value,
        "onestep" => MutationModel.OneStep(Rate).Value,
        _ => throw new InvalidOperationException(Model),
    };

    public override string ToString() => Model switch
    {
        "none" => "none",
        "stepwise" => string.Create(CultureInfo.InvariantCulture, $"stepwise({Rate}, {Rate2}, {Range})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Model}({Rate})"),
    };
}
