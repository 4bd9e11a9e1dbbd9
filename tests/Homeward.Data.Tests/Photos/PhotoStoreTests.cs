using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Photos;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Photos.TestImages;

namespace Homeward.Data.Tests.Photos;

/// <summary>Photos stored, listed, read and deleted, each audited under the case's code, on both providers.</summary>
public sealed class PhotoStoreTests
{
    [Theory, DatabaseData]
    public async Task A_photo_is_added_listed_read_and_deleted_with_an_audit_entry_for_each(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-7", "F", null, 2019, null, new PersonDetails("李", "小芳")), "worker")).IsSuccess.ShouldBeTrue();
        var photos = new PhotoStore(database.Settings, TimeProvider.System, Limits);

        var added = (await photos.AddAsync(PhotoOwner.FoundChild, "FC-7", JpegWithGps(64, 48), "  李小芳 at intake ", "worker")).Value;
        added.OwnerCode.ShouldBe("FC-7");
        added.ContentType.ShouldBe("image/jpeg");
        (added.Width, added.Height).ShouldBe((64, 48));
        added.Caption.ShouldBe("李小芳 at intake");
        added.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JpegClean(64, 48))));

        var listed = await photos.ListAsync(PhotoOwner.FoundChild, "FC-7", "reader");
        listed.ShouldNotBeNull().Select(p => p.Id).ShouldBe([added.Id]);
        (await photos.ListAsync(PhotoOwner.Report, "FC-7", "reader")).ShouldBeNull("FC-7 is a found child, not a report");

        var read = (await photos.GetAsync(added.Id, "reader")).ShouldNotBeNull();
        read.Bytes.ShouldBe(JpegClean(64, 48));
        read.Info.ShouldBe(added);

        (await photos.DeleteAsync(added.Id, "worker")).ShouldNotBeNull().Id.ShouldBe(added.Id);
        (await photos.GetAsync(added.Id, "reader")).ShouldBeNull();
        (await photos.DeleteAsync(added.Id, "worker")).ShouldBeNull();
        (await photos.ListAsync(PhotoOwner.FoundChild, "FC-7", "reader")).ShouldNotBeNull().ShouldBeEmpty();

        var log = (await cases.AuditLogAsync(1, 100)).Items;
        log.Where(a => a.EntityType == "found-child" && a.EntityId == "FC-7" && a.Action.StartsWith("photo-", StringComparison.Ordinal))
            .OrderBy(a => a.Sequence).Select(a => (a.Action, a.Actor))
            .ShouldBe([("photo-add", "worker"), ("photo-list", "reader"), ("photo-read", "reader"), ("photo-delete", "worker"), ("photo-list", "reader")]);
        var add = log.Single(a => a.Action == "photo-add");
        add.Details.ShouldContain(added.Id.ToString());
        add.Details.ShouldContain("JPEG APP1 (Exif)");
        log.Single(a => a.Action == "photo-read" && a.EntityType == "photo").EntityId.ShouldBe(added.Id.ToString());
        log.ShouldAllBe(a => !a.Details.Contains("李", StringComparison.Ordinal) && !a.Details.Contains("intake", StringComparison.Ordinal));
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task A_match_reads_both_sides_photos_at_once_batched_and_audited_per_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        (await cases.CreateReportAsync(new ReportInput("R-8", null, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-8", "F", null, 2019, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-9", "F", null, 2019, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        var writer = new PhotoStore(database.Settings, TimeProvider.System, Limits);
        var reportPhoto = (await writer.AddAsync(PhotoOwner.Report, "R-8", JpegWithGps(64, 48), null, "worker")).Value;
        var childPhotos = new[]
        {
            (await writer.AddAsync(PhotoOwner.FoundChild, "FC-8", JpegWithGps(32, 32), null, "worker")).Value,
            (await writer.AddAsync(PhotoOwner.FoundChild, "FC-8", JpegWithGps(16, 16), null, "worker")).Value,
        };
        (await writer.AddAsync(PhotoOwner.FoundChild, "FC-9", JpegWithGps(8, 8), null, "worker")).IsSuccess.ShouldBeTrue();

        MatchPhotos both;
        await using (var batcher = new AuditBatcher(database.Settings, TimeProvider.System))
        {
            both = await new PhotoStore(database.Settings, TimeProvider.System, Limits, batcher).ListForMatchAsync("M-3", "R-8", "FC-8", "reviewer");
        }

        both.Report.Select(p => p.Id).ShouldBe([reportPhoto.Id]);
        both.Report.ShouldAllBe(p => p.Owner == PhotoOwner.Report && p.OwnerCode == "R-8");
        both.FoundChild.Select(p => p.Id).ShouldBe(childPhotos.Select(p => p.Id), ignoreOrder: true);
        both.FoundChild.ShouldAllBe(p => p.Owner == PhotoOwner.FoundChild && p.OwnerCode == "FC-8");
        var listed = (await cases.AuditLogAsync(1, 100)).Items.Where(a => a.Action == "photo-list").ToList();
        listed.Select(a => (a.Actor, a.EntityType, a.EntityId)).ShouldBe([("reviewer", "report", "R-8"), ("reviewer", "found-child", "FC-8")], ignoreOrder: true);
        listed.ShouldAllBe(a => a.Details.Contains("M-3", StringComparison.Ordinal));
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task A_refused_upload_stores_nothing_and_says_why(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        (await cases.CreateReportAsync(new ReportInput("R-7", null, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        var photos = new PhotoStore(database.Settings, TimeProvider.System, Limits with { MaxBytes = 100 });

        var refused = await photos.AddAsync(PhotoOwner.Report, "R-7", PngWithText(), new string('x', 201), "worker");
        refused.Errors!.Select(e => e.Place).ShouldBe(["file", "caption"]);
        refused.Errors![0].Message.ShouldContain("at most 100 are accepted");
        refused.Errors![1].Message.ShouldContain("at most 200");

        (await photos.AddAsync(PhotoOwner.Report, "R-404", PngClean(), null, "worker")).Errors!.Single().ShouldBe(new Kinship.InputError("code", "there is no report R-404"));

        await using var db = database.Context();
        (await db.Photos.CountAsync()).ShouldBe(0);
        (await db.AuditEntries.CountAsync(a => a.Action == "photo-add")).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task Photos_go_with_their_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        (await cases.CreateReportAsync(new ReportInput("R-8", null, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateReportAsync(new ReportInput("R-9", null, null, new PersonDetails()), "worker")).IsSuccess.ShouldBeTrue();
        var photos = new PhotoStore(database.Settings, TimeProvider.System, Limits);
        (await photos.AddAsync(PhotoOwner.Report, "R-8", WebPWithExif(), null, "worker")).IsSuccess.ShouldBeTrue();
        (await photos.AddAsync(PhotoOwner.Report, "R-9", PngWithText(), null, "worker")).IsSuccess.ShouldBeTrue();

        await using (var db = database.Context())
        {
            await db.Reports.Where(r => r.Code == "R-8").ExecuteDeleteAsync();
        }

        (await photos.ListAsync(PhotoOwner.Report, "R-9", "reader")).ShouldNotBeNull().Single().ContentType.ShouldBe("image/png");
        await using var check = database.Context();
        (await check.Photos.CountAsync()).ShouldBe(1);
    }
}
