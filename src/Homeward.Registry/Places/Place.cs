using Homeward.Kinship;

namespace Homeward.Registry.Places;

/// <summary>
/// Where something happened: a province (null when unknown or abroad), a free-text locality, and
/// optionally coordinates, which the distance model prefers to the province's location.
/// </summary>
public sealed class Place
{
    private Place(Province? province, string locality, double? latitude, double? longitude)
    {
        Province = province;
        Locality = locality;
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The provincial unit, or null when unknown.</summary>
    public Province? Province { get; }

    /// <summary>Town, county, street as written (may be empty).</summary>
    public string Locality { get; }

    /// <summary>Latitude in degrees, when known.</summary>
    public double? Latitude { get; }

    /// <summary>Longitude in degrees, when known.</summary>
    public double? Longitude { get; }

    /// <summary>An unknown place.</summary>
    public static Place Unknown { get; } = new(null, string.Empty, null, null);

    /// <summary>Creates a place; the province must be one of <see cref="Provinces.All"/> when given.</summary>
    public static Result<Place> Create(string? province, string? locality = null, double? latitude = null, double? longitude = null, string place = "place")
    {
        var found = Provinces.Find(province);
        return new Validation(place)
            .Require(string.IsNullOrWhiteSpace(province) || found is not null, "province", $"'{province}' is not a provincial unit of China")
            .Require(latitude is null == longitude is null, "latitude", "give both coordinates or neither")
            .Require(latitude is null || (double.IsFinite(latitude.Value) && Math.Abs(latitude.Value) <= 90), "latitude", "must be within ±90°")
            .Require(longitude is null || (double.IsFinite(longitude.Value) && Math.Abs(longitude.Value) <= 180), "longitude", "must be within ±180°")
            .Build(() => new Place(found, locality?.Trim() ?? string.Empty, latitude, longitude));
    }

    /// <summary>The great-circle distance in km between two places, or null when either location is unknown.</summary>
    public static double? DistanceKm(Place a, Place b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pa = a.Coordinates();
        var pb = b.Coordinates();
        return pa is null || pb is null ? null : GreatCircle.DistanceKm(pa.Value.Lat, pa.Value.Lon, pb.Value.Lat, pb.Value.Lon);
    }

    private (double Lat, double Lon)? Coordinates() =>
        Latitude is { } lat && Longitude is { } lon ? (lat, lon) : Province is { } p ? (p.Latitude, p.Longitude) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Province?.Name ?? "?"} {Locality}".Trim();
}
