using System.Diagnostics;
using System.Globalization;
using Homeward.Intel;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Posts;
using Homeward.Intel.Rings;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward bench intel --posts N</c>: generates about N ring and background posts, writes them as
/// JSON Lines in memory, then times (1) ingest + normalise + extract + score (parse each line, analyse,
/// all cores) and (2) templates (MinHash-LSH clusters) + rings.
/// </summary>
internal static class BenchIntelCommand
{
    public static int Run(int posts, int seed, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var ic = CultureInfo.InvariantCulture;
        var rings = Math.Max(1, posts / 34);
        var generated = new RingGenerator(seed).Generate(rings);
        var lines = generated.Select(g => CorpusWriter.Format(g)).ToArray();
        stdout.WriteLine(string.Create(ic, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        stdout.WriteLine(string.Create(ic, $"posts: {lines.Length} ({rings} rings, seed {seed})"));

        var analyser = new PostAnalyser();
        analyser.Analyse(new Post("warm-up", null, null, null, null, "送养男宝营养费10万电话13812345678"));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var analyses = new PostAnalysis[lines.Length];
        Parallel.For(0, lines.Length, i => analyses[i] = analyser.Analyse(PostJsonLines.ParseLine(lines[i]).Post!));
        var analyse = watch.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        stdout.WriteLine(string.Create(ic, $"ingest+normalise+extract+score: {analyse.TotalSeconds:0.00} s, {lines.Length / analyse.TotalSeconds:0} posts/s"));

        // On a shared machine the wall clock measures the neighbours too; the process's CPU time does not
        // (much): posts per CPU-second times the cores is what the stage would do with the cores to itself.
        stdout.WriteLine(string.Create(ic, $"  cpu: {cpu.TotalSeconds:0.00} s, {lines.Length / cpu.TotalSeconds:0} posts per cpu-second, x {Environment.ProcessorCount} cores = {Environment.ProcessorCount * lines.Length / cpu.TotalSeconds:0} posts/s if the cores were idle"));

        watch.Restart();
        var templates = TemplateIndex.Build(analyses);
        var templateTime = watch.Elapsed;
        watch.Restart();
        var (found, _) = RingBuilder.Build(analyses, new RingOptions());
        var ringTime = watch.Elapsed;
        stdout.WriteLine(string.Create(ic, $"templates: {templateTime.TotalSeconds:0.00} s ({templates.Count} clusters)"));
        stdout.WriteLine(string.Create(ic, $"rings: {ringTime.TotalSeconds:0.00} s ({found.Count} rings)"));
        stdout.WriteLine(string.Create(ic, $"templates+rings: {(templateTime + ringTime).TotalSeconds:0.00} s"));
        return ExitCodes.Success;
    }
}
