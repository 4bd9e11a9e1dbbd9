using System.Text;

namespace Homeward.Search;

/// <summary>
/// Report ids packed as UTF-8 bytes with offsets: about the id's length plus four bytes each,
/// instead of a .NET string object (~40 bytes of overhead) per report.
/// </summary>
internal sealed class IdPool
{
    private byte[] _bytes = new byte[1024];
    private int[] _offsets = new int[65];
    private int _byteCount;

    public int Count { get; private set; }

    public long Bytes => _byteCount + ((long)(Count + 1) * sizeof(int));

    public int Add(string id)
    {
        var needed = Encoding.UTF8.GetByteCount(id);
        if (_byteCount + needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + needed));
        }

        if (Count + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        _byteCount += Encoding.UTF8.GetBytes(id, _bytes.AsSpan(_byteCount));
        _offsets[++Count] = _byteCount;
        return Count - 1;
    }

    public string this[int index] => Encoding.UTF8.GetString(_bytes, _offsets[index], _offsets[index + 1] - _offsets[index]);

    public void Trim()
    {
        Array.Resize(ref _bytes, _byteCount);
        Array.Resize(ref _offsets, Count + 1);
    }
}
