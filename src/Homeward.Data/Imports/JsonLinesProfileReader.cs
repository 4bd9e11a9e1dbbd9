using System.Text.Json;
using Homeward.Data.Profiles;
using Homeward.Kinship;
using Homeward.Search.JsonLines;

namespace Homeward.Data.Imports;

/// <summary>
/// Reads the JSON Lines profiles of DESIGN.md §4, the rules of <c>Homeward.Search.ProfileJsonLines</c>
/// line by line: a line with <c>report</c> (and then <c>role</c>) is a relative's reference profile,
/// a line without is a query. Optional extensions: <c>lab</c>, <c>kit</c>. Each line is read from its
/// UTF-8 bytes by <see cref="JsonProfileLineParser"/>; one reader per thread (its parser and label
/// cache are its own), and lines are independent of each other, so a file can be read in parallel.
/// </summary>
internal sealed class JsonLinesProfileReader
{
    private readonly JsonProfileLineParser _parser = new();
    private readonly LociBuilder _builder = new();

    /// <summary>Reads the lines of one source in order.</summary>
    public static IEnumerable<ImportItem> Read(IEnumerable<Utf8Line> lines, string source)
    {
        var reader = new JsonLinesProfileReader();
        foreach (var (number, bytes) in lines)
        {
            yield return reader.Read(bytes, number, source);
        }
    }

    /// <summary>Reads one line (not blank).</summary>
    public ImportItem Read(ReadOnlyMemory<byte> bytes, int lineNumber, string source)
    {
        var place = $"{source}:{lineNumber}";
        var line = _parser.Parse(bytes);
        return line.Error is { } error ? new InputError(place, error) : Parse(line, place);
    }

    private ImportItem Parse(JsonProfileLine line, string place)
    {
        var id = String(line.Id);
        if (id is null)
        {
            return new InputError($"{place}: id", "'id' must be a non-empty string");
        }

        var report = String(line.Report);
        var roleText = String(line.Role);
        if (line.Report.IsPresent && report is null)
        {
            return new InputError($"{place}: report", "'report' must be a non-empty string");
        }

        if ((report is null) != (roleText is null))
        {
            return report is null
                ? new InputError($"{place}: report", "a profile with a role needs the report of the missing child")
                : new InputError($"{place}: role", $"a relative's profile needs a role; one of {FamilyRoles.AllNames}");
        }

        FamilyRole? role = null;
        if (roleText is not null)
        {
            if (!FamilyRoles.TryParse(roleText, out var parsed))
            {
                return new InputError($"{place}: role", $"unknown role '{roleText}'; expected one of {FamilyRoles.AllNames}");
            }

            role = parsed;
        }

        Sex? sex = null;
        if (line.Sex.IsPresent && line.Sex.Token != JsonTokenType.Null)
        {
            var text = line.Sex.IsString ? line.Sex.Text : null;
            sex = text?.ToUpperInvariant() switch
            {
                "M" or "MALE" => Sex.Male,
                "F" or "FEMALE" => Sex.Female,
                "U" or "UNKNOWN" or "" => Sex.Unknown,
                _ => null,
            };
            if (sex is null)
            {
                return new InputError($"{place}: sex", $"sex must be \"M\", \"F\" or \"U\", not {line.Raw(line.Sex)}");
            }
        }

        if (role?.ImpliedSex() is { } implied)
        {
            if (sex is { } given && given != Sex.Unknown && given != implied)
            {
                return new InputError($"{place}: sex", $"a {role.Value.Name()} must be {implied}, not {given}");
            }

            sex = implied;
        }

        if (line.Loci.Token != JsonTokenType.StartObject)
        {
            return new InputError($"{place}: loci", "'loci' must be an object of marker → [allele, allele]");
        }

        var builder = _builder;
        builder.Restart();
        foreach (var marker in line.Markers)
        {
            if (marker.Value.Token != JsonTokenType.StartArray || marker.Count != 2)
            {
                return new InputError($"{place}: loci.{marker.Name}", "a genotype must be an array of two alleles");
            }

            var first = AlleleText(marker.First);
            var second = AlleleText(marker.Second);
            if (first is null || second is null)
            {
                return new InputError($"{place}: loci.{marker.Name}", "an allele must be a non-empty string or a number");
            }

            if (builder.Add(marker.Name, first, second) is { } problem)
            {
                return new InputError($"{place}: loci.{marker.Name}", problem);
            }
        }

        return new ImportProfile
        {
            Code = id,
            Kind = report is null ? ProfileKind.Query : ProfileKind.Reference,
            Report = report,
            Role = role,
            Sex = sex ?? builder.AmelogeninSex ?? Sex.Unknown,
            Loci = null, // given as canonical JSON: no dictionary per profile
            LociJson = builder.CanonicalJson(),
            MarkerCount = builder.Count,
            Place = place,
            Lab = String(line.Lab),
            Kit = String(line.Kit),
        };
    }

    private static string? String(JsonLineValue value) => value.NonBlankString?.Trim();

    private static string? AlleleText(JsonLineValue allele) => allele.Token switch
    {
        JsonTokenType.String => allele.NonBlankString,
        JsonTokenType.Number => allele.Text,
        _ => null,
    };
}
