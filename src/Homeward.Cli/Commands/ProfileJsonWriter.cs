using System.Collections.Immutable;
using System.Text.Json;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Cli.Commands;

/// <summary>
/// Writes profiles and truth as JSON Lines (DESIGN.md §4): one compact object per line,
/// <c>{"id":"S-000001","report":"R-000001","role":"mother","sex":"F","loci":{"D3S1358":["15","16"]}}</c>.
/// One <see cref="Utf8JsonWriter"/> is reused for every line, so writing millions of lines
/// allocates little.
/// </summary>
internal sealed class ProfileJsonWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public ProfileJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = false });
    }

    public void Write(ReferenceProfile profile)
    {
        _json.WriteStartObject();
        _json.WriteString("id", profile.Id);
        _json.WriteString("report", profile.Report);
        _json.WriteString("role", profile.Role.Name());
        _json.WriteString("sex", SexText(profile.Sex));
        WriteLoci(profile.Loci);
        _json.WriteEndObject();
        EndLine();
    }

    public void Write(QueryProfile profile)
    {
        _json.WriteStartObject();
        _json.WriteString("id", profile.Id);
        _json.WriteString("sex", SexText(profile.Sex));
        WriteLoci(profile.Loci);
        _json.WriteEndObject();
        EndLine();
    }

    public void Write(QueryTruth truth)
    {
        _json.WriteStartObject();
        _json.WriteString("query", truth.Query);
        if (truth.Report is null)
        {
            _json.WriteNull("report");
        }
        else
        {
            _json.WriteString("report", truth.Report);
        }

        _json.WriteEndObject();
        EndLine();
    }

    public void Dispose() => _json.Dispose();

    private static string SexText(Sex sex) => sex switch
    {
        Sex.Male => "M",
        Sex.Female => "F",
        _ => "U",
    };

    private void WriteLoci(ImmutableArray<TypedLocus> loci)
    {
        _json.WriteStartObject("loci");
        foreach (var locus in loci)
        {
            _json.WriteStartArray(locus.Marker);
            _json.WriteStringValue(locus.Genotype.First.Text);
            _json.WriteStringValue(locus.Genotype.Second.Text);
            _json.WriteEndArray();
        }

        _json.WriteEndObject();
    }

    private void EndLine()
    {
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }
}
