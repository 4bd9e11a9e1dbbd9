namespace Homeward.Intel.Learning;

/// <summary>How the post classifier is trained.</summary>
/// <param name="Seed">Seed of the ML.NET context (training is single-threaded, so the same data and seed give the same model).</param>
/// <param name="CharNgramLength">Longest character n-gram of the text features (all shorter ones are used too).</param>
/// <param name="L2">L2 regularisation of the logistic regression.</param>
/// <param name="Threshold">A post is flagged when its probability is at least this.</param>
public sealed record ClassifierOptions(int Seed = 1, int CharNgramLength = 3, float L2 = 1f, double Threshold = 0.5);
