namespace Homeward.Cli.Commands;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one: the content goes
/// to a temporary file in the same folder, which then replaces the target in one move.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    private AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(_target) ?? ".";
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}.tmp");
        Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
    }

    /// <summary>Where to write the content.</summary>
    public FileStream Stream { get; }

    /// <summary>Starts writing <paramref name="path"/>.</summary>
    public static AtomicFile Create(string path) => new(path);

    /// <summary>Writes all of <paramref name="content"/> to <paramref name="path"/>.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        using var file = Create(path);
        file.Stream.Write(content);
        file.Commit();
    }

    /// <summary>Writes all of <paramref name="text"/> to <paramref name="path"/> as UTF-8.</summary>
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Flushes the content to disk and moves it into place.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    /// <summary>Removes the temporary file unless committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
