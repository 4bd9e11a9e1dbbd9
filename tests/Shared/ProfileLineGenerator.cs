using System.Text;

namespace Homeward.Testing;

/// <summary>
/// Random JSON Lines of profiles, mostly well formed and often subtly not: fields missing, blank,
/// of the wrong kind, escaped, duplicated (also inside nested values), markers spelled twice,
/// alleles of every JSON kind, truncated lines, trailing text, roots that are not objects, blank
/// and CR/LF line breaks. For comparing two readers of the format line by line. One file, linked
/// into each test project that needs it.
/// </summary>
internal sealed class ProfileLineGenerator(int seed)
{
    private static readonly string[] Ids = ["\"S-1\"", "\"Q-2\"", "\" S-3 \"", "\"\"", "\"  \"", "7", "null", "\"S\\u002D4\"", "{\"a\":1}", "\"样本-5\""];
    private static readonly string[] Reports = ["\"R-1\"", "\"R-2\"", "\" \"", "3", "null", "\"R\\t1\""];
    private static readonly string[] Roles = ["\"mother\"", "\"father\"", "\"full-sibling\"", "\"Mother\"", "\"aunt\"", "\" \"", "1", "\"child\""];
    private static readonly string[] Sexes = ["\"M\"", "\"F\"", "\"U\"", "\"male\"", "\"female\"", "\"\"", "\"X\"", "null", "1", "true", "[\"M\"]", "\"\\u004D\"", "\"男\""];
    private static readonly string[] Markers = ["TH01", "vWA", "VWA", "D3S1358", "AMEL", "Amelogenin", " TH01", "", "Penta E", "D\\u0033S1358", "a\\\"b"];
    private static readonly string[] Alleles = ["\"6\"", "\"9.3\"", "15", "15.0", "1e1", "\"\"", "\" \"", "\" 7 \"", "true", "null", "{\"x\":1}", "[1]", "\"X\"", "\"Y\"", "\"x\"", "\"OL\"", "\"<8\"", "-1", "\"12\""];
    private static readonly string[] Roots = ["[1,2]", "5", "\"text\"", "null", "[{\"a\":1,\"a\":2}]", "", "   ", "\t", "{}"];
    private readonly Random _random = new(seed);

    /// <summary>A text of <paramref name="lines"/> lines (some blank) joined by \n, \r\n or \r.</summary>
    public string Text(int lines)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(lines))
        {
            text.Append(line).Append(Pick(["\n", "\n", "\n", "\r\n", "\r"]));
        }

        return _random.Next(4) == 0 ? text.ToString().TrimEnd('\n', '\r') : text.ToString();
    }

    /// <summary>Some lines.</summary>
    public List<string> Lines(int count) => Enumerable.Range(0, count).Select(_ => Line()).ToList();

    /// <summary>One line.</summary>
    public string Line()
    {
        if (_random.Next(12) == 0)
        {
            return Pick(Roots);
        }

        var fields = new List<string>();
        Maybe(fields, "id", Ids, 12);
        if (_random.Next(2) == 0)
        {
            Maybe(fields, "report", Reports, 8);
            Maybe(fields, "role", Roles, 8);
        }

        Maybe(fields, "sex", Sexes, 2);
        Maybe(fields, "lab", ["\"Lab A\"", "\" \"", "5"], 1);
        Maybe(fields, "kit", ["\"Goldeneye 20A\"", "null"], 1);
        if (_random.Next(15) != 0)
        {
            fields.Add("\"loci\": " + (_random.Next(15) == 0 ? Pick(["[]", "\"TH01\"", "null", "3"]) : Loci()));
        }

        if (_random.Next(10) == 0)
        {
            fields.Add(Pick(["\"extra\": {\"a\": 1, \"a\": 2}", "\"extra\": [1, {\"b\": [], \"b\": 0}]", "\"extra\": {\"a\": {\"a\": 1}}", "\"\\u0069d\": \"S-9\"", "\"id\": \"S-8\"", "\"other\": 1"]));
        }

        Shuffle(fields);
        var line = "{" + string.Join(Pick([", ", ",", " ,\t"]), fields) + "}";
        return _random.Next(20) switch
        {
            0 => line[.._random.Next(line.Length)],
            1 => line + Pick([" x", " {}", "  ", ",", " \t"]),
            2 => "  " + line,
            _ => line,
        };
    }

    private string Loci()
    {
        var markers = new List<string>();
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var value = _random.Next(12) == 0
                ? Pick(["\"6\"", "6", "null", "{\"a\":[\"6\",\"7\"]}", "[]"])
                : "[" + string.Join(", ", Enumerable.Range(0, _random.Next(8) == 0 ? _random.Next(4) : 2).Select(_ => Pick(Alleles))) + "]";
            markers.Add($"\"{Pick(Markers)}\": {value}");
        }

        return "{" + string.Join(", ", markers) + "}";
    }

    private void Maybe(List<string> fields, string name, string[] values, int absentOneIn)
    {
        if (_random.Next(absentOneIn + 1) != 0)
        {
            fields.Add($"\"{name}\": {Pick(values)}");
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private void Shuffle(List<string> fields)
    {
        if (_random.Next(3) != 0)
        {
            return; // usually in the usual order
        }

        for (var i = fields.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (fields[i], fields[j]) = (fields[j], fields[i]);
        }
    }
}
