using System.Globalization;
using System.Text;

namespace Homeward.Data.Benchmarking;

/// <summary>
/// A JSON Lines file of random profiles produced on the fly (nothing on disk): three relatives per
/// report (mother, father, full sibling) and one found child in four lines, 19 Goldeneye 20A STRs
/// with random alleles. Reproducible per seed. Only <see cref="ReadLine"/> is meaningful: it is all
/// the importer calls.
/// </summary>
public sealed class GeneratedProfiles(int count, int seed) : TextReader
{
    private static readonly string[] Markers =
    [
        "D19S433", "D5S818", "D21S11", "D18S51", "D6S1043", "D3S1358", "D13S317", "D7S820", "D16S539", "CSF1PO",
        "Penta D", "vWA", "D8S1179", "TPOX", "Penta E", "TH01", "D12S391", "D2S1338", "FGA",
    ];

    private static readonly string[] Roles = ["mother", "father", "full-sibling"];
    private readonly Random _random = new(seed);
    private readonly StringBuilder _line = new(640);
    private int _next;

    /// <inheritdoc />
    public override string? ReadLine()
    {
        if (_next >= count)
        {
            return null;
        }

        var i = _next++;
        _line.Clear();
        if (i % 4 == 3)
        {
            _line.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"Q-{i:D8}\", \"sex\": \"{(_random.Next(2) == 0 ? 'M' : 'F')}\", \"loci\": {{");
        }
        else
        {
            _line.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"S-{i:D8}\", \"report\": \"R-{i / 4:D7}\", \"role\": \"{Roles[i % 4]}\", \"loci\": {{");
        }

        for (var m = 0; m < Markers.Length; m++)
        {
            _line.Append(CultureInfo.InvariantCulture, $"{(m == 0 ? "" : ", ")}\"{Markers[m]}\": [\"{Allele()}\", \"{Allele()}\"]");
        }

        _line.Append("}}");
        return _line.ToString();
    }

    private string Allele()
    {
        var repeats = 6 + _random.Next(25);
        return _random.Next(20) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{repeats}.3")
            : repeats.ToString(CultureInfo.InvariantCulture);
    }
}
