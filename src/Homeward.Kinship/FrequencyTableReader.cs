using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship;

/// <summary>
/// Reads and validates frequency tables. Every error names the source and line (CSV) or the marker
/// and allele (inline), and all errors of a table are reported at once.
/// </summary>
public static class FrequencyTableReader
{
    private const int MaxErrors = 50;

    /// <summary>Reads the CSV format <c>marker,allele,frequency</c> (header required).</summary>
    public static Result<FrequencyTable> ReadCsv(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<InputError>();
        var rows = new List<Row>();
        var header = reader.ReadLine();
        if (header is null)
        {
            return Result<FrequencyTable>.Failure($"{source}:1", "the table is empty; expected the header 'marker,allele,frequency'");
        }

        var columns = header.TrimStart('\uFEFF').Split(',').Select(c => c.Trim().ToUpperInvariant()).ToArray();
        if (columns is not ["MARKER", "ALLELE", "FREQUENCY"])
        {
            return Result<FrequencyTable>.Failure($"{source}:1", $"the header must be 'marker,allele,frequency', not '{Shorten(header)}'");
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
            var fields = line.Split(',');
            if (fields.Length != 3)
            {
                errors.Add(new InputError(place, $"expected 3 fields (marker,allele,frequency), found {fields.Length}: '{Shorten(line)}'"));
            }
            else if (!double.TryParse(fields[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var frequency))
            {
                errors.Add(new InputError(place, $"frequency '{Shorten(fields[2].Trim())}' is not a number"));
            }
            else
            {
                rows.Add(new Row(place, fields[0].Trim(), fields[1].Trim(), frequency));
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        return Build(source, rows, errors);
    }

    /// <summary>Builds a table from marker → allele → frequency, as in an inline case file.</summary>
    public static Result<FrequencyTable> FromDictionary(IEnumerable<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, double>>>> markers, string source)
    {
        ArgumentNullException.ThrowIfNull(markers);
        var rows = new List<Row>();
        foreach (var (marker, alleles) in markers)
        {
            foreach (var (allele, frequency) in alleles)
            {
                rows.Add(new Row($"{source}.{marker}.{allele}", marker, allele, frequency));
            }
        }

        return Build(source, rows, []);
    }

    private static Result<FrequencyTable> Build(string source, List<Row> rows, List<InputError> errors)
    {
        var markers = new List<(string Name, string Place, List<(AlleleLabel Allele, double Frequency)> Alleles)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Marker.Length == 0 || MarkerNames.Key(row.Marker).Length == 0)
            {
                errors.Add(new InputError(row.Place, "empty marker name"));
                continue;
            }

            if (!AlleleLabel.TryParse(row.Allele, out var allele, out var alleleError))
            {
                errors.Add(new InputError(row.Place, $"marker {row.Marker}: {alleleError}"));
                continue;
            }

            if (!double.IsFinite(row.Frequency) || row.Frequency <= 0 || row.Frequency > 1)
            {
                errors.Add(new InputError(row.Place, $"marker {row.Marker}, allele {allele}: frequency {row.Frequency.ToString("R", CultureInfo.InvariantCulture)} must be greater than 0 and at most 1"));
                continue;
            }

            var key = MarkerNames.Key(row.Marker);
            if (!byKey.TryGetValue(key, out var m))
            {
                m = markers.Count;
                byKey.Add(key, m);
                markers.Add((row.Marker, row.Place, []));
            }
            else if (!string.Equals(markers[m].Name, row.Marker, StringComparison.Ordinal))
            {
                errors.Add(new InputError(row.Place, $"marker '{row.Marker}' is another spelling of '{markers[m].Name}' ({markers[m].Place}); a table must spell each marker once"));
                continue;
            }

            if (markers[m].Alleles.Any(a => a.Allele == allele))
            {
                errors.Add(new InputError(row.Place, $"marker {row.Marker}: allele {allele} is listed twice"));
                continue;
            }

            markers[m].Alleles.Add((allele, row.Frequency));
        }

        foreach (var (name, place, alleles) in markers)
        {
            var sum = alleles.Sum(a => a.Frequency);
            if (Math.Abs(sum - 1) > FrequencyTable.SumTolerance)
            {
                errors.Add(new InputError(place, $"marker {name}: frequencies sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1 (tolerance {FrequencyTable.SumTolerance.ToString(CultureInfo.InvariantCulture)})"));
            }
        }

        if (markers.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(source, "the table has no markers"));
        }

        if (errors.Count > 0)
        {
            return Result<FrequencyTable>.Failure(errors);
        }

        var built = markers
            .Select(m => new MarkerFrequencies(
                m.Name,
                m.Alleles.Select(a => a.Allele).ToImmutableArray(),
                m.Alleles.Select(a => a.Frequency).ToImmutableArray()))
            .ToImmutableArray();
        return new FrequencyTable(source, built);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed record Row(string Place, string Marker, string Allele, double Frequency);
}
