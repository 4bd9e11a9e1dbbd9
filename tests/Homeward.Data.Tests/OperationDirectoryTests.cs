using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Cases;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests;

/// <summary>The web application's operations: the list with its counts, an operation's children, edits, validation and audit, on both providers.</summary>
public sealed class OperationDirectoryTests
{
    private static readonly OperationInput Valid = new("OP-W-1", "Raid in the south", new DateOnly(2023, 5, 2), ["广东", "guangxi"], 12, ["ring-1"]);

    [Theory, DatabaseData]
    public async Task An_operation_lists_its_children_with_dna_matches_and_reunions_and_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        (await store.AddOperationAsync(Operation.Create("OP-1", new DateOnly(2023, 6, 1), ["福建"], 7, null, null).Value, "police")).IsSuccess.ShouldBeTrue();
        var scenario = new RegistryScenario(3);
        var family = scenario.NewFamily("R-1");
        await RegistryScenario.AddFamilyAsync(store, family);
        (await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", family.ChildGenotypes, "OP-1"))).NewMatches.ShouldBe(["M-1"]);
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-2", "F", new DateOnly(2023, 6, 1), 2020, "Fuzhou Home", new PersonDetails(GivenName: "小红"), "OP-1"), "worker"))
            .IsSuccess.ShouldBeTrue();
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-3", "M", null, null, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateOperationAsync(Valid, "worker")).IsSuccess.ShouldBeTrue();
        await using (var db = database.Context())
        {
            db.Operations.Add(new Entities.OperationEntity { Id = Guid.NewGuid(), Code = "OP-0" });
            await db.SaveChangesAsync();
        }

        var list = await cases.ListOperationsAsync(1, 10, "worker");
        list.Items.Select(o => o.Code).ShouldBe(["OP-1", "OP-W-1", "OP-0"], "newest first, undated last");
        var first = list.Items[0];
        (first.Name, first.StartedOn, first.Arrests, first.Children, first.DnaTyped, first.Matched, first.Reunited).ShouldBe((null as string, (DateOnly?)new DateOnly(2023, 6, 1), 7, 2, 1, 1, 0));
        first.Provinces.ShouldBe(["福建"]);
        list.Items[1].Provinces.ShouldBe(["广东", "广西"]);
        list.Items[1].Children.ShouldBe(0);

        var detail = (await cases.ReadOperationAsync("OP-1", 1, 10, "worker"))!;
        detail.Children.Items.Select(c => c.Code).ShouldBe(["F-1", "FC-2"]);
        var (matched, recorded) = (detail.Children.Items[0], detail.Children.Items[1]);
        matched.DnaTyped.ShouldBeTrue();
        matched.BestMatch!.Code.ShouldBe("M-1");
        matched.BestMatch.State.ShouldBe("potential");
        matched.FoundPlace.ShouldBe("福建");
        (matched.AgeMinYears, matched.AgeMaxYears).ShouldBe((12.0, 14.0));
        recorded.DnaTyped.ShouldBeFalse();
        recorded.BestMatch.ShouldBeNull();
        (recorded.AgeMinYears, recorded.AgeMaxYears).ShouldBe((2.0, 3.0));
        (await cases.ReadOperationAsync("OP-1", 2, 1, "worker"))!.Children.Items.Single().Code.ShouldBe("FC-2");
        (await cases.ReadOperationAsync("OP-404", 1, 10, "worker")).ShouldBeNull();
        (await cases.ReadFoundChildAsync("FC-2", false, "worker"))!.Operation.ShouldBe("OP-1");
        (await cases.InCareWithoutDnaAsync()).ShouldBe([new OperationWithoutDna("OP-1", 1)]);

        await using (var db = database.Context())
        {
            (await db.Matches.SingleAsync()).State = "follow-ups-due";
            await db.SaveChangesAsync();
        }

        (await cases.ListOperationsAsync(1, 10, "worker")).Items[0].Reunited.ShouldBe(1);
        (await cases.UpdateFoundChildAsync("FC-2", new FoundChildInput("FC-2", "F", new DateOnly(2023, 6, 1), 2020, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.ListOperationsAsync(1, 10, "worker")).Items[0].Children.ShouldBe(1, "the child left the operation");
        (await cases.InCareWithoutDnaAsync()).ShouldBeEmpty();

        var log = await cases.AuditLogAsync(1, 100);
        log.Items.Last(a => a is { Action: "read", EntityId: "OP-1" } && a.Details.Contains("\"total\":2", StringComparison.Ordinal)).Details.ShouldContain("\"codes\":[\"F-1\",\"FC-2\"]");
        log.Items.First(a => a is { Action: "search", EntityType: "operation" }).Details.ShouldContain("OP-W-1");
        log.Items.ShouldContain(a => a.Action == "create" && a.EntityType == "operation" && a.EntityId == "OP-W-1");
        log.Items.ShouldAllBe(a => !a.Details.Contains("小红", StringComparison.Ordinal));
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task Invalid_operations_and_unknown_operations_store_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var invalid = await cases.CreateOperationAsync(new OperationInput("OP 1", new string('x', 201), null, ["Atlantis"], -1, ["ring 1"]), "worker");
        invalid.Errors!.Select(e => e.Place).ShouldBe(["Code", "Name", "StartedOn", "Provinces", "Arrests", "Rings"]);
        (await cases.CreateOperationAsync(Valid with { Provinces = [], StartedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) }, "worker"))
            .Errors!.Select(e => e.Place).ShouldBe(["StartedOn", "Provinces"]);
        (await CountAsync(database, db => db.Operations)).ShouldBe(0);

        (await cases.CreateOperationAsync(Valid, "worker")).IsSuccess.ShouldBeTrue();
        var duplicate = await cases.CreateOperationAsync(Valid, "worker");
        CaseDirectory.IsDuplicate(duplicate.Errors!).ShouldBeTrue();
        duplicate.Errors![0].Message.ShouldStartWith("an operation");
        CaseDirectory.IsMissing((await cases.UpdateOperationAsync("OP-404", Valid, "worker")).Errors!).ShouldBeTrue();
        (await cases.UpdateOperationAsync("OP-W-1", Valid with { Code = "ignored", Arrests = 30, Rings = [] }, "worker")).IsSuccess.ShouldBeTrue();
        var facts = (await cases.ReadOperationFactsAsync("OP-W-1", "worker"))!;
        (facts.Code, facts.Arrests, facts.Rings.Count, facts.Children.Total).ShouldBe(("OP-W-1", 30, 0, 0));

        var child = await cases.CreateFoundChildAsync(new FoundChildInput("FC-1", "X", null, null, null, new PersonDetails(), "OP-404"), "worker");
        child.Errors!.Select(e => e.Place).ShouldBe(["Sex", "Operation"]);
        (await CountAsync(database, db => db.FoundChildren)).ShouldBe(0);
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }
}
