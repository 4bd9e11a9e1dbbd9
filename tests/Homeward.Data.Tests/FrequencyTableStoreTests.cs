using Homeward.Data.Frequencies;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests;

/// <summary>Frequency tables uploaded, refused with every bad line's place, put in force one at a time, audited.</summary>
public sealed class FrequencyTableStoreTests
{
    private const string Good = "marker,allele,frequency\nTH01,6,0.25\nTH01,7,0.75\nvWA,16,0.5\nvWA,17,0.5\n";

    [Theory, DatabaseData]
    public async Task A_bad_table_is_refused_with_every_line_and_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new FrequencyTableStore(database.Settings, new FakeClock(RegistryScenario.T0));
        const string bad = "marker,allele,frequency\nTH01,6,0.25\nTH01,7,abc\nTH01,6,0.5\nvWA,16,1.5\nvWA,17\nD3S1358,15,0.4\n";

        var result = await store.AddAsync(new FrequencyTableUpload("", "", 0, "upload.csv", bad), "admin");

        result.IsSuccess.ShouldBeFalse();
        var places = result.Errors!.Select(e => e.Place).ToList();
        places.ShouldContain("Name");
        places.ShouldContain("Citation");
        places.ShouldContain("SampleSize");
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:3" && e.Message.Contains("not a number"));
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:4" && e.Message.Contains("listed twice"));
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:5" && e.Message.Contains("at most 1"));
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:6" && e.Message.Contains("expected 3 fields"));
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:2" && e.Message.Contains("sum to"), "TH01 sums to 0.25");
        result.Errors!.ShouldContain(e => e.Place == "upload.csv:7" && e.Message.Contains("D3S1358"));
        (await store.ListAsync()).ShouldBeEmpty();
    }

    [Theory, DatabaseData]
    public async Task Tables_are_stored_and_one_at_a_time_put_in_force_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new FrequencyTableStore(database.Settings, new FakeClock(RegistryScenario.T0));
        var asian = TestData.Table("nist1036-asian.csv");
        var csv = await File.ReadAllTextAsync(TestData.FrequencyFile("nist1036-asian.csv"));

        (await store.AddAsync(new FrequencyTableUpload("nist1036-asian", "NIST 1036, Hill et al.", 97, "nist1036-asian.csv", csv), "admin")).IsSuccess.ShouldBeTrue();
        (await store.AddAsync(new FrequencyTableUpload("small", "test", null, "small.csv", Good), "admin")).IsSuccess.ShouldBeTrue();
        (await store.AddAsync(new FrequencyTableUpload("small", "again", null, "small.csv", Good), "admin")).Errors!.ShouldContain(e => e.Place == "Name" && e.Message.Contains("already exists"));
        (await store.InForceAsync()).ShouldBeNull();

        (await store.PutInForceAsync("small", "admin")).IsSuccess.ShouldBeTrue();
        (await store.PutInForceAsync("nist1036-asian", "admin")).IsSuccess.ShouldBeTrue();
        (await store.PutInForceAsync("none", "admin")).IsSuccess.ShouldBeFalse();

        var inForce = (await store.InForceAsync()).ShouldNotBeNull();
        inForce.Info.Name.ShouldBe("nist1036-asian");
        inForce.Info.SampleSize.ShouldBe(97);
        inForce.Info.Markers.ShouldBe(asian.Markers.Length);
        inForce.Info.Alleles.ShouldBe(asian.Markers.Sum(m => m.Count));
        inForce.Table.Source.ShouldBe("nist1036-asian");
        (await store.ListAsync()).Select(t => (t.Name, t.InForce)).ShouldBe([("nist1036-asian", true), ("small", false)]);
        await using var db = database.Context();
        var audit = await db.AuditEntries.Where(e => e.EntityType == "frequency-table").OrderBy(e => e.Sequence).ToListAsync();
        audit.Select(e => (e.Action, e.EntityId)).ShouldBe([("create", "nist1036-asian"), ("create", "small"), ("update", "small"), ("update", "nist1036-asian")]);
        audit[^1].Details.ShouldContain("\"previous\":\"small\"");
    }
}
