using Homeward.Intel.Rings;

namespace Homeward.Intel.Evaluation;

/// <summary>How well predicted rings recover the true rings of generated posts.</summary>
/// <param name="Posts">True ring posts evaluated.</param>
/// <param name="TrueRings">Number of true rings.</param>
/// <param name="PredictedRings">Number of predicted rings holding at least one true ring post.</param>
/// <param name="AdjustedRandIndex">ARI of the predicted partition against the truth (a post in no ring is its own cluster).</param>
/// <param name="Purity">Share of posts whose predicted ring's majority truth is theirs.</param>
/// <param name="InversePurity">Purity with the roles swapped (how whole each true ring stays).</param>
public sealed record RingRecovery(int Posts, int TrueRings, int PredictedRings, double AdjustedRandIndex, double Purity, double InversePurity)
{
    /// <summary>Builds rings from the analyses and compares them with the truth of the ring posts.</summary>
    public static RingRecovery Measure(IReadOnlyList<LabelledPost> truth, IReadOnlyList<PostAnalysis> analyses, RingOptions options)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var (_, ringOf) = RingBuilder.Build(analyses, options);
        var t = new List<string>();
        var p = new List<string>();
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i].Ring is { } ring)
            {
                t.Add(ring);
                p.Add(ringOf[i] >= 0 ? "r" + ringOf[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : "alone-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new RingRecovery(
            t.Count,
            t.Distinct(StringComparer.Ordinal).Count(),
            p.Where(x => x.StartsWith('r')).Distinct(StringComparer.Ordinal).Count(),
            ClusterAgreement.AdjustedRandIndex(t, p),
            ClusterAgreement.Purity(t, p),
            ClusterAgreement.Purity(p, t));
    }
}
