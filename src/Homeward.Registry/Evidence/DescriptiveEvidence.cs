using System.Globalization;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Registry.Evidence;

/// <summary>
/// The non-DNA evidence of a match as likelihood ratios, H1 "the found child is the report's missing
/// child" against H2 "a different child": sex, age consistency, dates, places and names. Each factor
/// is a documented model (docs/registry.md) bounded to [minimum, maximum] except a found date before
/// the disappearance, which is impossible (LR 0).
/// </summary>
public sealed class DescriptiveEvidence
{
    private readonly EvidenceSettings _settings;

    /// <summary>Creates the model; the settings must be valid.</summary>
    public DescriptiveEvidence(EvidenceSettings? settings = null)
    {
        _settings = (settings ?? EvidenceSettings.Default).Validate().Value;
    }

    /// <summary>All factors for a report and a found child.</summary>
    public IReadOnlyList<EvidenceFactor> Assess(MissingChildReport report, FoundChild child)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(child);
        return
        [
            SexFactor(report.Sex, child.Sex),
            AgeFactor(report.DateOfBirth, report.LastSeenOn, child.FoundOn, child.EstimatedAge),
            DateFactor(report.LastSeenOn, child.FoundOn),
            PlaceFactor(report.LastSeenPlace, child.FoundPlace),
            NameFactor(report.AllNames, child.KnownNames),
        ];
    }

    /// <summary>
    /// Sex: P(same recorded sex | H1) = 1 − ε, P(same | H2) = the fraction of that sex among found
    /// children. Unknown on either side: LR 1.
    /// </summary>
    public EvidenceFactor SexFactor(Sex reported, Sex found)
    {
        if (reported == Sex.Unknown || found == Sex.Unknown)
        {
            return new(EvidenceKind.Sex, 1, "sex unknown on one side: no evidence");
        }

        var pH2 = found == Sex.Male ? _settings.MaleFraction : 1 - _settings.MaleFraction;
        return reported == found
            ? new(EvidenceKind.Sex, Bound((1 - _settings.SexErrorRate) / pH2), F($"both {found}: (1 − ε {_settings.SexErrorRate}) / P({found}) {pH2}"))
            : new(EvidenceKind.Sex, Bound(_settings.SexErrorRate / pH2), F($"reported {reported}, found {found}: recording error ε {_settings.SexErrorRate} / P({found}) {pH2}"));
    }

    /// <summary>
    /// Age: the expected age when found is the age at disappearance plus the time elapsed, i.e. the
    /// found date minus the date of birth. The estimate's range is read as ±2σ around its centre, with
    /// a floor σ₀ added in quadrature; H1 density φ((a − c)/σ)/σ, H2 uniform on [0, span].
    /// No date of birth: LR 1.
    /// </summary>
    public EvidenceFactor AgeFactor(DateOnly? dateOfBirth, DateOnly lastSeenOn, DateOnly foundOn, AgeRange estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (dateOfBirth is not { } born)
        {
            return new(EvidenceKind.Age, 1, "no date of birth: no evidence");
        }

        var atDisappearance = Years(born, lastSeenOn);
        var elapsed = Years(lastSeenOn, foundOn);
        var expected = Years(born, foundOn);
        var sigma = Math.Sqrt((estimate.HalfWidth / 2 * (estimate.HalfWidth / 2)) + (_settings.AgeSigmaFloorYears * _settings.AgeSigmaFloorYears));
        var z = (expected - estimate.Centre) / sigma;
        var density = Math.Exp(-z * z / 2) / (Math.Sqrt(2 * Math.PI) * sigma);
        var lr = Bound(density * _settings.AgeSpanYears);
        return new(EvidenceKind.Age, lr, F($"expected {expected:0.0} y ({atDisappearance:0.0} at disappearance + {elapsed:0.0} elapsed), estimated {estimate.MinYears:0.#}–{estimate.MaxYears:0.#} y: z = {z:0.00} (σ {sigma:0.00})"));
    }

    /// <summary>Dates: found more than the tolerance before the child went missing is impossible (LR 0); otherwise no evidence.</summary>
    public EvidenceFactor DateFactor(DateOnly lastSeenOn, DateOnly foundOn)
    {
        var daysBefore = lastSeenOn.DayNumber - foundOn.DayNumber;
        return daysBefore > _settings.DateToleranceDays
            ? new(EvidenceKind.Dates, 0, F($"found {foundOn:yyyy-MM-dd}, {daysBefore} days before the child was last seen ({lastSeenOn:yyyy-MM-dd}): impossible"))
            : new(EvidenceKind.Dates, 1, daysBefore > 0
                ? F($"found {daysBefore} days before last seen, within the {_settings.DateToleranceDays}-day tolerance for date errors")
                : "found after the disappearance, as required");
    }

    /// <summary>
    /// Place: H1 distance density w·e^(−d/s)/s + (1 − w)/D (found near home, or anywhere the child was
    /// sold to), H2 uniform 1/D; LR = w·(D/s)·e^(−d/s) + (1 − w). Places without a location: LR 1.
    /// </summary>
    public EvidenceFactor PlaceFactor(Place lastSeen, Place found)
    {
        ArgumentNullException.ThrowIfNull(lastSeen);
        ArgumentNullException.ThrowIfNull(found);
        if (Place.DistanceKm(lastSeen, found) is not { } km)
        {
            return new(EvidenceKind.Place, 1, "a place is unknown: no evidence");
        }

        var d = Math.Min(km, _settings.MaxDistanceKm);
        var w = _settings.LocalFraction;
        var lr = Bound((w * _settings.MaxDistanceKm / _settings.LocalScaleKm * Math.Exp(-d / _settings.LocalScaleKm)) + (1 - w));
        return new(EvidenceKind.Place, lr, F($"last seen {lastSeen}, found {found}: {km:0} km"));
    }

    /// <summary>
    /// Names: the strongest agreement between any of the report's names and any of the child's: full
    /// characters, full toneless pinyin (homophones), given name only. Low weights: buyers rename children.
    /// No names on a side: LR 1.
    /// </summary>
    public EvidenceFactor NameFactor(IEnumerable<ChineseName> reportNames, IEnumerable<ChineseName> childNames)
    {
        ArgumentNullException.ThrowIfNull(reportNames);
        ArgumentNullException.ThrowIfNull(childNames);
        var left = reportNames.ToArray();
        var right = childNames.ToArray();
        if (left.Length == 0 || right.Length == 0)
        {
            return new(EvidenceKind.Name, 1, "no names on one side: no evidence");
        }

        var best = (Lr: _settings.NoNameMatchLr, Why: "no name agrees (children are often renamed)");
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var m = Compare(a, b);
                if (m.Lr > best.Lr)
                {
                    best = m;
                }
            }
        }

        return new(EvidenceKind.Name, Bound(best.Lr), best.Why);
    }

    private (double Lr, string Why) Compare(ChineseName a, ChineseName b)
    {
        if (a.Characters.Length > 0 && string.Equals(a.Characters, b.Characters, StringComparison.Ordinal))
        {
            return (_settings.NameCharactersLr, $"same name in characters: {a.Characters}");
        }

        var pa = Pinyin.Compact(a.Pinyin);
        if (pa.Length > 0 && string.Equals(pa, Pinyin.Compact(b.Pinyin), StringComparison.Ordinal))
        {
            return (_settings.NamePinyinLr, $"same name in pinyin without tones: {a} ~ {b}");
        }

        if (a.GivenCharacters.Length > 0 && string.Equals(a.GivenCharacters, b.GivenCharacters, StringComparison.Ordinal))
        {
            return (_settings.GivenNameLr, $"same given name in characters: {a.GivenCharacters}");
        }

        var ga = Pinyin.Compact(a.GivenPinyin);
        return ga.Length > 0 && string.Equals(ga, Pinyin.Compact(b.GivenPinyin), StringComparison.Ordinal)
            ? (_settings.GivenNameLr, $"same given name in pinyin: {a.GivenPinyin}")
            : (_settings.NoNameMatchLr, "no name agrees (children are often renamed)");
    }

    private double Bound(double lr) => Math.Clamp(lr, _settings.MinimumLr, _settings.MaximumLr);

    private static double Years(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 365.2425;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
