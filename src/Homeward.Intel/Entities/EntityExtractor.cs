using Homeward.Intel.Places;
using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>
/// Extracts entities from a normalised post: e-mails, WeChat ids, numbers (classified by the keyword
/// announcing them: QQ, bank card, Alipay, identity number, phone), prices and places. Quantities and
/// dates never become contact numbers. Spans are mapped back to the original text.
/// </summary>
internal sealed class EntityExtractor
{
    private readonly Gazetteer _gazetteer;
    private readonly PhoneRecogniser _phones;

    public EntityExtractor(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _phones = new PhoneRecogniser(gazetteer);
    }

    public List<Entity> Extract(NormalisedText normalised)
    {
        var text = normalised.Text;
        var found = new List<Entity>();
        var keywords = ContactKeywords.Matcher.FindAll(text);
        var preferVietnam = keywords.Exists(k => k.Payload == KeywordKind.Vietnam);

        var emails = EmailScanner.Scan(text);
        foreach (var (s, e) in emails)
        {
            var value = text[s..e];
            var kw = KeywordBefore(keywords, s, 0);
            found.Add(Make(normalised, kw == KeywordKind.Alipay ? EntityType.Alipay : EntityType.Email, value, s, e));
            var at = value.IndexOf('@', StringComparison.Ordinal);
            if (value.EndsWith("@qq.com", StringComparison.Ordinal) && at is >= 5 and <= 11 && value[0] != '0' && value.AsSpan(0, at).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                found.Add(Make(normalised, EntityType.Qq, value[..at], s, s + at));
            }
        }

        foreach (var (ks, ke, kind) in keywords)
        {
            if (kind != KeywordKind.WeChat || Inside(emails, ks))
            {
                continue;
            }

            if (WeChatScanner.IdAfter(text, ke) is { } id && !Inside(emails, id.Start))
            {
                found.Add(Make(normalised, EntityType.WeChat, text[id.Start..id.End], id.Start, id.End));
            }
        }

        var previousEnd = 0;
        foreach (var run in DigitRunScanner.Scan(text))
        {
            if (Inside(emails, run.Start))
            {
                continue;
            }

            var entity = Classify(normalised, run, KeywordBefore(keywords, run.Start, previousEnd), preferVietnam);
            if (entity is not null)
            {
                found.Add(entity);
            }

            previousEnd = run.End;
        }

        foreach (var (s, e, value) in PriceScanner.Scan(text))
        {
            found.Add(Make(normalised, EntityType.Price, value, s, e));
        }

        foreach (var (s, e, place) in _gazetteer.Matcher.FindAll(text))
        {
            found.Add(Make(normalised, EntityType.Place, place.Name, s, e) with { Province = place.Province, CrossBorder = place.CrossBorder });
        }

        return RemoveOverlaps(found);
    }

    private Entity? Classify(NormalisedText normalised, DigitRun run, KeywordKind? keyword, bool preferVietnam)
    {
        var text = normalised.Text;
        var d = run.Digits;
        if (QuantityContext.IsQuantity(text, run))
        {
            return null;
        }

        if (keyword == KeywordKind.Qq && !run.HasPlus && d.Length is >= 5 and <= 11 && d[0] != '0' && d[^1] != 'x')
        {
            return Make(normalised, EntityType.Qq, d, run.Start, run.End);
        }

        if (d.Length == 18 && ResidentIdNumber.IsValid(d) && !(keyword == KeywordKind.Bank && Luhn.IsValid(d)))
        {
            return Make(normalised, EntityType.IdNumber, d.ToUpperInvariant(), run.Start, run.End);
        }

        if (keyword == KeywordKind.Bank && d.Length is >= 16 and <= 19 && Luhn.IsValid(d))
        {
            return Make(normalised, EntityType.BankCard, d, run.Start, run.End);
        }

        if (keyword == KeywordKind.Alipay && d.Length >= 5 && d[^1] != 'x')
        {
            var asPhone = _phones.Recognise(d, run.HasPlus, preferVietnam);
            return Make(normalised, EntityType.Alipay, asPhone?.E164 ?? d, run.Start, run.End);
        }

        if (QuantityContext.IsDate(run) || d[^1] == 'x')
        {
            return null;
        }

        var phone = _phones.Recognise(d, run.HasPlus, preferVietnam);
        return phone is null
            ? null
            : Make(normalised, EntityType.Phone, phone.E164, run.Start, run.End) with { Province = phone.Province, CrossBorder = phone.Vietnam };
    }

    /// <summary>The nearest keyword ending at most <see cref="ContactKeywords.Window"/> characters before
    /// <paramref name="start"/> and not before <paramref name="notBefore"/> (the end of the previous number).</summary>
    private static KeywordKind? KeywordBefore(List<(int Start, int End, KeywordKind Payload)> keywords, int start, int notBefore)
    {
        KeywordKind? best = null;
        var bestEnd = -1;
        foreach (var (_, e, kind) in keywords)
        {
            if (e <= start && start - e <= ContactKeywords.Window && e >= notBefore && e > bestEnd && kind != KeywordKind.Vietnam)
            {
                best = kind;
                bestEnd = e;
            }
        }

        return best == KeywordKind.SameNumber ? KeywordKind.Phone : best;
    }

    private static bool Inside(List<(int Start, int End)> spans, int position) =>
        spans.Exists(s => position >= s.Start && position < s.End);

    private static Entity Make(NormalisedText normalised, EntityType type, string value, int start, int end)
    {
        var (os, oe) = normalised.ToOriginal(start, end);
        return new Entity(type, value, normalised.Original[os..oe], os, oe) { NormStart = start, NormEnd = end };
    }

    /// <summary>Keeps the earliest, then longest, of overlapping entities; a QQ number read from a
    /// qq.com address stays beside the address.</summary>
    private static List<Entity> RemoveOverlaps(List<Entity> found)
    {
        found.Sort((a, b) => a.NormStart != b.NormStart ? a.NormStart.CompareTo(b.NormStart) : b.NormEnd.CompareTo(a.NormEnd));
        var kept = new List<Entity>(found.Count);
        var coveredTo = -1;
        Entity? cover = null;
        foreach (var entity in found)
        {
            if (entity.NormStart < coveredTo)
            {
                var fromQqMail = entity.Type == EntityType.Qq && cover is { Type: EntityType.Email or EntityType.Alipay };
                if (!fromQqMail)
                {
                    continue;
                }

                kept.Add(entity);
                continue;
            }

            kept.Add(entity);
            coveredTo = entity.NormEnd;
            cover = entity;
        }

        return kept;
    }
}
