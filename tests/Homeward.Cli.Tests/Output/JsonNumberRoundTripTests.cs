using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Homeward.Cli.Output;

namespace Homeward.Cli.Tests.Output;

/// <summary>Every number the CLI prints parses back to the identical double.</summary>
public sealed class JsonNumberRoundTripTests
{
    [Property(MaxTest = 2000)]
    public bool A_generated_double_round_trips(double value) =>
        !double.IsFinite(value) || RoundTrips(value);

    [Fact]
    public void Random_bit_patterns_round_trip()
    {
        var random = new Random(20251123);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 100_000; i++)
        {
            random.NextBytes(bytes);
            var value = BitConverter.ToDouble(bytes);
            if (double.IsFinite(value))
            {
                RoundTrips(value).ShouldBeTrue($"{value:R} did not round-trip");
            }
        }
    }

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(1.0 / 3)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(3354303000.0000005)]
    [InlineData(-0.0)]
    public void Awkward_doubles_round_trip(double value) => RoundTrips(value).ShouldBeTrue();

    [Theory]
    [InlineData(400.0, "1E+400")]
    [InlineData(-330.5, "3.16227766016838E-331")]
    [InlineData(2.0, "1E+2")]
    public void Numbers_beyond_a_double_are_written_from_log10(double log10, string expected) =>
        JsonNumbers.FromLog10(log10).ShouldBe(expected);

    [Fact]
    public void An_overflowing_value_is_written_from_its_log10_as_a_valid_json_number()
    {
        var text = Write(double.PositiveInfinity, 400.25);

        text.ShouldBe("1.77827941003892E+400");
        using var document = JsonDocument.Parse(text);
        document.RootElement.ValueKind.ShouldBe(JsonValueKind.Number);
    }

    private static bool RoundTrips(double value)
    {
        var text = Write(value, null);
        using var document = JsonDocument.Parse(text);
        var parsed = document.RootElement.GetDouble();
        var invariant = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return BitConverter.DoubleToInt64Bits(parsed) == BitConverter.DoubleToInt64Bits(value)
            && BitConverter.DoubleToInt64Bits(invariant) == BitConverter.DoubleToInt64Bits(value);
    }

    private static string Write(double value, double? log10)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonNumbers.Write(writer, value, log10);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
