using Homeward.Data.Entities;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests;

public sealed class SchemaTests
{
    [Theory, DatabaseData]
    public async Task Migrations_create_the_whole_schema_and_leave_nothing_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        (await HomewardDatabase.PendingMigrationsAsync(database.Settings)).ShouldBeEmpty();
        await using var db = database.Context();
        (await db.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task Init_on_an_empty_database_applies_the_provider_migrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        (await HomewardDatabase.PendingMigrationsAsync(database.Settings)).ShouldNotBeEmpty();
        await HomewardDatabase.MigrateAsync(database.Settings);
        await HomewardDatabase.MigrateAsync(database.Settings); // idempotent

        (await HomewardDatabase.PendingMigrationsAsync(database.Settings)).ShouldBeEmpty();
    }

    [Theory, DatabaseData]
    public async Task Personal_data_with_Chinese_characters_round_trips_apart_from_the_genotypes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var person = new PersonEntity { Id = Guid.CreateVersion7(), FamilyName = "李", GivenName = "小明", NameRomanised = "Li Xiaoming", BirthDate = new DateOnly(2015, 3, 9), BirthPlace = "四川省 成都市" };
        var report = new ReportEntity { Id = Guid.CreateVersion7(), Code = "R-1", PoliceCaseNumber = "川公刑 2021-117", MissingPerson = person, CreatedAt = DateTime.UtcNow };
        await using (var db = database.Context())
        {
            db.Reports.Add(report);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context())
        {
            var read = await db.Reports.Include(r => r.MissingPerson).SingleAsync(r => r.Code == "R-1");
            read.MissingPerson!.FamilyName.ShouldBe("李");
            read.MissingPerson.GivenName.ShouldBe("小明");
            read.MissingPerson.BirthPlace.ShouldBe("四川省 成都市");
            read.PoliceCaseNumber.ShouldBe("川公刑 2021-117");
        }
    }

    [Theory, DatabaseData]
    public async Task A_sample_belongs_to_exactly_one_donor_or_found_child(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        db.Samples.Add(new SampleEntity { Id = Guid.CreateVersion7(), Code = "S-1", Loci = "{}", ContentHash = new byte[32] });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, DatabaseData]
    public async Task Report_codes_are_unique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        db.Reports.Add(new ReportEntity { Id = Guid.CreateVersion7(), Code = "R-1" });
        db.Reports.Add(new ReportEntity { Id = Guid.CreateVersion7(), Code = "R-1" });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
