using System.Text;
using Homeward.Data.Profiles;
using Homeward.Kinship;

namespace Homeward.Data.Imports;

/// <summary>
/// Genotype tables as lab software exports them (comma, tab or semicolon separated; the header
/// decides). Two layouts, recognised from the header:
/// <list type="bullet">
/// <item>long: one row per sample and marker — columns <c>sample</c>, <c>marker</c>, <c>allele 1</c>,
/// <c>allele 2</c> (GeneMapper's <c>Sample Name</c>, <c>Marker</c>, <c>Allele 1</c>, <c>Allele 2</c>);
/// other columns are ignored except a non-empty <c>allele 3</c>, which is refused (a mixture).</item>
/// <item>wide: one row per sample — <c>sample</c>, then two columns per marker: the same name twice
/// (<c>D3S1358,D3S1358</c>), the name and the name with <c>b</c>/<c>2</c> (<c>D3S1358,D3S1358b</c>,
/// <c>D3S1358,D3S1358_2</c>), or suffixes 1/2, a/b (<c>D3S1358_1,D3S1358_2</c>, <c>TH01 a,TH01 b</c>).</item>
/// </list>
/// Both layouts accept optional <c>report</c>, <c>role</c> and <c>sex</c> columns; without a report a
/// row carries genotypes only. A blank second allele means homozygous; Amelogenin gives the sex.
/// </summary>
internal static class CsvGenotypeReader
{
    private static readonly string[] SampleNames = ["sample", "samplename", "sampleid", "samplecode", "specimen", "specimenid", "id"];
    private static readonly string[] MarkerNamesInHeader = ["marker", "locus", "markername", "locusname"];
    private static readonly string[] FirstAllele = ["allele1", "allelea"];
    private static readonly string[] SecondAllele = ["allele2", "alleleb"];

    public static IEnumerable<ImportItem> Read(TextReader reader, string source)
    {
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            yield return new InputError($"{source}:1", "the file is empty; a header is required");
            yield break;
        }

        var separator = headerLine.Contains('\t', StringComparison.Ordinal) ? '\t' : headerLine.Contains(';', StringComparison.Ordinal) && !headerLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var header = SplitLine(headerLine.TrimStart('\uFEFF'), separator).ToArray();
        var keys = header.Select(Normalise).ToArray();
        var sample = IndexOf(keys, SampleNames);
        if (sample < 0)
        {
            yield return new InputError($"{source}:1", $"no sample column; the header needs one of: sample, sample name, sample id, specimen id");
            yield break;
        }

        var marker = IndexOf(keys, MarkerNamesInHeader);
        var items = marker >= 0 ? ReadLong(reader, source, header, keys, sample, marker, separator) : ReadWide(reader, source, header, keys, sample, separator);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static IEnumerable<ImportItem> ReadLong(TextReader reader, string source, string[] header, string[] keys, int sample, int marker, char separator)
    {
        var first = IndexOf(keys, FirstAllele);
        var second = IndexOf(keys, SecondAllele);
        if (first < 0 || second < 0)
        {
            yield return new InputError($"{source}:1", "a table with a marker column needs 'allele 1' and 'allele 2' columns");
            yield break;
        }

        var third = IndexOf(keys, ["allele3"]);
        var (report, role, sex) = (IndexOf(keys, ["report"]), IndexOf(keys, ["role"]), IndexOf(keys, ["sex"]));
        var samples = new Dictionary<string, LongSample>(StringComparer.Ordinal);
        var order = new List<LongSample>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var place = $"{source}:{lineNumber}";
            var cells = SplitLine(line, separator);
            var code = Cell(cells, sample);
            if (code is null)
            {
                yield return new InputError($"{place}: {header[sample]}", "the sample is empty");
                continue;
            }

            if (!samples.TryGetValue(code, out var entry))
            {
                entry = new LongSample(code, place);
                samples.Add(code, entry);
                order.Add(entry);
            }

            if (entry.Failed)
            {
                continue;
            }

            string? problem = null;
            if (third >= 0 && Cell(cells, third) is not null)
            {
                problem = "a third allele (a mixture) cannot be imported as a profile";
            }

            problem ??= entry.Attribute(Cell(cells, report), Cell(cells, role), Cell(cells, sex));
            problem ??= entry.Loci.Add(Cell(cells, marker) ?? string.Empty, Cell(cells, first), Cell(cells, second));
            if (problem is not null)
            {
                entry.Failed = true;
                yield return new InputError(place, problem);
            }
        }

        foreach (var entry in order.Where(e => !e.Failed))
        {
            yield return entry.ToItem();
        }
    }

    private static IEnumerable<ImportItem> ReadWide(TextReader reader, string source, string[] header, string[] keys, int sample, char separator)
    {
        var (report, role, sex) = (IndexOf(keys, ["report"]), IndexOf(keys, ["role"]), IndexOf(keys, ["sex"]));
        var markers = new List<(string Name, int First, int Second)>();
        var rest = Enumerable.Range(0, header.Length).Where(i => i != sample && i != report && i != role && i != sex).ToList();
        for (var k = 0; k < rest.Count; k += 2)
        {
            var name = k + 1 < rest.Count ? PairName(header[rest[k]].Trim(), header[rest[k + 1]].Trim()) : null;
            if (name is null)
            {
                yield return new InputError($"{source}:1: {header[rest[k]]}", "no marker column, and the marker columns must come in pairs: 'D3S1358,D3S1358', 'D3S1358,D3S1358b' or 'D3S1358_1,D3S1358_2'");
                yield break;
            }

            markers.Add((name, rest[k], rest[k + 1]));
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var place = $"{source}:{lineNumber}";
            var cells = SplitLine(line, separator);
            var code = Cell(cells, sample);
            if (code is null)
            {
                yield return new InputError($"{place}: {header[sample]}", "the sample is empty");
                continue;
            }

            var entry = new LongSample(code, place);
            var problem = entry.Attribute(Cell(cells, report), Cell(cells, role), Cell(cells, sex));
            foreach (var (name, first, second) in markers)
            {
                problem ??= entry.Loci.Add(name, Cell(cells, first), Cell(cells, second));
            }

            yield return problem is null ? entry.ToItem() : new InputError(place, problem);
        }
    }

    /// <summary>The marker of two adjacent header cells, or null when they are not a pair.</summary>
    internal static string? PairName(string a, string b)
    {
        if (a.Length == 0)
        {
            return null;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return a;
        }

        foreach (var separator in new[] { string.Empty, " ", "_", ".", "-" })
        {
            foreach (var suffix in new[] { "b", "B", "2" })
            {
                if (suffix == "2" && separator.Length == 0)
                {
                    continue; // TH01 + 2 would read as TH012
                }

                if (string.Equals(b, a + separator + suffix, StringComparison.Ordinal))
                {
                    return a;
                }
            }

            foreach (var (s1, s2) in new[] { ("1", "2"), ("a", "b"), ("A", "B") })
            {
                if (s1 == "1" && separator.Length == 0)
                {
                    continue;
                }

                var first = separator + s1;
                if (a.Length > first.Length && a.EndsWith(first, StringComparison.Ordinal) && string.Equals(b, a[..^first.Length] + separator + s2, StringComparison.Ordinal))
                {
                    return a[..^first.Length].TrimEnd(' ', '_', '.', '-');
                }
            }
        }

        return null;
    }

    private static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static int IndexOf(string[] keys, string[] names)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (names.Contains(keys[i], StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Cell(List<string> cells, int index) =>
        index >= 0 && index < cells.Count && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;

    /// <summary>RFC 4180 cells: quotes around a cell, doubled quotes inside.</summary>
    private static List<string> SplitLine(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private sealed class LongSample(string code, string place)
    {
        private string? _report;
        private FamilyRole? _role;
        private Sex? _sex;

        public LociBuilder Loci { get; } = new();

        public bool Failed { get; set; }

        public string? Attribute(string? report, string? role, string? sex)
        {
            if (report is not null)
            {
                if (_report is not null && !string.Equals(_report, report, StringComparison.Ordinal))
                {
                    return $"sample '{code}' has report '{_report}' on an earlier row and '{report}' here";
                }

                _report = report;
            }

            if (role is not null)
            {
                if (!FamilyRoles.TryParse(role, out var parsed))
                {
                    return $"unknown role '{role}'; expected one of {FamilyRoles.AllNames}";
                }

                if (_role is { } earlier && earlier != parsed)
                {
                    return $"sample '{code}' has role '{earlier.Name()}' on an earlier row and '{role}' here";
                }

                _role = parsed;
            }

            if (sex is not null)
            {
                Sex parsed = sex.ToUpperInvariant() switch
                {
                    "M" or "MALE" => Sex.Male,
                    "F" or "FEMALE" => Sex.Female,
                    "U" or "UNKNOWN" => Sex.Unknown,
                    _ => (Sex)(-1),
                };
                if ((int)parsed < 0)
                {
                    return $"sex must be M, F or U, not '{sex}'";
                }

                _sex = parsed;
            }

            return null;
        }

        public ImportItem ToItem()
        {
            if ((_report is null) != (_role is null))
            {
                return new InputError(place, _report is null ? "a role needs a report" : "a report needs a role");
            }

            var sex = _sex ?? Loci.AmelogeninSex;
            if (_role?.ImpliedSex() is { } implied)
            {
                if (sex is { } given && given != Sex.Unknown && given != implied)
                {
                    return new InputError(place, $"a {_role.Value.Name()} must be {implied}, not {given}");
                }

                sex = implied;
            }

            return new ImportProfile
            {
                Code = code,
                Kind = _report is null ? ProfileKind.GenotypesOnly : ProfileKind.Reference,
                Report = _report,
                Role = _role,
                Sex = sex,
                Loci = Loci.Loci,
                Place = place,
            };
        }
    }
}
