using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Homeward.Intel.Learning;

/// <summary>
/// A trainable classifier of posts (ML.NET): logistic regression (L-BFGS, one thread) over the rule
/// indicator groups' hits (1 or 0 per group) and the character 1–3-grams of the masked text (entities as
/// type tokens, digits as 0), L2-normalised. It learns from labelled posts what the hand-set weights
/// guess; see docs/intel.md for how it compares with the rules. The model is saved and loaded as an
/// ML.NET zip through streams (the host owns the file).
/// </summary>
public sealed class PostClassifier
{
    private const string TextFeatures = "TextFeatures";
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly Lock _gate = new();

    private PostClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, double threshold)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        Threshold = threshold;
    }

    /// <summary>A post is flagged when its probability is at least this.</summary>
    public double Threshold { get; }

    /// <summary>Trains on analysed posts and their truth (true: should be flagged).</summary>
    /// <returns>The classifier, or an error when one class is missing.</returns>
    public static (PostClassifier? Value, string? Error) Train(IReadOnlyList<PostAnalysis> posts, IReadOnlyList<bool> labels, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(labels);
        if (posts.Count != labels.Count)
        {
            throw new ArgumentException("one label per post", nameof(labels));
        }

        options ??= new ClassifierOptions();
        var positives = labels.Count(l => l);
        if (positives == 0 || positives == labels.Count)
        {
            return (null, $"the training posts need both classes (sell or buy, and the others); they have {positives} to flag out of {labels.Count}");
        }

        var ml = new MLContext(options.Seed);
        var rows = posts.Select((p, i) => PostExample.From(p, labels[i])).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = true },
            CaseMode = TextNormalizingEstimator.CaseMode.None, // the normaliser already lower-cased ASCII
            KeepDiacritics = true, // removing them needs Unicode normalisation, absent under InvariantGlobalization
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(PostExample.Label),
            FeatureColumnName = "Features",
            L2Regularization = options.L2,
            NumberOfThreads = 1,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText(TextFeatures, text, nameof(PostExample.Text))
            .Append(ml.Transforms.Concatenate("Features", nameof(PostExample.Groups), TextFeatures))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(trainer));
        var model = pipeline.Fit(data);
        return (new PostClassifier(ml, model, data.Schema, options.Threshold), null);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <returns>The classifier, or what is wrong with the stream.</returns>
    public static (PostClassifier? Value, string? Error) Load(Stream stream, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(1);
        try
        {
            var model = ml.Model.Load(stream, out var schema);
            var groups = schema.GetColumnOrNull(nameof(PostExample.Groups));
            if (schema.GetColumnOrNull(nameof(PostExample.Text)) is null || groups is not { Type: VectorDataViewType { Size: IndicatorGroups.Count } })
            {
                return (null, "not a Homeward post classifier (its input has no Text and Groups columns)");
            }

            return (new PostClassifier(ml, model, schema, threshold), null);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return (null, "not a readable ML.NET model: " + e.Message);
        }
    }

    /// <summary>Writes the model (an ML.NET zip) to the stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            _ml.Model.Save(_model, _inputSchema, stream);
        }
    }

    /// <summary>The probability that each post should be flagged, in input order.</summary>
    public double[] Probabilities(IReadOnlyList<PostAnalysis> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            var data = _ml.Data.LoadFromEnumerable(posts.Select(p => PostExample.From(p, false)));
            var scored = _model.Transform(data);
            return [.. _ml.Data.CreateEnumerable<PostPrediction>(scored, reuseRowObject: false).Select(p => (double)p.Probability)];
        }
    }
}
