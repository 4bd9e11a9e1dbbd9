using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Data.Evidence;
using Homeward.Intel;
using Homeward.Intel.Entities;
using Homeward.Intel.Output;
using Homeward.Intel.Rings;

namespace Homeward.Data.Export;

/// <summary>
/// Writes a case folder: <c>posts.csv</c> (a row per post with score, ring and entities), <c>case.json</c>
/// (rings, posts with their indicators and entities, entities with their posts), <c>captures/SHA256.EXT</c>
/// (the original captures, each re-hashed on copy) and <c>manifest.sha256</c> (every file, in
/// <c>sha256sum -c</c> format). The folder is written under a temporary name beside the target and moved
/// into place when complete. Without an evidence store the captures are left out (<c>captures/</c> is empty).
/// </summary>
internal sealed class CaseExport(EvidenceStore? store, string tool, DateTimeOffset exportedAt)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes the case; returns an error (the target is then untouched) or null.</summary>
    public string? Write(string target, string selection, IReadOnlyList<EvidencedPost> posts, IReadOnlyList<PostAnalysis> analyses,
        IReadOnlyList<int> members, IReadOnlyList<Ring> rings, int[] ringOf)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            var hashes = members.Select(i => posts[i].Evidence).OfType<string>().ToHashSet(StringComparer.Ordinal);
            // Without a store (the web application may have none) the case carries no captures.
            var captures = store is null ? [] : store.Entries().Where(e => hashes.Contains(e.Sha256)).ToList();
            if (store is null)
            {
                hashes.Clear();
            }

            var copyError = CopyCaptures(temporary, hashes.Order(StringComparer.Ordinal), captures);
            if (copyError is not null)
            {
                return copyError;
            }

            File.WriteAllText(Path.Combine(temporary, "posts.csv"), Csv(posts, analyses, members, rings, ringOf), new UTF8Encoding(true));
            File.WriteAllBytes(Path.Combine(temporary, "case.json"), Json(selection, posts, analyses, members, rings, ringOf, captures));
            WriteManifest(temporary);
            Directory.Move(temporary, full);
            return null;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>The file name of a capture in the export: its hash and an extension from its media type.</summary>
    public static string CaptureName(string sha256, IEnumerable<EvidenceEntry> captures)
    {
        var mediaType = captures.FirstOrDefault(c => c.Sha256 == sha256)?.MediaType ?? "";
        var extension = mediaType.Split(';')[0].Trim() switch
        {
            "text/html" or "application/xhtml+xml" => ".html",
            "text/plain" => ".txt",
            "application/json" => ".json",
            "application/x-ndjson" => ".jsonl",
            _ => ".bin",
        };
        return sha256 + extension;
    }

    private string? CopyCaptures(string folder, IEnumerable<string> hashes, IReadOnlyList<EvidenceEntry> entries)
    {
        var captures = Path.Combine(folder, "captures");
        Directory.CreateDirectory(captures);
        foreach (var sha in hashes)
        {
            var source = store!.ObjectPath(sha);
            if (!File.Exists(source))
            {
                return $"{source}: the capture {sha} is missing from the evidence store";
            }

            var bytes = File.ReadAllBytes(source);
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha, StringComparison.Ordinal))
            {
                return $"{source}: the capture {sha} was altered (run intel verify-evidence)";
            }

            File.WriteAllBytes(Path.Combine(captures, CaptureName(sha, entries)), bytes);
        }

        return null;
    }

    private static void WriteManifest(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(Path.Combine(folder, file));
            sb.Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append("  ").Append(file).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, "manifest.sha256"), sb.ToString(), new UTF8Encoding(false));
    }

    private static string Csv(IReadOnlyList<EvidencedPost> posts, IReadOnlyList<PostAnalysis> analyses, IReadOnlyList<int> members,
        IReadOnlyList<Ring> rings, int[] ringOf)
    {
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("id,source,url,author,time,score,flagged,ring,evidence,entities,text\r\n");
        foreach (var i in members)
        {
            var post = posts[i].Post;
            var a = analyses[i];
            var entities = string.Join("; ", a.Entities.Select(e => $"{e.Type.ToContractName()}:{e.Value}"));
            string?[] fields =
            [
                post.Id, post.Source, post.Url, post.Author, post.Time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", ic),
                Math.Round(a.Score, 4).ToString(ic), a.Flagged ? "true" : "false", ringOf[i] >= 0 ? rings[ringOf[i]].Id : null,
                posts[i].Evidence, entities, post.Text,
            ];
            sb.AppendJoin(',', fields.Select(CsvField.Escape)).Append("\r\n");
        }

        return sb.ToString();
    }

    private byte[] Json(string selection, IReadOnlyList<EvidencedPost> posts, IReadOnlyList<PostAnalysis> analyses, IReadOnlyList<int> members,
        IReadOnlyList<Ring> rings, int[] ringOf, IReadOnlyList<EvidenceEntry> captures)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("exportedAt", exportedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("tool", tool);
            w.WriteString("selection", selection);
            var memberSet = members.ToHashSet();
            w.WriteStartArray("rings");
            foreach (var ring in rings.Where(r => r.Posts.Any(memberSet.Contains)))
            {
                w.WriteStartObject();
                w.WriteString("id", ring.Id);
                w.WriteBoolean("splitFromComponent", ring.SplitFromComponent);
                w.WriteStartArray("posts");
                foreach (var p in ring.Posts)
                {
                    w.WriteStringValue(posts[p].Post.Id);
                }

                w.WriteEndArray();
                WriteIdentifiers(w, "identifiers", ring.Identifiers);
                WriteIdentifiers(w, "genericIdentifiers", ring.GenericIdentifiers);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("posts");
            foreach (var i in members)
            {
                WritePost(w, posts[i], analyses[i], ringOf[i] >= 0 ? rings[ringOf[i]].Id : null);
            }

            w.WriteEndArray();
            w.WriteStartArray("entities");
            var entities = members
                .SelectMany(i => analyses[i].Entities.Select(e => (Type: e.Type.ToContractName(), e.Value, Post: posts[i].Post.Id)))
                .GroupBy(e => (e.Type, e.Value))
                .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal);
            foreach (var group in entities)
            {
                w.WriteStartObject();
                w.WriteString("type", group.Key.Type);
                w.WriteString("value", group.Key.Value);
                w.WriteStartArray("posts");
                foreach (var id in group.Select(g => g.Post).Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("captures");
            foreach (var capture in captures)
            {
                w.WriteStartObject();
                w.WriteString("file", "captures/" + CaptureName(capture.Sha256, captures));
                using var line = JsonDocument.Parse(capture.ToJsonLine());
                foreach (var property in line.RootElement.EnumerateObject())
                {
                    property.WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WritePost(Utf8JsonWriter w, EvidencedPost item, PostAnalysis analysis, string? ring)
    {
        using var post = JsonDocument.Parse(EvidencedPostJson.Format(item));
        using var scan = JsonDocument.Parse(ScanJson.Format(analysis, null));
        w.WriteStartObject();
        foreach (var property in post.RootElement.EnumerateObject())
        {
            property.WriteTo(w);
        }

        w.WriteString("ring", ring);
        foreach (var property in scan.RootElement.EnumerateObject().Where(p => p.Name is not ("id" or "cluster")))
        {
            property.WriteTo(w);
        }

        w.WriteEndObject();
    }

    private static void WriteIdentifiers(Utf8JsonWriter w, string name, IReadOnlyList<(string Type, string Value, int Posts)> identifiers)
    {
        w.WriteStartArray(name);
        foreach (var (type, value, count) in identifiers)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("value", value);
            w.WriteNumber("posts", count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
