using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// The distribution of family shapes over reports, written <c>shape:weight,shape:weight,…</c>
/// (<c>mother:0.3,father:0.1,parents:0.2</c>); the weights must be positive and sum to 1.
/// </summary>
public sealed class FamilyShapeMix
{
    private const double SumTolerance = 1e-6;
    private readonly double[] _cumulative;

    private FamilyShapeMix(ImmutableArray<FamilyShapeWeight> entries)
    {
        Entries = entries;
        _cumulative = new double[entries.Length];
        var sum = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            sum += entries[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>
    /// The default mix: mother 30 %, father 10 %, both parents 20 %, mother and a full sibling 15 %,
    /// two full siblings 10 %, the four grandparents 5 %, a maternal half sibling 5 %, a child 5 %.
    /// </summary>
    public static FamilyShapeMix Default { get; } = Parse(DefaultText, "shapes").Value;

    /// <summary>The text of <see cref="Default"/>.</summary>
    public const string DefaultText =
        "mother:0.30,father:0.10,parents:0.20,mother+full-sibling:0.15,siblings:0.10,grandparents:0.05,half-sibling:0.05,child:0.05";

    /// <summary>The shapes and their weights, in the order written.</summary>
    public ImmutableArray<FamilyShapeWeight> Entries { get; }

    /// <summary>Parses a mix; errors are reported at <paramref name="place"/>.</summary>
    public static Result<FamilyShapeMix> Parse(string? text, string place)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<FamilyShapeMix>.Failure(place, "empty; expected shape:weight pairs separated by commas, e.g. mother:0.7,parents:0.3");
        }

        var errors = new List<InputError>();
        var entries = new List<FamilyShapeWeight>();
        foreach (var item in text.Split(','))
        {
            var colon = item.LastIndexOf(':');
            if (colon < 0)
            {
                errors.Add(new InputError(place, $"'{item.Trim()}' needs a weight: shape:weight"));
                continue;
            }

            var weightText = item[(colon + 1)..].Trim();
            if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !double.IsFinite(weight) || weight <= 0)
            {
                errors.Add(new InputError(place, $"weight '{weightText}' of '{item[..colon].Trim()}' must be a positive number"));
                continue;
            }

            var shape = FamilyShape.Parse(item[..colon], place);
            if (!shape.IsSuccess)
            {
                errors.AddRange(shape.Errors);
                continue;
            }

            if (entries.Any(e => e.Shape.Roles.SequenceEqual(shape.Value.Roles)))
            {
                errors.Add(new InputError(place, $"shape '{shape.Value.Name}' is listed twice"));
                continue;
            }

            entries.Add(new FamilyShapeWeight(shape.Value, weight));
        }

        if (errors.Count > 0)
        {
            return Result<FamilyShapeMix>.Failure(errors);
        }

        var sum = entries.Sum(e => e.Weight);
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            return Result<FamilyShapeMix>.Failure(place, $"the weights sum to {sum.ToString("R", CultureInfo.InvariantCulture)}; they must sum to 1");
        }

        return new FamilyShapeMix([.. entries]);
    }

    /// <summary>Picks a shape for a uniform number <paramref name="u"/> in [0, 1).</summary>
    internal FamilyShape Pick(double u)
    {
        var x = u * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (x < _cumulative[i])
            {
                return Entries[i].Shape;
            }
        }

        return Entries[^1].Shape;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(",", Entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Shape.Name}:{e.Weight}")));
}

/// <summary>A family shape and its share of the reports.</summary>
/// <param name="Shape">The shape.</param>
/// <param name="Weight">Its share, in (0, 1].</param>
public sealed record FamilyShapeWeight(FamilyShape Shape, double Weight);
