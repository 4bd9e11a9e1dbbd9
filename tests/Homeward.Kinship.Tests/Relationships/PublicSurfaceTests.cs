using System.Reflection;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>The fast paths' public types are few, sealed or readonly, and immutable (init-only at most).</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void Public_types_are_the_documented_few_and_sealed_or_readonly()
    {
        var types = typeof(MarkerPanel).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(MarkerPanel).Namespace)
            .ToList();
        types.Select(t => t.Name).Order(StringComparer.Ordinal).ShouldBe(
        [
            nameof(IbdCoefficients), nameof(MarkerPanel), nameof(PairwiseLikelihoodRatioTable), nameof(PairwiseRelationship),
            nameof(PairwiseRelationshipKind), nameof(TrioLikelihoodRatioTable),
        ]);
        foreach (var type in types.Where(t => !t.IsEnum))
        {
            (type.IsValueType ? type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) : type.IsSealed)
                .ShouldBeTrue(type.Name);
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                .Select(p => p.Name)
                .ShouldBeEmpty(type.Name);
        }
    }
}
