namespace Homeward.Kinship.Tests.Validation;

/// <summary>FrequencyTableReader.ReadCsv: every error names source:line, all errors at once.</summary>
public sealed class FrequencyTableReaderTests
{
    private const string Source = "tables/test.csv";

    [Fact]
    public void A_valid_table_is_read_in_order()
    {
        var table = Read("\uFEFFMarker, Allele, Frequency\nTH01,9.3,0.25\nTH01,6,0.75\n\nvWA,17,1\n").Value;
        table.Source.ShouldBe(Source);
        table.Markers.Select(m => m.Name).ShouldBe(["TH01", "vWA"]);
        table.Markers[0].Alleles.Select(a => a.Text).ShouldBe(["9.3", "6"]);
        table.Markers[0].Frequencies.ShouldBe([0.25, 0.75]);
    }

    [Fact]
    public void A_sum_within_a_thousandth_is_accepted_as_given() =>
        Read("marker,allele,frequency\nTH01,6,0.4995\nTH01,7,0.5\n").Value.Markers[0].Frequencies.Sum().ShouldBe(0.9995, 1e-15);

    [Fact]
    public void An_empty_file_is_refused_at_line_1() =>
        SingleError(string.Empty).Place.ShouldBe($"{Source}:1");

    [Fact]
    public void A_bad_header_is_refused_at_line_1() =>
        SingleError("marker,allele,freq\nTH01,6,1\n").ShouldSatisfyAllConditions(
            e => e.Place.ShouldBe($"{Source}:1"),
            e => e.Message.ShouldContain("marker,allele,freq"));

    [Fact]
    public void A_wrong_field_count_is_named_by_line() =>
        SingleError("marker,allele,frequency\nTH01,6,0.5\nTH01,7\nTH01,8,0.5\n").ShouldSatisfyAllConditions(
            e => e.Place.ShouldBe($"{Source}:3"),
            e => e.Message.ShouldContain("expected 3 fields"));

    [Fact]
    public void A_frequency_that_is_not_a_number_is_named_by_line() =>
        SingleError("marker,allele,frequency\nTH01,6,0,5\nTH01,7,1\n".Replace("0,5", "half", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            e => e.Place.ShouldBe($"{Source}:2"),
            e => e.Message.ShouldContain("'half' is not a number"));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void A_frequency_outside_zero_to_one_is_named_by_line(string frequency)
    {
        var errors = Errors($"marker,allele,frequency\nTH01,6,1\nTH01,7,{frequency}\n");
        errors.ShouldContain(e => e.Place == $"{Source}:3" && e.Message.Contains("must be greater than 0 and at most 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_allele_is_named_by_line_even_when_spelled_differently() =>
        // The refused row does not count towards the marker's sum, which is then reported too.
        Errors("marker,allele,frequency\nTH01,9.3,0.5\nTH01,9.30,0.5\n")
            .ShouldContain(e => e.Place == $"{Source}:3" && e.Message.Contains("allele 9.3 is listed twice", StringComparison.Ordinal));

    [Fact]
    public void A_marker_spelled_two_ways_is_named_by_line() =>
        Errors("marker,allele,frequency\nvWA,17,0.5\nVWA,18,0.5\n")
            .ShouldContain(e => e.Place == $"{Source}:3" && e.Message.Contains("'VWA' is another spelling of 'vWA' (tables/test.csv:2)", StringComparison.Ordinal));

    [Fact]
    public void A_sum_off_by_more_than_a_thousandth_is_named_at_the_markers_first_line() =>
        SingleError("marker,allele,frequency\nD3S1358,15,1\nTH01,6,0.5\nTH01,7,0.4985\n").ShouldSatisfyAllConditions(
            e => e.Place.ShouldBe($"{Source}:3"),
            e => e.Message.ShouldContain("marker TH01: frequencies sum to 0.998"));

    [Fact]
    public void Blank_lines_count_towards_line_numbers() =>
        SingleError("marker,allele,frequency\n\nTH01,6,1\n\nTH01,7,x\n").Place.ShouldBe($"{Source}:5");

    [Fact]
    public void All_errors_are_reported_at_once() =>
        Errors("marker,allele,frequency\nTH01,6\nTH01,7,x\nTH01,8,0\nTH01,9,1\n").Select(e => e.Place)
            .ShouldBe([$"{Source}:2", $"{Source}:3", $"{Source}:4"]);

    private static Result<FrequencyTable> Read(string csv) => FrequencyTableReader.ReadCsv(new StringReader(csv), Source);

    private static IReadOnlyList<InputError> Errors(string csv)
    {
        var result = Read(csv);
        result.IsSuccess.ShouldBeFalse();
        return result.Errors;
    }

    private static InputError SingleError(string csv) => Errors(csv).ShouldHaveSingleItem();
}
