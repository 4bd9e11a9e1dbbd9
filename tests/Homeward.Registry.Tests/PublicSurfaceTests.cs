using System.Reflection;
using Homeward.Registry.Audit;
using Homeward.Registry.Matching;
using Homeward.Registry.Retention;

namespace Homeward.Registry.Tests;

/// <summary>Every public type is sealed, static, a value type or an enum (NodaTime's MutabilityTest, simplified).</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void Public_types_are_sealed_or_static()
    {
        var open = typeof(PseudonymousId).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();
        open.ShouldBeEmpty();
    }

    [Fact]
    public void Public_classes_expose_no_setters()
    {
        var settable = typeof(PseudonymousId).Assembly.GetExportedTypes()
            .Where(t => t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } s && !s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit")))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        settable.ShouldBeEmpty();
    }

    [Fact]
    public void Transitions_and_deletions_are_audited_without_reasons_or_names()
    {
        var match = MatchLifecycleTests.Reach(MatchState.UnderReview);
        var log = AuditLog.Empty;
        foreach (var step in match.History)
        {
            var entry = AuditEvents.Transition(log.Head, match, step).Value;
            log = log.Append(entry.Timestamp, entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.Details).Value;
        }

        log.Entries.Select(e => e.Details).ShouldBe(["Open Potential->Potential", "StartReview Potential->UnderReview"]);
        log.Entries.ShouldAllBe(e => !e.Details.Contains("path", StringComparison.Ordinal));
        var decision = new RetentionDecision(RetentionSubject.RelativeProfile, "S-1", "R-1", true, RetentionRule.PurposeMet, "reunited");
        AuditEvents.Deletion(log.Head, decision, Fixtures.T0.AddDays(100), "retention-job").Value.Details.ShouldBe("retention PurposeMet (case R-1)");
    }
}
