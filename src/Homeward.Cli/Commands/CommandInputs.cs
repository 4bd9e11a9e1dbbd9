using System.Globalization;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Cli.Commands;

/// <summary>
/// Reading and checking the options shared by <c>simulate</c> and <c>evaluate</c>; every error
/// names the option it is about.
/// </summary>
internal static class CommandInputs
{
    /// <summary>The mutation models accepted by <c>--mutation-model</c>.</summary>
    public static readonly string[] MutationModels = ["stepwise", "equal", "proportional", "onestep", "none"];

    /// <summary>rate2 and range of the stepwise model as the commands use it.</summary>
    public const double StepwiseRate2 = 0.000001;

    /// <summary>The range of the stepwise model as the commands use it.</summary>
    public const double StepwiseRange = 0.5;

    /// <summary>Reads a frequency table CSV.</summary>
    public static Result<FrequencyTable> LoadFrequencies(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Result<FrequencyTable>.Failure("--frequencies", "is required: a frequency table CSV (marker,allele,frequency)");
        }

        if (!File.Exists(path))
        {
            return Result<FrequencyTable>.Failure("--frequencies", $"file '{path}' not found");
        }

        using var reader = File.OpenText(path);
        return FrequencyTableReader.ReadCsv(reader, path);
    }

    /// <summary>
    /// The panel chosen by <c>--markers</c> (a known panel name, or marker names separated by
    /// commas) or <c>--marker-count</c> (the first K markers of the table); null when neither is given.
    /// </summary>
    public static Result<MarkerSet?> ResolveMarkers(string? markers, int? markerCount, FrequencyTable table)
    {
        if (markers is not null && markerCount is not null)
        {
            return Result<MarkerSet?>.Failure("--markers", "give either --markers or --marker-count, not both");
        }

        if (markerCount is { } count)
        {
            return count < 1 || count > table.Markers.Length
                ? Result<MarkerSet?>.Failure("--marker-count", $"{count} must be from 1 to {table.Markers.Length}, the number of markers in {table.Source}")
                : MarkerSet.FirstOf(table, count);
        }

        if (markers is null)
        {
            return Result<MarkerSet?>.Success(null);
        }

        if (MarkerSet.Find(markers) is { } known)
        {
            return known;
        }

        var names = markers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return Result<MarkerSet?>.Failure("--markers", $"no marker named; give marker names separated by commas, or one of {string.Join(", ", MarkerSet.Known.Select(p => p.Name))}");
        }

        var unknown = names.Where(n => table.Find(n) is null).ToList();
        if (unknown.Count > 0)
        {
            return Result<MarkerSet?>.Failure("--markers", $"not in {table.Source}: {string.Join(", ", unknown)}");
        }

        return new MarkerSet($"custom{names.Length}", [.. names]);
    }

    /// <summary>The mutation model of <c>--mutation-model</c> and <c>--mutation-rate</c>, for both sexes.</summary>
    public static Result<MutationChoice> ResolveMutation(string? model, double rate)
    {
        model = (model ?? "stepwise").Trim().ToLowerInvariant();
        if (!MutationModels.Contains(model, StringComparer.Ordinal))
        {
            return Result<MutationChoice>.Failure("--mutation-model", $"'{model}' is not one of {string.Join(", ", MutationModels)}");
        }

        if (!double.IsFinite(rate) || rate < 0 || rate > 1)
        {
            return Result<MutationChoice>.Failure("--mutation-rate", $"{Format(rate)} must be a number in [0, 1]");
        }

        if (model == "none" || rate == 0)
        {
            return new MutationChoice("none", 0, MutationSettings.None);
        }

        var built = model switch
        {
            "equal" => MutationModel.Equal(rate),
            "proportional" => MutationModel.Proportional(rate),
            "onestep" => MutationModel.OneStep(rate),
            _ => MutationModel.Stepwise(rate, StepwiseRate2, StepwiseRange),
        };
        if (!built.IsSuccess)
        {
            return Result<MutationChoice>.Failure("--mutation-rate", string.Join("; ", built.Errors.Select(e => e.Message)));
        }

        return new MutationChoice(model, rate, new MutationSettings(new SexSpecificMutation(built.Value, built.Value)));
    }

    /// <summary>Checks that a number is a probability.</summary>
    public static InputError? Probability(double value, string option) =>
        double.IsFinite(value) && value is >= 0 and <= 1 ? null : new InputError(option, $"{Format(value)} must be a number in [0, 1]");

    /// <summary>Prints errors as <c>--option: message</c> (or <c>file:line: message</c>) and returns exit code 2.</summary>
    public static int Fail(TextWriter stderr, IEnumerable<InputError> errors)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine($"{OptionPlace(error.Place)}: {error.Message}");
        }

        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Library errors name settings in kebab case (<c>related-fraction</c>) or a marker's mutation
    /// model; on the command line they are options.
    /// </summary>
    private static string OptionPlace(string place)
    {
        if (place.StartsWith("--", StringComparison.Ordinal))
        {
            return place;
        }

        if (place.StartsWith("mutation", StringComparison.Ordinal))
        {
            return $"--mutation-rate ({place})";
        }

        return place.Length > 0 && place.All(c => c is (>= 'a' and <= 'z') or '-') ? "--" + place : place;
    }

    public static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A mutation model chosen on the command line.</summary>
/// <param name="Model">The model's name (<c>none</c> when the rate is 0).</param>
/// <param name="Rate">The rate.</param>
/// <param name="Settings">The settings for the engine.</param>
internal sealed record MutationChoice(string Model, double Rate, MutationSettings Settings);
