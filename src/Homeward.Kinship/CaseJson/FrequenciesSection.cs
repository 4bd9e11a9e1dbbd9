using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>
/// <c>"frequencies"</c>: a path to a CSV table, loaded by the host's delegate, or an inline object
/// <c>{ "D3S1358": { "15": 0.26, … }, … }</c>.
/// </summary>
internal static class FrequenciesSection
{
    private const string Path = "frequencies";

    public static FrequencyTable? Read(CaseJsonReader reader, JsonElement element, Func<string, Result<FrequencyTable>> loadTable)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var path = reader.NonEmptyString(element, Path, "the path of a frequency table");
                if (path is null)
                {
                    return null;
                }

                var loaded = loadTable(path);
                if (!loaded.IsSuccess)
                {
                    // The loader names the file and line of each problem; pass its errors on as they are.
                    reader.AddRange(loaded.Errors);
                    return null;
                }

                return loaded.Value;

            case JsonValueKind.Object:
                return Inline(reader, element);

            default:
                reader.Error(Path, $"expected the path of a frequency table (a string) or an inline table (an object), found {CaseJsonReader.Describe(element)}");
                return null;
        }
    }

    private static FrequencyTable? Inline(CaseJsonReader reader, JsonElement element)
    {
        var before = reader.ErrorCount;
        var markers = new List<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, double>>>>();
        foreach (var marker in reader.Properties(element, Path))
        {
            var markerPath = CaseJsonReader.Child(Path, marker.Name);
            if (!reader.Expect(marker.Value, JsonValueKind.Object, markerPath, "an object of allele → frequency"))
            {
                continue;
            }

            var alleles = new List<KeyValuePair<string, double>>();
            foreach (var allele in reader.Properties(marker.Value, markerPath))
            {
                if (reader.Number(allele.Value, CaseJsonReader.Child(markerPath, allele.Name)) is { } frequency)
                {
                    alleles.Add(new(allele.Name, frequency));
                }
            }

            markers.Add(new(marker.Name, alleles));
        }

        if (reader.ErrorCount > before)
        {
            // A table missing the entries just reported would add misleading sum errors.
            return null;
        }

        var table = FrequencyTableReader.FromDictionary(markers, reader.Place(Path));
        if (!table.IsSuccess)
        {
            reader.AddRange(table.Errors);
            return null;
        }

        return table.Value;
    }
}
