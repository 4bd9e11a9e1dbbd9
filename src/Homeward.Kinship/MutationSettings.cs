namespace Homeward.Kinship;

/// <summary>The male and female mutation models of one marker.</summary>
/// <param name="Male">Applied to meioses from a father.</param>
/// <param name="Female">Applied to meioses from a mother.</param>
public sealed record SexSpecificMutation(MutationModel Male, MutationModel Female)
{
    /// <summary>No mutation for either sex.</summary>
    public static SexSpecificMutation None { get; } = new(MutationModel.None, MutationModel.None);
}

/// <summary>
/// Which mutation models apply where: one default (possibly different for male and female
/// meioses) and optional overrides per marker, looked up by any spelling of the marker's name.
/// </summary>
public sealed class MutationSettings
{
    private readonly Dictionary<string, SexSpecificMutation> _perMarker;

    /// <summary>Creates settings from a default and per-marker overrides.</summary>
    public MutationSettings(SexSpecificMutation @default, IReadOnlyDictionary<string, SexSpecificMutation>? perMarker = null)
    {
        ArgumentNullException.ThrowIfNull(@default);
        Default = @default;
        _perMarker = (perMarker ?? new Dictionary<string, SexSpecificMutation>())
            .ToDictionary(kv => MarkerNames.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>No mutation anywhere.</summary>
    public static MutationSettings None { get; } = new(SexSpecificMutation.None);

    /// <summary>The models for markers without an override.</summary>
    public SexSpecificMutation Default { get; }

    /// <summary>The markers named in overrides, as keys (see <see cref="MarkerNames.Key"/>).</summary>
    public IEnumerable<string> OverriddenMarkerKeys => _perMarker.Keys;

    /// <summary>The models for a marker.</summary>
    public SexSpecificMutation For(string markerName) =>
        _perMarker.TryGetValue(MarkerNames.Key(markerName), out var models) ? models : Default;
}
