using BenchmarkDotNet.Attributes;
using Homeward.Intel;
using Homeward.Intel.Entities;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Places;
using Homeward.Intel.Posts;
using Homeward.Intel.Scoring;
using Homeward.Intel.Templates;
using Homeward.Intel.Text;

namespace Homeward.Benchmarks;

/// <summary>
/// The stages of <c>homeward bench intel</c> (ingest + normalise + extract + score) one at a time, single
/// threaded, over a fixed set of generated posts (RingGenerator seed 1, 60 rings ≈ 2,000 posts). Each
/// benchmark processes the whole set, so posts/s = posts / mean time. Stages after the first consume the
/// output of the previous one, precomputed in the setup.
/// </summary>
[MemoryDiagnoser]
public class IntelPipelineBenchmarks
{
    private string[] _lines = null!;
    private Post[] _posts = null!;
    private NormalisedText[] _normalised = null!;
    private List<Entity>[] _entities = null!;
    private List<IndicatorHit>[] _hits = null!;
    private PostAnalyser _analyser = null!;
    private EntityExtractor _extractor = null!;
    private Vocabulary _vocabulary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lines = new RingGenerator(1).Generate(60).Select(g => CorpusWriter.Format(g)).ToArray();
        _posts = _lines.Select(l => PostJsonLines.ParseLine(l).Post!).ToArray();
        _analyser = new PostAnalyser();
        _vocabulary = _analyser.Vocabulary;
        _extractor = new EntityExtractor(Gazetteer.Default);
        _normalised = _posts.Select(p => TextNormaliser.Normalise(p.Text)).ToArray();
        _entities = _normalised.Select(n => _extractor.Extract(n)).ToArray();
        _hits = _normalised.Select((n, i) => PostScorer.Indicators(n, _entities[i], _vocabulary)).ToArray();
        Console.WriteLine($"// {_posts.Length} posts");
    }

    /// <summary>Ingest: JSON line to <see cref="Post"/>.</summary>
    [Benchmark]
    public int Parse()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            n += PostJsonLines.ParseLine(line).Post!.Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int Normalise()
    {
        var n = 0;
        foreach (var post in _posts)
        {
            n += TextNormaliser.Normalise(post.Text).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int Extract()
    {
        var n = 0;
        foreach (var normalised in _normalised)
        {
            n += _extractor.Extract(normalised).Count;
        }

        return n;
    }

    [Benchmark]
    public int Indicators()
    {
        var n = 0;
        for (var i = 0; i < _normalised.Length; i++)
        {
            n += PostScorer.Indicators(_normalised[i], _entities[i], _vocabulary).Count;
        }

        return n;
    }

    [Benchmark]
    public int ScoreAndMask()
    {
        var n = 0;
        for (var i = 0; i < _normalised.Length; i++)
        {
            n += PostScorer.Score(_hits[i], _vocabulary).Contributions.Count;
            n += EntityMasker.Mask(_normalised[i].Text, _entities[i]).Length;
        }

        return n;
    }

    /// <summary>The whole of what <c>bench intel</c> times, on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int IngestAndAnalyse()
    {
        var n = 0;
        foreach (var line in _lines)
        {
            n += _analyser.Analyse(PostJsonLines.ParseLine(line).Post!).Indicators.Count;
        }

        return n;
    }
}
