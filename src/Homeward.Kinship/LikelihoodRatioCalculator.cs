using System.Globalization;
using Homeward.Kinship.Peeling;

namespace Homeward.Kinship;

/// <summary>
/// Computes LR = P(genotypes | H1) / P(genotypes | H2) marker by marker, exactly, for any
/// loop-free pedigree: the markers evaluated are those of the frequency table typed in at least
/// one person.
/// </summary>
public static class LikelihoodRatioCalculator
{
    /// <summary>Computes the likelihood ratio, or the input errors that prevent it.</summary>
    public static Result<LikelihoodRatioResult> Compute(KinshipCase kinshipCase)
    {
        ArgumentNullException.ThrowIfNull(kinshipCase);
        var errors = new List<InputError>();
        var warnings = new List<string>();
        if (!double.IsFinite(kinshipCase.Theta) || kinshipCase.Theta < 0 || kinshipCase.Theta >= 1)
        {
            errors.Add(new InputError("theta", $"θ = {Format(kinshipCase.Theta)} must be in [0, 1)"));
        }

        if (kinshipCase.MinimumFrequency is { } min && (!double.IsFinite(min) || min <= 0 || min >= 1))
        {
            errors.Add(new InputError("minimumFrequency", $"{Format(min)} must be in (0, 1)"));
        }

        foreach (var person in kinshipCase.Genotypes.Keys)
        {
            if (kinshipCase.H1.IndexOf(person) < 0)
            {
                errors.Add(new InputError($"genotypes.{person}", $"person '{person}' has genotypes but is not in H1"));
            }
            else if (kinshipCase.H2.IndexOf(person) < 0)
            {
                errors.Add(new InputError($"genotypes.{person}", $"person '{person}' has genotypes but is not in H2; both hypotheses must contain every typed person"));
            }
        }

        var markers = GroupMarkers(kinshipCase, warnings);
        if (errors.Count > 0)
        {
            return Result<LikelihoodRatioResult>.Failure(errors);
        }

        var loci = new List<MarkerLikelihoodRatio>();
        var topology1 = new PedigreeTopology(kinshipCase.H1);
        var topology2 = new PedigreeTopology(kinshipCase.H2);
        foreach (var marker in kinshipCase.Frequencies.Markers)
        {
            if (!markers.TryGetValue(marker.Key, out var typed))
            {
                continue;
            }

            var prepared = Prepare(kinshipCase, marker, typed, warnings, errors);
            if (prepared is null)
            {
                continue;
            }

            var (system, alleleOf) = prepared.Value;
            var l1 = Likelihood(topology1, kinshipCase.H1, system, typed, alleleOf, kinshipCase.Theta, marker, "H1", errors);
            var l2 = Likelihood(topology2, kinshipCase.H2, system, typed, alleleOf, kinshipCase.Theta, marker, "H2", errors);
            if (l1 is null || l2 is null)
            {
                continue;
            }

            if (l2 == 0)
            {
                errors.Add(new InputError($"marker {typed.DisplayName}", "the genotypes are impossible under H2, so no likelihood ratio exists; check H2 and the mutation model"));
                continue;
            }

            if (l1 == 0)
            {
                warnings.Add($"marker {typed.DisplayName}: the genotypes are impossible under H1 {(system.HasMutation ? string.Empty : "without mutation ")}(LR 0){(system.HasMutation ? string.Empty : "; a mutation model allows for a mutated allele")}");
            }

            loci.Add(new MarkerLikelihoodRatio(typed.DisplayName, l1.Value, l2.Value));
        }

        if (errors.Count > 0)
        {
            return Result<LikelihoodRatioResult>.Failure(errors);
        }

        if (loci.Count == 0)
        {
            warnings.Add("no marker of the frequency table is typed in any person: LR = 1");
        }

        return new LikelihoodRatioResult(loci, warnings);
    }

    private static Dictionary<string, TypedMarker> GroupMarkers(KinshipCase kinshipCase, List<string> warnings)
    {
        var byKey = new Dictionary<string, TypedMarker>(StringComparer.Ordinal);
        var unknown = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (person, genotypes) in kinshipCase.Genotypes)
        {
            foreach (var (markerName, genotype) in genotypes)
            {
                var match = kinshipCase.Frequencies.Find(markerName);
                if (match is null)
                {
                    if (!unknown.TryGetValue(markerName, out var persons))
                    {
                        unknown[markerName] = persons = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    persons.Add(person);
                    continue;
                }

                var key = match.Value.Marker.Key;
                if (!byKey.TryGetValue(key, out var typed))
                {
                    byKey[key] = typed = new TypedMarker(markerName);
                    if (match.Value.IsAlias)
                    {
                        warnings.Add($"marker '{markerName}' matched frequency table marker '{match.Value.Marker.Name}'");
                    }
                }

                typed.Genotypes[person] = genotype;
            }
        }

        foreach (var (marker, persons) in unknown)
        {
            warnings.Add($"marker '{marker}' (typed in {string.Join(", ", persons)}) is not in the frequency table ({kinshipCase.Frequencies.Source}); it was not evaluated");
        }

        return byKey;
    }

    private static (MarkerSystem System, Dictionary<AlleleLabel, int> AlleleOf)? Prepare(
        KinshipCase kinshipCase, MarkerFrequencies marker, TypedMarker typed, List<string> warnings, List<InputError> errors)
    {
        var missing = new List<AlleleLabel>();
        var carriers = new Dictionary<AlleleLabel, SortedSet<string>>();
        foreach (var (person, genotype) in typed.Genotypes)
        {
            foreach (var allele in new[] { genotype.First, genotype.Second })
            {
                if (marker.IndexOf(allele) >= 0)
                {
                    continue;
                }

                if (!carriers.TryGetValue(allele, out var who))
                {
                    carriers[allele] = who = new SortedSet<string>(StringComparer.Ordinal);
                    missing.Add(allele);
                }

                who.Add(person);
            }
        }

        var frequencies = marker;
        if (missing.Count > 0)
        {
            missing.Sort();
            var frequency = kinshipCase.MinimumFrequency ?? marker.Frequencies.Min();
            frequencies = marker.WithAddedAlleles(missing, frequency);
            foreach (var allele in missing)
            {
                warnings.Add($"marker {typed.DisplayName}: allele {allele} (in {string.Join(", ", carriers[allele])}) is not in the frequency table; added with frequency {Format(frequency)} and the marker's frequencies rescaled to sum to 1");
            }
        }

        var models = kinshipCase.Mutation.For(marker.Name);
        var male = models.Male.BuildMatrix(frequencies.Alleles, frequencies.Frequencies);
        var female = models.Female.BuildMatrix(frequencies.Alleles, frequencies.Frequencies);
        foreach (var failed in new[] { male, female })
        {
            if (!failed.IsSuccess)
            {
                errors.AddRange(failed.Errors.Select(e => e with { Place = $"mutation at marker {typed.DisplayName}" }));
            }
        }

        if (!male.IsSuccess || !female.IsSuccess)
        {
            return null;
        }

        var alleleOf = new Dictionary<AlleleLabel, int>();
        for (var i = 0; i < frequencies.Count; i++)
        {
            alleleOf[frequencies.Alleles[i]] = i;
        }

        return (new MarkerSystem([.. frequencies.Frequencies], male.Value, female.Value), alleleOf);
    }

    private static double? Likelihood(
        PedigreeTopology topology, Pedigree pedigree, MarkerSystem system, TypedMarker typed,
        Dictionary<AlleleLabel, int> alleleOf, double theta, MarkerFrequencies marker, string hypothesis, List<InputError> errors)
    {
        var observed = new bool[system.N];
        var alleles = new (int A, int B)[pedigree.Count];
        for (var i = 0; i < pedigree.Count; i++)
        {
            alleles[i] = (-1, -1);
            if (typed.Genotypes.TryGetValue(pedigree.Persons[i].Id, out var genotype))
            {
                var a = alleleOf[genotype.First];
                var b = alleleOf[genotype.Second];
                alleles[i] = (a, b);
                observed[a] = true;
                observed[b] = true;
            }
        }

        var (lumped, map) = AlleleLumping.Lump(system, observed);
        var genotypes = new int[pedigree.Count];
        for (var i = 0; i < genotypes.Length; i++)
        {
            var (a, b) = alleles[i];
            genotypes[i] = a < 0 ? -1 : map is null ? GenotypeSpace.Index(a, b) : GenotypeSpace.Index(map[a], map[b]);
        }

        if (theta == 0)
        {
            return new Peeler(topology, lumped, genotypes).Likelihood();
        }

        var result = ThetaLikelihood.Compute(topology, lumped, genotypes, theta);
        if (!result.IsSuccess)
        {
            errors.AddRange(result.Errors.Select(e => e with { Place = $"{hypothesis}, marker {marker.Name}" }));
            return null;
        }

        return result.Value;
    }

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private sealed class TypedMarker(string displayName)
    {
        public string DisplayName { get; } = displayName;

        public Dictionary<string, Genotype> Genotypes { get; } = new(StringComparer.Ordinal);
    }
}
