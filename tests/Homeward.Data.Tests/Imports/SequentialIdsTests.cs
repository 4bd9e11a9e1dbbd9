using System.Buffers.Binary;
using Homeward.Data.Imports;

namespace Homeward.Data.Tests.Imports;

/// <summary>An import's keys are version 7 UUIDs of its time that only go up, as bytes and as the text SQLite stores.</summary>
public sealed class SequentialIdsTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 2, 14, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Keys_are_version_7_of_the_import_time_and_increase_as_bytes_and_as_upper_case_text()
    {
        var ids = new SequentialIds(Time);
        var keys = Enumerable.Range(0, 10_000).Select(_ => ids.Next()).ToList();

        foreach (var key in keys)
        {
            key.Version.ShouldBe(7);
            key.Variant.ShouldBeInRange(8, 11, "the RFC 9562 variant, 0b10xx");
            var bytes = key.ToByteArray(bigEndian: true);
            (bytes[8] >> 6).ShouldBe(0b10, "RFC 9562 variant");
            ((long)(BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16)).ShouldBe(Time.ToUnixTimeMilliseconds());
        }

        keys.Distinct().Count().ShouldBe(keys.Count);
        keys.Select(Bytes).ShouldBe(keys.Select(Bytes).Order(ByteOrder.Instance), "uuid order (PostgreSQL)");
        keys.Select(Text).ShouldBe(keys.Select(Text).Order(StringComparer.Ordinal), "upper-case text order (SQLite's TEXT keys)");
    }

    [Fact]
    public void The_counter_carries_from_the_last_62_bits_into_the_12_after_the_version()
    {
        var ids = new SequentialIds(Time, 0x00F, (1UL << 62) - 2);

        var (a, b, c) = (ids.Next(), ids.Next(), ids.Next());

        Text(a).ShouldBe(TimePrefix + "700F-BFFF-FFFFFFFFFFFF");
        Text(b).ShouldBe(TimePrefix + "7010-8000-000000000000");
        Text(c).ShouldBe(TimePrefix + "7010-8000-000000000001");
        string.CompareOrdinal(Text(a), Text(b)).ShouldBeLessThan(0);
        a.Version.ShouldBe(7);
        b.Version.ShouldBe(7);
    }

    [Fact]
    public void A_later_import_gives_greater_keys_and_one_millisecond_cannot_be_used_up_silently()
    {
        var first = new SequentialIds(Time, 0xFFF, (1UL << 62) - 1);
        var later = new SequentialIds(Time.AddMilliseconds(1), 0, 0);

        string.CompareOrdinal(Text(new SequentialIds(Time, 0xFFF, (1UL << 62) - 2).Next()), Text(later.Next())).ShouldBeLessThan(0);
        Should.Throw<InvalidOperationException>(() => first.Next());
    }

    [Fact]
    public void Two_imports_of_the_same_millisecond_start_apart()
    {
        var one = new SequentialIds(Time).Next();
        var two = new SequentialIds(Time).Next();

        one.ShouldNotBe(two);
    }

    /// <summary>The 48-bit millisecond timestamp as the first two groups of the text.</summary>
    private static string TimePrefix => Time.ToUnixTimeMilliseconds().ToString("X12", System.Globalization.CultureInfo.InvariantCulture).Insert(8, "-") + "-";

    private static byte[] Bytes(Guid id) => id.ToByteArray(bigEndian: true);

    private static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
