using System.Diagnostics;
using System.Globalization;
using Homeward.Data.Imports;

namespace Homeward.Data.Benchmarking;

/// <summary>
/// Times <c>db import</c> of generated profiles into a fresh database, then the re-import of the
/// same profiles (every one unchanged), and prints a Markdown table row per run: wall time and
/// profiles per second, the process's CPU time (user + system, all threads) per profile, which
/// a machine shared with other work does not inflate the way it inflates wall time, and the bytes
/// the import allocated per profile with the garbage collections (generations 0/1/2) it caused.
/// </summary>
public static class ImportBenchmark
{
    /// <summary>The header of the table <see cref="RunAsync"/> prints rows of.</summary>
    public const string Header =
        "| database | profiles | batch | import (s) | profiles/s | CPU µs/profile | allocated B/profile, GCs 0/1/2 | re-import, all unchanged (s) | profiles/s | CPU µs/profile | allocated B/profile, GCs 0/1/2 |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    /// <summary>Migrates the database, imports <paramref name="profiles"/> generated profiles twice, prints one row.</summary>
    public static async Task RunAsync(DatabaseSettings settings, int profiles, int batchSize, int seed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        await HomewardDatabase.MigrateAsync(settings).ConfigureAwait(false);
        var importer = new ProfileImporter(settings, TimeProvider.System) { BatchSize = batchSize };
        var first = await TimeAsync(importer, profiles, seed).ConfigureAwait(false);
        var second = await TimeAsync(importer, profiles, seed).ConfigureAwait(false);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {settings.Describe()} | {profiles:N0} | {batchSize:N0} | {Row(first, profiles)} | {Row(second, profiles)} |"));
    }

    private static string Row(Measure run, int profiles) => string.Create(
        CultureInfo.InvariantCulture,
        $"{run.Wall.TotalSeconds:F1} | {profiles / run.Wall.TotalSeconds:N0} | {run.Cpu.TotalMicroseconds / profiles:F1} | {run.Allocated / profiles:N0}, {run.Collections[0]}/{run.Collections[1]}/{run.Collections[2]}");

    private static async Task<Measure> TimeAsync(ProfileImporter importer, int profiles, int seed)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var watch = Stopwatch.StartNew();
        var summary = await importer.ImportAsync([new ImportSource("generated", ImportFormat.JsonLines, () => (Stream)new GeneratedProfiles(profiles, seed))], "benchmark").ConfigureAwait(false);
        watch.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        if (!summary.Succeeded)
        {
            throw new InvalidOperationException($"the generated profiles did not import: {summary.Errors[0]}");
        }

        return new Measure(watch.Elapsed, used, GC.GetTotalAllocatedBytes(precise: true) - allocated, [.. collections.Select((before, generation) => GC.CollectionCount(generation) - before)]);
    }

    /// <summary>One import's wall and CPU time, allocated bytes and collections per generation.</summary>
    private sealed record Measure(TimeSpan Wall, TimeSpan Cpu, long Allocated, int[] Collections);
}
