using System.Collections.Concurrent;
using Homeward.Intel.Places;
using PhoneNumbers;

namespace Homeward.Intel.Entities;

/// <summary>
/// Validates candidate numbers with libphonenumber for China and Vietnam and finds their province with
/// its offline geocoder. Candidates are pre-filtered by shape so that the library (which throws on bad
/// input) is called only for plausible numbers; results are cached because rings repeat their numbers.
/// </summary>
internal sealed class PhoneRecogniser
{
    private const int CacheLimit = 200_000;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberOfflineGeocoder Geocoder = PhoneNumberOfflineGeocoder.GetInstance();
    private static readonly Locale Chinese = new("zh", "CN");

    private readonly ConcurrentDictionary<string, PhoneMatch?> _cache = new(StringComparer.Ordinal);

    // Entries added since the last clear. ConcurrentDictionary.Count takes every bucket lock, which made
    // the count check on each miss the costliest line of the pipeline; an interlocked counter is enough
    // to bound the cache (a result is a pure function of its key, so when it is cleared changes nothing).
    private int _added;
    private readonly Gazetteer _gazetteer;

    public PhoneRecogniser(Gazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>The phone behind <paramref name="digits"/>, or null when it is not a valid CN or VN number.</summary>
    /// <param name="digits">The digits as written (no separators).</param>
    /// <param name="hasPlus">Whether the number was written with a leading '+'.</param>
    /// <param name="preferVietnam">Whether the context speaks of Vietnam (try VN before CN).</param>
    public PhoneMatch? Recognise(string digits, bool hasPlus, bool preferVietnam)
    {
        var key = (hasPlus ? "+" : preferVietnam ? "v" : "c") + digits;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = RecogniseUncached(digits, hasPlus, preferVietnam);
        if (_cache.TryAdd(key, result) && Interlocked.Increment(ref _added) > CacheLimit)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        return result;
    }

    private PhoneMatch? RecogniseUncached(string digits, bool hasPlus, bool preferVietnam)
    {
        if (digits.Length is < 7 or > 15)
        {
            return null;
        }

        if (hasPlus || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = hasPlus ? digits : digits[2..];
            return international.StartsWith("86", StringComparison.Ordinal) || international.StartsWith("84", StringComparison.Ordinal)
                ? TryParse("+" + international, "ZZ")
                : null;
        }

        string[] regions = preferVietnam ? ["VN", "CN"] : ["CN", "VN"];
        foreach (var region in regions)
        {
            if (!Plausible(digits, region))
            {
                continue;
            }

            var match = TryParse(digits, region);
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Shapes worth asking libphonenumber about: CN mobiles 1[3-9]+9 digits, CN numbers with a
    /// trunk 0 (10-12 digits), numbers with the country code 86 or 84; VN numbers with a trunk 0 (10-11 digits).</summary>
    private static bool Plausible(string d, string region) => region switch
    {
        "CN" => (d.Length == 11 && d[0] == '1' && d[1] is >= '3' and <= '9')
            || (d.Length is >= 10 and <= 12 && d[0] == '0' && d[1] != '0')
            || (d.Length == 13 && d.StartsWith("861", StringComparison.Ordinal)),
        "VN" => (d.Length is 10 or 11 && d[0] == '0' && d[1] != '0')
            || (d.Length is 11 or 12 && d.StartsWith("84", StringComparison.Ordinal)),
        _ => false,
    };

    private PhoneMatch? TryParse(string number, string region)
    {
        try
        {
            var parsed = Util.Parse(number, region);
            if (!Util.IsValidNumber(parsed))
            {
                return null;
            }

            var e164 = Util.Format(parsed, PhoneNumberFormat.E164);
            var description = Geocoder.GetDescriptionForNumber(parsed, Chinese);
            var vietnam = parsed.CountryCode == 84;
            var province = vietnam ? "越南" : _gazetteer.ProvinceOf(description);
            return new PhoneMatch(e164, province, vietnam);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}

/// <summary>A recognised phone number.</summary>
internal sealed record PhoneMatch(string E164, string? Province, bool Vietnam);
