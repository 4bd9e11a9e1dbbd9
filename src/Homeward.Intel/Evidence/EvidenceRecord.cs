using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Homeward.Intel.Evidence;

/// <summary>
/// A captured item kept as evidence: the original bytes exactly as received, where they came from,
/// when, and their SHA-256. Immutable: the bytes are copied on capture and never handed out mutable.
/// </summary>
public sealed class EvidenceRecord
{
    private EvidenceRecord(ImmutableArray<byte> original, string? url, DateTimeOffset capturedAt, string sha256)
    {
        Original = original;
        Url = url;
        CapturedAt = capturedAt;
        Sha256 = sha256;
    }

    /// <summary>The bytes as captured.</summary>
    public ImmutableArray<byte> Original { get; }

    /// <summary>The address it was captured from, if any.</summary>
    public string? Url { get; }

    /// <summary>When it was captured (the host's clock, passed in).</summary>
    public DateTimeOffset CapturedAt { get; }

    /// <summary>The SHA-256 of <see cref="Original"/>, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>Captures a copy of <paramref name="bytes"/>.</summary>
    public static EvidenceRecord Capture(ReadOnlySpan<byte> bytes, string? url, DateTimeOffset capturedAt) =>
        new(ImmutableArray.Create(bytes.ToArray()), url, capturedAt, HashOf(bytes));

    /// <summary>The lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Whether <paramref name="bytes"/> are exactly the captured ones (the hash and the bytes agree).</summary>
    public bool Verifies(ReadOnlySpan<byte> bytes) =>
        string.Equals(HashOf(bytes), Sha256, StringComparison.Ordinal) && bytes.SequenceEqual(Original.AsSpan());
}
