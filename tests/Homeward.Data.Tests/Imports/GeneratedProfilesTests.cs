using System.Text;
using Homeward.Data.Benchmarking;
using Homeward.Data.Imports;
using Homeward.Data.Profiles;

namespace Homeward.Data.Tests.Imports;

/// <summary>The benchmark's generated file: JSON Lines bytes the import reads as it reads a file, the same for a seed however it is read.</summary>
public sealed class GeneratedProfilesTests
{
    [Fact]
    public void Four_lines_are_three_relatives_of_one_report_and_a_found_child()
    {
        var items = Parse(new GeneratedProfiles(8, seed: 1));

        items.ShouldAllBe(i => i.Error == null);
        items.Select(i => (i.Profile!.Code, i.Profile.Report, i.Profile.Role?.ToString(), i.Profile.Kind)).ShouldBe(
        [
            ("S-00000000", "R-0000000", "Mother", ProfileKind.Reference),
            ("S-00000001", "R-0000000", "Father", ProfileKind.Reference),
            ("S-00000002", "R-0000000", "FullSibling", ProfileKind.Reference),
            ("Q-00000003", null, null, ProfileKind.Query),
            ("S-00000004", "R-0000001", "Mother", ProfileKind.Reference),
            ("S-00000005", "R-0000001", "Father", ProfileKind.Reference),
            ("S-00000006", "R-0000001", "FullSibling", ProfileKind.Reference),
            ("Q-00000007", null, null, ProfileKind.Query),
        ]);
        items.ShouldAllBe(i => i.Profile!.MarkerCount == 19);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Reads_of_any_size_give_the_same_bytes(int chunk)
    {
        var whole = Bytes(new GeneratedProfiles(50, seed: 3), 1 << 20);

        Bytes(new GeneratedProfiles(50, seed: 3), chunk).ShouldBe(whole);
        Encoding.UTF8.GetString(whole).Split('\n').Length.ShouldBe(51, "50 lines, each ended by a line feed");
        Bytes(new GeneratedProfiles(50, seed: 4), chunk).ShouldNotBe(whole);
    }

    [Fact]
    public void A_batch_is_parsed_once_its_buffer_gone_back_to_the_pool()
    {
        var source = new ImportSource("g", ImportFormat.JsonLines, () => (Stream)new GeneratedProfiles(3, seed: 1));
        var batch = JsonLinesBatch.Read(source, 10).Single();

        batch.Parse().Count.ShouldBe(3);
        Should.Throw<ObjectDisposedException>(batch.Parse);
    }

    private static List<ImportItem> Parse(Stream stream) =>
        [.. JsonLinesBatch.Read(new ImportSource("generated", ImportFormat.JsonLines, () => stream), 3).SelectMany(b => b.Parse())];

    private static byte[] Bytes(Stream stream, int chunk)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[chunk];
        int read;
        while ((read = stream.Read(buffer, 0, chunk)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
