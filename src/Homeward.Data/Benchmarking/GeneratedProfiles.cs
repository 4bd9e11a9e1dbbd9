using System.Globalization;
using System.Text;

namespace Homeward.Data.Benchmarking;

/// <summary>
/// A JSON Lines file of random profiles produced on the fly as UTF-8 bytes (nothing on disk), read
/// by the import as it reads a file: three relatives per report (mother, father, full sibling) and
/// one found child in four lines, 19 Goldeneye 20A STRs with random alleles. Reproducible per seed.
/// A forward-only, read-only stream.
/// </summary>
public sealed class GeneratedProfiles(int count, int seed) : Stream
{
    private static readonly byte[][] Markers =
    [
        .. new[]
        {
            "D19S433", "D5S818", "D21S11", "D18S51", "D6S1043", "D3S1358", "D13S317", "D7S820", "D16S539", "CSF1PO",
            "Penta D", "vWA", "D8S1179", "TPOX", "Penta E", "TH01", "D12S391", "D2S1338", "FGA",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    private static readonly byte[][] Roles = [.. new[] { "mother", "father", "full-sibling" }.Select(Encoding.UTF8.GetBytes)];
    private readonly Random _random = new(seed);
    private readonly byte[] _line = new byte[1024];
    private int _length;
    private int _read;
    private int _next;

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var copied = 0;
        while (copied < buffer.Length)
        {
            if (_read == _length && !NextLine())
            {
                break;
            }

            var n = Math.Min(buffer.Length - copied, _length - _read);
            _line.AsSpan(_read, n).CopyTo(buffer[copied..]);
            (_read, copied) = (_read + n, copied + n);
        }

        return copied;
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Writes the next line (with its line feed) into the line buffer; false after the last.</summary>
    private bool NextLine()
    {
        if (_next >= count)
        {
            return false;
        }

        var i = _next++;
        (_length, _read) = (0, 0);
        if (i % 4 == 3)
        {
            Append("{\"id\": \"Q-"u8).Number(i, "D8").Append("\", \"sex\": \""u8).Append(_random.Next(2) == 0 ? "M"u8 : "F"u8).Append("\", \"loci\": {"u8);
        }
        else
        {
            Append("{\"id\": \"S-"u8).Number(i, "D8").Append("\", \"report\": \"R-"u8).Number(i / 4, "D7")
                .Append("\", \"role\": \""u8).Append(Roles[i % 4]).Append("\", \"loci\": {"u8);
        }

        for (var m = 0; m < Markers.Length; m++)
        {
            Append(m == 0 ? ""u8 : ", "u8).Append("\""u8).Append(Markers[m]).Append("\": [\""u8);
            Allele().Append("\", \""u8);
            Allele().Append("\"]"u8);
        }

        Append("}}\n"u8);
        return true;
    }

    private GeneratedProfiles Allele()
    {
        var repeats = 6 + _random.Next(25);
        Number(repeats, null);
        return _random.Next(20) == 0 ? Append(".3"u8) : this;
    }

    private GeneratedProfiles Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_line.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    private GeneratedProfiles Number(int value, string? format)
    {
        value.TryFormat(_line.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
