using System.Text;
using Homeward.Intel.Evidence;

namespace Homeward.Data.Evidence;

/// <summary>
/// A folder of evidence: every captured item's original bytes under <c>objects/ab/abcdef…</c> (named by
/// their SHA-256, written once through a temporary file and a move that never replaces, then made
/// read-only), and <c>manifest.jsonl</c>, to which each capture appends one line and nothing is ever
/// rewritten. <c>homeward intel verify-evidence</c> checks it.
/// </summary>
internal sealed class EvidenceStore
{
    public const string ManifestName = "manifest.jsonl";
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private EvidenceStore(string root) => Root = root;

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <summary>The manifest's path.</summary>
    public string ManifestPath => Path.Combine(Root, ManifestName);

    /// <summary>Opens (creating when needed) the store in <paramref name="folder"/>.</summary>
    public static EvidenceStore Open(string folder)
    {
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(Path.Combine(root, "objects"));
        return new EvidenceStore(root);
    }

    /// <summary>Opens an existing store; null when <paramref name="folder"/> holds no manifest.</summary>
    public static EvidenceStore? OpenExisting(string folder)
    {
        var root = Path.GetFullPath(folder);
        return File.Exists(Path.Combine(root, ManifestName)) ? new EvidenceStore(root) : null;
    }

    /// <summary>Where the object of a hash is (or would be) stored.</summary>
    public string ObjectPath(string sha256) => Path.Combine(Root, "objects", sha256[..2], sha256);

    /// <summary>Stores <paramref name="bytes"/> (once) and appends their capture to the manifest.</summary>
    public EvidenceEntry Add(ReadOnlySpan<byte> bytes, string source, string mediaType, DateTimeOffset capturedAt)
    {
        var sha256 = EvidenceRecord.HashOf(bytes);
        var entry = new EvidenceEntry(sha256, source, capturedAt.ToUniversalTime(), mediaType, bytes.Length, ToolVersion.Current);
        WriteObjectOnce(sha256, bytes);
        Append(entry);
        return entry;
    }

    /// <summary>The well-formed manifest lines, in order (verify-evidence reports the others).</summary>
    public IEnumerable<EvidenceEntry> Entries() =>
        File.ReadLines(ManifestPath).Select(l => EvidenceEntry.FromJsonLine(l).Entry).OfType<EvidenceEntry>();

    private void WriteObjectOnce(string sha256, ReadOnlySpan<byte> bytes)
    {
        var target = ObjectPath(sha256);
        if (File.Exists(target))
        {
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, ReadOnly);
            }

            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another capture stored the same bytes first: the object is the same by its name.
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Appends one whole line while holding the file exclusively (another capture into the same store waits
    /// its turn, up to about ten seconds), so that lines of two writers never interleave.
    /// </summary>
    private void Append(EvidenceEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(entry.ToJsonLine() + "\n");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(ManifestPath, FileMode.Append, FileAccess.Write, FileShare.Read);
                stream.Write(line);
                stream.Flush(flushToDisk: true);
                return;
            }
            catch (IOException) when (attempt < 200 && File.Exists(ManifestPath))
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Stored objects that no manifest line lists (a capture stopped between storing its bytes and writing its
    /// line, or a file put there by hand), as paths.
    /// </summary>
    public IEnumerable<string> UnlistedObjects(IReadOnlySet<string> listed) =>
        Directory.EnumerateFiles(Path.Combine(Root, "objects"), "*", SearchOption.AllDirectories)
            .Where(f => !listed.Contains(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);
}
