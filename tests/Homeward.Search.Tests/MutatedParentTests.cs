using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// A true parent whose child differs at one or two markers by a one-step mutation is still found
/// with its exact LR whenever that LR passes the threshold: nothing in the index excludes on an
/// inconsistent marker.
/// </summary>
public sealed class MutatedParentTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_parent_with_inconsistent_markers_is_found_with_its_exact_lr(int inconsistent)
    {
        var mutation = new MutationSettings(new SexSpecificMutation(MutationModel.Stepwise(0.002, 1e-6, 0.5).Value, MutationModel.Stepwise(0.001, 1e-6, 0.5).Value));
        var settings = new KinshipSettings(Asian, 0, mutation, null);
        var markers = Asian.Markers.Where(m => m.Name is not ("SE33" or "Penta C" or "F13A01" or "F13B" or "FESFPS" or "LPL")).Take(23).Select(m => m.Name).ToArray();
        var factory = new FamilyFactory(Asian, markers, seed: 4, mutationChance: 0, missingChance: 0);
        var references = new List<ReferenceProfile>();
        for (var r = 0; r < 200; r++)
        {
            references.AddRange(factory.Report($"R-{r:D3}", [FamilyRole.Father], Sex.Male).Donors);
        }

        var (donors, child) = factory.Report("R-TRUE", [FamilyRole.Father], Sex.Male);
        references.AddRange(donors);
        var father = donors[0].Loci;
        var mutated = new Dictionary<string, Genotype>(child, StringComparer.Ordinal);
        var changed = 0;
        foreach (var marker in markers)
        {
            // Replace the allele the child got from the father by its one-step neighbour absent from the father.
            var table = Asian.Find(marker)!.Value.Marker;
            var g = mutated[marker];
            var paternal = father[marker].First == g.First || father[marker].Second == g.First ? g.First : g.Second;
            var other = paternal == g.First ? g.Second : g.First;
            var step = table.Alleles.FirstOrDefault(a => a.IsNumeric && paternal.IsNumeric && a.Tenths == paternal.Tenths + 10
                && a != father[marker].First && a != father[marker].Second && a != other);
            if (step.Text.Length == 0)
            {
                continue;
            }

            mutated[marker] = new Genotype(step, other);
            if (++changed == inconsistent)
            {
                break;
            }
        }

        changed.ShouldBe(inconsistent);
        var query = new QueryProfile("Q", Sex.Male, mutated);
        var panel = MarkerPanel.Build(settings, references.Select(x => x.Loci).Append(mutated)).Value;
        var index = ReferenceIndex.Build(references, panel, settings).Value;
        var exact = ExactScorer.Score(panel, settings, donors, query);
        exact.ShouldBeGreaterThan(100, "the test needs a mutated true parent whose LR still passes the threshold");

        var hit = new KinshipSearch(index).Search(query, minimumLr: 100, top: 5).Candidates.SingleOrDefault(c => c.Report == "R-TRUE");

        hit.ShouldNotBeNull();
        (Math.Abs(hit.LikelihoodRatio - exact) / exact).ShouldBeLessThan(1e-9);
    }
}
