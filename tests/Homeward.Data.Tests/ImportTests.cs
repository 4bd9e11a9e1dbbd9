using Homeward.Data.Imports;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests;

public sealed class ImportTests
{
    [Theory, DatabaseData]
    public async Task Json_lines_create_reports_donors_found_children_and_samples(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var summary = await RunAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        (summary.Created, summary.Updated, summary.Unchanged).ShouldBe((3, 0, 0));
        await using var db = database.Context();
        (await db.Reports.Select(r => r.Code).ToListAsync()).ShouldBe(["R-1"]);
        (await db.Donors.OrderBy(d => d.Role).Select(d => d.Role + "/" + d.Sex).ToListAsync()).ShouldBe(["father/M", "mother/F"]);
        (await db.FoundChildren.Select(c => c.Code + "/" + c.Sex).ToListAsync()).ShouldBe(["Q-1/M"]);
        var mother = await db.Samples.SingleAsync(s => s.Code == "S-1");
        mother.Loci.ShouldBe("""{"D3S1358":["15","16"],"vWA":["17","17"]}""");
        mother.MarkerCount.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task Reimporting_the_same_file_changes_nothing_and_export_round_trips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Father, Child));
        var exported = await ExportAsync(database);

        var again = await RunAsync(database, Lines(Child, Father, Mother));
        var fromExport = await RunAsync(database, exported, name: "export.jsonl");

        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, 3));
        (fromExport.Created, fromExport.Updated, fromExport.Unchanged).ShouldBe((0, 0, 3));
        (await ExportAsync(database)).ShouldBe(exported);
        exported.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            """{"id":"Q-1","sex":"M","loci":{"D3S1358":["14","15"],"vWA":["17","18"]}}""",
            """{"id":"S-1","report":"R-1","role":"mother","sex":"F","loci":{"D3S1358":["15","16"],"vWA":["17","17"]}}""",
            """{"id":"S-2","report":"R-1","role":"father","sex":"M","loci":{"D3S1358":["14","15"],"TH01":["6","9.3"]}}""",
        ]);
    }

    [Theory, DatabaseData]
    public async Task A_changed_profile_is_updated_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Child));

        var changed = Mother.Replace("\"17\", \"17\"", "\"17\", \"19\"", StringComparison.Ordinal).Replace("R-1", "R-2", StringComparison.Ordinal);
        var summary = await RunAsync(database, Lines(changed, Child));

        (summary.Created, summary.Updated, summary.Unchanged).ShouldBe((0, 1, 1));
        await using var db = database.Context();
        var sample = await db.Samples.Include(s => s.Donor!).ThenInclude(d => d.Report).SingleAsync(s => s.Code == "S-1");
        sample.Loci.ShouldContain("\"vWA\":[\"17\",\"19\"]");
        sample.Donor!.Report!.Code.ShouldBe("R-2");
        var updates = await db.AuditEntries.Where(e => e.Action == "update").ToListAsync();
        updates.Count.ShouldBe(1);
        updates[0].EntityType.ShouldBe("sample");
        updates[0].EntityId.ShouldBe("S-1");
        (await db.AuditEntries.CountAsync(e => e.Action == "import")).ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task Any_bad_line_means_nothing_is_written_and_every_bad_line_is_named(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = Lines(
            Mother,
            Father,
            """{"id": "S-3", "report": "R-2", "role": "aunt", "loci": {}}""",
            Child,
            "not json",
            """{"id": "S-4", "report": "R-2", "role": "father", "sex": "F", "loci": {}}""",
            """{"id": "S-1", "sex": "M", "loci": {"D3S1358": ["15", "x y"]}}""",
            """{"id": "S-5", "sex": "M", "loci": {"D3S1358": ["15"]}}""",
            Mother);

        // Batches of two: the good lines before the first bad one were already written when it came.
        var summary = await RunAsync(database, content, batchSize: 2);

        summary.Succeeded.ShouldBeFalse();
        summary.Errors.Select(e => e.Place).ShouldBe([
            "profiles.jsonl:3: role", "profiles.jsonl:5", "profiles.jsonl:6: sex", "profiles.jsonl:7: loci.D3S1358",
            "profiles.jsonl:8: loci.D3S1358", "profiles.jsonl:9",
        ]);
        summary.Errors[^1].Message.ShouldContain("already given at profiles.jsonl:1");
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
        (await db.Reports.CountAsync()).ShouldBe(0);
        (await db.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task A_bad_line_after_written_batches_rolls_everything_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var lines = Enumerable.Range(0, 25).Select(i => "{\"id\": \"Q-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\", \"loci\": {\"D3S1358\": [\"15\", \"16\"]}}").Append("""{"id": "Q-x"}""");

        var summary = await RunAsync(database, Lines([.. lines]), batchSize: 4);

        summary.Errors.Single().Place.ShouldBe("profiles.jsonl:26: loci");
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
        (await db.FoundChildren.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task A_found_child_code_cannot_become_a_relative(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Child));

        var summary = await RunAsync(database, Lines("""{"id": "Q-1", "report": "R-9", "role": "father", "loci": {}}"""));

        summary.Errors.Single().Message.ShouldContain("found child's profile");
    }

    [Theory, DatabaseData]
    public async Task Long_csv_from_lab_software_imports_and_keeps_an_existing_attribution(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother));
        const string csv = """
            Sample Name,Marker,Allele 1,Allele 2,Size 1
            S-1,D3S1358,15,16,120.5
            S-1,vWA,17,18,
            S-1,AMEL,X,X,
            Q-7,D3S1358,14,,
            Q-7,TH01,9.3,6
            Q-7,Amelogenin,X,Y
            """;

        var summary = await RunAsync(database, csv, ImportFormat.Csv, "lab.csv");

        summary.Errors.ShouldBeEmpty();
        (summary.Created, summary.Updated).ShouldBe((1, 1));
        var exported = await ExportAsync(database);
        exported.ShouldContain("""{"id":"S-1","report":"R-1","role":"mother","sex":"F","loci":{"D3S1358":["15","16"],"vWA":["17","18"]}}""");
        exported.ShouldContain("""{"id":"Q-7","sex":"M","loci":{"D3S1358":["14","14"],"TH01":["6","9.3"]}}""");
    }

    [Theory, DatabaseData]
    public async Task Wide_csv_with_paired_marker_columns_imports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string csv = "sample\treport\trole\tD3S1358\tD3S1358b\tTH01_1\tTH01_2\tvWA\tvWA\n" +
            "S-9\tR-4\tfather\t15\t16\t6\t9.3\t17\t\n" +
            "Q-9\t\t\t14\t15\t\t\t18\t19\n";

        var summary = await RunAsync(database, csv, ImportFormat.Csv, "wide.tsv");

        summary.Errors.ShouldBeEmpty();
        var exported = await ExportAsync(database);
        exported.ShouldContain("""{"id":"S-9","report":"R-4","role":"father","sex":"M","loci":{"D3S1358":["15","16"],"TH01":["6","9.3"],"vWA":["17","17"]}}""");
        exported.ShouldContain("""{"id":"Q-9","sex":"U","loci":{"D3S1358":["14","15"],"vWA":["18","19"]}}""");
    }

    [Theory, DatabaseData]
    public async Task Bad_csv_rows_are_reported_with_their_lines(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string csv = """
            sample,marker,allele1,allele2,allele3
            S-1,D3S1358,15,16,
            S-1,D3S1358,15,17,
            S-2,vWA,17,18,19
            ,vWA,17,18,
            S-3,TH01,9 3,6,
            """;

        var summary = await RunAsync(database, csv, ImportFormat.Csv, "lab.csv");

        summary.Errors.Select(e => e.Place).ShouldBe(["lab.csv:3", "lab.csv:4", "lab.csv:5: sample", "lab.csv:6"]);
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task Codis_cmf_specimens_import_and_mixtures_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string good = """
            <?xml version="1.0" encoding="utf-8"?>
            <CODISImportFile xmlns="urn:CODISImportFile-schema">
              <HEADERVERSION>3.2</HEADERVERSION>
              <MESSAGETYPE>Import</MESSAGETYPE>
              <SOURCELAB>LAB01</SOURCELAB>
              <KIT>GlobalFiler</KIT>
              <SPECIMEN PARTIAL="false">
                <SPECIMENID>Q-20</SPECIMENID>
                <SPECIMENCATEGORY>Unidentified Person</SPECIMENCATEGORY>
                <LOCUS><LOCUSNAME>D3S1358</LOCUSNAME><READINGBY>x</READINGBY><ALLELE><ALLELEVALUE>15</ALLELEVALUE></ALLELE><ALLELE><ALLELEVALUE>16</ALLELEVALUE></ALLELE></LOCUS>
                <LOCUS><LOCUSNAME>TH01</LOCUSNAME><ALLELE><ALLELEVALUE>9.3</ALLELEVALUE></ALLELE></LOCUS>
                <LOCUS><LOCUSNAME>AMEL</LOCUSNAME><ALLELE><ALLELEVALUE>X</ALLELEVALUE></ALLELE><ALLELE><ALLELEVALUE>Y</ALLELEVALUE></ALLELE></LOCUS>
              </SPECIMEN>
            </CODISImportFile>
            """;

        var summary = await RunAsync(database, good, ImportFormat.Cmf, "lab.xml");

        summary.Errors.ShouldBeEmpty();
        await using (var db = database.Context())
        {
            var sample = await db.Samples.SingleAsync();
            (sample.Code, sample.Lab, sample.Kit).ShouldBe(("Q-20", "LAB01", "GlobalFiler"));
        }

        (await ExportAsync(database)).ShouldContain("""{"id":"Q-20","sex":"M","loci":{"D3S1358":["15","16"],"TH01":["9.3","9.3"]}}""");

        var bad = good.Replace("Q-20", "S-30", StringComparison.Ordinal).Replace("Unidentified Person", "Biological Mother", StringComparison.Ordinal)
            .Replace("<ALLELEVALUE>16</ALLELEVALUE></ALLELE>", "<ALLELEVALUE>16</ALLELEVALUE></ALLELE><ALLELE><ALLELEVALUE>17</ALLELEVALUE></ALLELE>", StringComparison.Ordinal);
        var refused = await RunAsync(database, bad, ImportFormat.Cmf, "bad.xml");
        refused.Errors.Single().ToString().ShouldBe("bad.xml:7: S-30: D3S1358: 3 alleles (a mixture) cannot be imported as a profile");

        var unregistered = await RunAsync(database, good.Replace("Q-20", "S-31", StringComparison.Ordinal).Replace("Unidentified Person", "Biological Mother", StringComparison.Ordinal), ImportFormat.Cmf, "rel.xml");
        unregistered.Errors.Single().Message.ShouldContain("not registered with a report");
    }

    [Theory, DatabaseData]
    public async Task Imported_relatives_join_a_report_registered_through_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = Guid.CreateVersion7();
        await using (var db = database.Context())
        {
            db.Reports.Add(new Entities.ReportEntity { Id = id, Code = "R-1", PoliceCaseNumber = "2021-117", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        (await RunAsync(database, Lines(Mother))).Errors.ShouldBeEmpty();

        await using (var db = database.Context())
        {
            (await db.Reports.CountAsync()).ShouldBe(1);
            var donor = await db.Donors.Include(d => d.Report).SingleAsync();
            donor.ReportId.ShouldBe(id);
            donor.Report!.PoliceCaseNumber.ShouldBe("2021-117");
            (await db.Samples.Where(s => s.Donor!.ReportId == id).Select(s => s.Code).ToListAsync()).ShouldBe(["S-1"]);
        }
    }

    [Theory, DatabaseData]
    public async Task Genotypes_only_must_not_contradict_the_sex_a_role_implies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother));

        var summary = await RunAsync(database, "sample,marker,allele1,allele2\nS-1,D3S1358,15,16\nS-1,AMEL,X,Y\n", ImportFormat.Csv, "lab.csv");

        summary.Errors.Single().Message.ShouldContain("is a mother's, but its Amelogenin or sex says M");
    }

    [Fact]
    public void Wide_header_pairs()
    {
        CsvGenotypeReader.PairName("D3S1358", "D3S1358").ShouldBe("D3S1358");
        CsvGenotypeReader.PairName("D3S1358", "D3S1358b").ShouldBe("D3S1358");
        CsvGenotypeReader.PairName("TH01_1", "TH01_2").ShouldBe("TH01");
        CsvGenotypeReader.PairName("Penta E a", "Penta E b").ShouldBe("Penta E");
        CsvGenotypeReader.PairName("TH01", "TH02").ShouldBeNull();
        CsvGenotypeReader.PairName("D3S1358", "vWA").ShouldBeNull();
    }
}
