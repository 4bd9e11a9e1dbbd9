using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Homeward.Data.Imports;

/// <summary>
/// The keys of one import's new rows: UUID version 7 (RFC 9562 §5.7) with the import's time as their
/// timestamp and, after a random start, the 74 bits that follow it counted up by one per key, which is
/// RFC 9562 §6.2's "monotonic random" method 2. Each key is greater than the one before, both as bytes
/// (PostgreSQL's <c>uuid</c> order) and as the upper-case text EF Core stores on SQLite, so every new
/// row goes to the right-hand end of its primary-key index: an append instead of an insert at a random
/// place. Version 7 keys from <see cref="Guid.CreateVersion7(DateTimeOffset)"/> share the millisecond
/// of one import and are random within it, so a million of them scatter over the whole index (the
/// search for their place was a quarter of a first load's time on SQLite, docs/data-benchmarks.md).
/// A later import has a later timestamp, so its keys follow these. Not thread-safe; one per import.
/// </summary>
internal sealed class SequentialIds
{
    private const ulong RandBMask = (1UL << 62) - 1;
    private readonly ulong _time;
    private ulong _randA; // 12 bits
    private ulong _randB; // 62 bits

    /// <summary>Keys of <paramref name="time"/>'s millisecond from a random start in the lower half of the counter's range (2^61 keys from its end, which no import reaches).</summary>
    public SequentialIds(DateTimeOffset time)
        : this(time, RandomStart(out var randB), randB)
    {
    }

    /// <summary>Keys from a given start (the 12 bits after the version and the 62 after the variant).</summary>
    internal SequentialIds(DateTimeOffset time, ushort randA, ulong randB)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(time));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(randA, (ushort)0xFFF);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(randB, RandBMask);
        (_time, _randA, _randB) = ((ulong)milliseconds & ((1UL << 48) - 1), randA, randB);
    }

    private static ushort RandomStart(out ulong randB)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        randB = BinaryPrimitives.ReadUInt64BigEndian(random[2..]) & (RandBMask >> 1);
        return (ushort)(BinaryPrimitives.ReadUInt16BigEndian(random) & 0xFFF);
    }

    /// <summary>The next key: greater than every key this instance has given.</summary>
    public Guid Next()
    {
        if (++_randB > RandBMask)
        {
            _randB = 0;
            if (++_randA > 0xFFF)
            {
                throw new InvalidOperationException("the keys of this millisecond are used up");
            }
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (_time << 16) | 0x7000UL | _randA);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (0b10UL << 62) | _randB);
        return new Guid(bytes, bigEndian: true);
    }
}
