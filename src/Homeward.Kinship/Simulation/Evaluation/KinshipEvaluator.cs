using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>
/// Measures how well kinship LRs separate relatives from unrelated persons: per relationship and
/// marker panel it simulates K related and K unrelated cases and computes each exact LR with
/// <see cref="LikelihoodRatioCalculator"/> (explicit pedigree H1 against "typed persons unrelated").
/// Each case has its own random stream, so the figures do not depend on the number of threads.
/// </summary>
public static class KinshipEvaluator
{
    /// <summary>Runs the evaluation; <paramref name="cellDone"/> is called after each cell, in order.</summary>
    public static Result<KinshipEvaluation> Evaluate(KinshipEvaluationOptions options, Action<EvaluationCell>? cellDone = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Validate(options);
        var panels = new List<SimulationPanel>();
        foreach (var panel in options.Panels)
        {
            var built = SimulationPanel.Create(options.Frequencies, panel, options.Mutation, "markers");
            if (built.IsSuccess)
            {
                panels.Add(built.Value);
            }
            else
            {
                errors.AddRange(built.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<KinshipEvaluation>.Failure(errors);
        }

        var cells = ImmutableArray.CreateBuilder<EvaluationCell>();
        var cellIndex = 0L;
        foreach (var relationship in options.Relationships)
        {
            var pedigree = RelationshipPedigree.For(relationship);
            for (var p = 0; p < panels.Count; p++)
            {
                var related = Simulate(options, pedigree, pedigree.H1, panels[p], RandomStream.EvaluationTrue, cellIndex, out var error);
                var unrelated = error is null
                    ? Simulate(options, pedigree, pedigree.H2, panels[p], RandomStream.EvaluationUnrelated, cellIndex, out error)
                    : null;
                if (error is not null)
                {
                    return Result<KinshipEvaluation>.Failure([error]);
                }

                var cell = new EvaluationCell(relationship, options.Panels[p], panels[p].Count, related!, unrelated!, options.Thresholds, options.DatabaseSize);
                cells.Add(cell);
                cellDone?.Invoke(cell);
                cellIndex++;
            }
        }

        return new KinshipEvaluation(options, cells.ToImmutable());
    }

    private static List<InputError> Validate(KinshipEvaluationOptions options)
    {
        var errors = new List<InputError>();
        if (options.Pairs < 1)
        {
            errors.Add(new InputError("pairs", $"{options.Pairs} must be at least 1"));
        }

        if (options.DatabaseSize < 1)
        {
            errors.Add(new InputError("database-size", $"{options.DatabaseSize} must be at least 1"));
        }

        if (!double.IsFinite(options.Theta) || options.Theta < 0 || options.Theta >= 1)
        {
            errors.Add(new InputError("theta", $"{options.Theta.ToString("R", CultureInfo.InvariantCulture)} must be in [0, 1)"));
        }

        if (options.Panels.IsDefaultOrEmpty)
        {
            errors.Add(new InputError("markers", "no marker panel chosen"));
        }

        if (options.Relationships.IsDefaultOrEmpty)
        {
            errors.Add(new InputError("relationships", "no relationship chosen"));
        }

        if (options.Thresholds.IsDefault || options.Thresholds.Any(t => !double.IsFinite(t) || t <= 0))
        {
            errors.Add(new InputError("thresholds", "every threshold must be a positive number"));
        }

        return errors;
    }

    private static double[]? Simulate(
        KinshipEvaluationOptions options, RelationshipPedigree relationship, Pedigree simulated, SimulationPanel panel,
        RandomStream stream, long cellIndex, out InputError? error)
    {
        var log10 = new double[options.Pairs];
        var errors = new InputError?[options.Pairs];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount };
        Parallel.For(0, options.Pairs, parallel, i =>
        {
            var random = SimulationRandom.For(options.Seed, stream, (cellIndex << 32) | (uint)i);
            var genotypes = PedigreeSimulator.Simulate(simulated, panel, options.Theta, random);
            var typed = new Dictionary<string, IReadOnlyDictionary<string, Genotype>>(StringComparer.Ordinal);
            foreach (var id in relationship.Typed)
            {
                var loci = ProfileTyping.Complete(genotypes[simulated.IndexOf(id)], panel);
                typed[id] = loci.ToDictionary(l => l.Marker, l => l.Genotype, StringComparer.Ordinal);
            }

            var kinshipCase = new KinshipCase(options.Frequencies, relationship.H1, relationship.H2, typed, options.Theta, options.Mutation);
            var result = LikelihoodRatioCalculator.Compute(kinshipCase);
            if (result.IsSuccess)
            {
                log10[i] = result.Value.Log10LikelihoodRatio ?? double.NegativeInfinity;
            }
            else
            {
                errors[i] = result.Errors[0];
            }
        });

        error = errors.FirstOrDefault(e => e is not null);
        return error is null ? log10 : null;
    }
}
