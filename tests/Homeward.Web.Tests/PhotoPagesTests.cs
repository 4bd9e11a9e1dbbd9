using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Homeward.Data.Accounts;
using Homeward.Data.Cases;
using Homeward.Data.Photos;
using Homeward.Data.Registry;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Data.Tests.Photos.TestImages;

namespace Homeward.Web.Tests;

/// <summary>Photos on the case pages: who may see, add and delete them, what is stored, what is audited.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PhotoPagesTests(WebApp app)
{
    private const string Anonymous = "anonymous";

    // Written out here, independently of the policies: who may fetch a photo's bytes.
    private static readonly string[] Readers = ["administrator", "investigator", "lab-analyst", "caseworker"];

    public static TheoryData<string> AllRoles() => [.. Homeward.Web.Security.Roles.All.Append(Anonymous)];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task The_image_answers_by_role_never_cached_never_sniffed(string role)
    {
        var photo = await AddAsync(PhotoOwner.FoundChild, "Q-1", PngWithText());
        using var client = role == Anonymous ? app.Anonymous() : await app.SignedInAsync(role);

        using var response = await client.GetAsync($"/Photos/Image/{photo.Id}");

        if (role == Anonymous)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
        }
        else if (Readers.Contains(role))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            response.Headers.CacheControl!.Private.ShouldBeTrue();
            response.Headers.CacheControl.NoStore.ShouldBeTrue();
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(PngClean());
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }

        (await response.Content.ReadAsByteArrayAsync()).AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(Secret)).ShouldBe(-1);
    }

    [Fact]
    public async Task A_photo_is_uploaded_shown_fetched_and_deleted_and_each_step_is_audited()
    {
        await CreateReportAsync("R-PHOTO-1");
        using var client = await app.SignedInAsync("caseworker");

        var uploaded = await UploadAsync(client, "/Reports/Detail/R-PHOTO-1", "/Photos/Upload/report/R-PHOTO-1", JpegWithGps(800, 600), "photo.png", "image/png", "at intake");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        uploaded.Headers.Location!.ToString().ShouldBe("/Reports/Detail/R-PHOTO-1");

        var page = await client.GetStringAsync("/Reports/Detail/R-PHOTO-1");
        var id = ImagePattern().Match(page).Groups[1].Value;
        id.ShouldNotBeEmpty();
        page.ShouldContain("width=\"160\" height=\"120\"");
        page.ShouldContain("at intake");
        page.ShouldContain($"href=\"/Photos/Delete/{id}\"");

        var image = await client.GetByteArrayAsync($"/Photos/Image/{id}");
        image.ShouldBe(JpegClean(800, 600));
        Contains(image, Secret).ShouldBeFalse();

        var deleted = await PostAsync(client, $"/Photos/Delete/{id}", $"/Photos/Delete/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location!.ToString().ShouldBe("/Reports/Detail/R-PHOTO-1");
        (await client.GetAsync($"/Photos/Image/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync("/Reports/Detail/R-PHOTO-1")).ShouldNotContain(id);

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        var mine = log.Items.Where(a => a.Actor == "web:" + WebApp.UserOf("caseworker") && a.EntityType == "report" && a.EntityId == "R-PHOTO-1").Select(a => a.Action).ToList();
        mine.ShouldContain("photo-add");
        mine.ShouldContain("photo-list");
        mine.ShouldContain("photo-read");
        mine.ShouldContain("photo-delete");
        log.Items.Where(a => a.Action.StartsWith("photo-", StringComparison.Ordinal)).ShouldAllBe(a => !a.Details.Contains("intake", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gif", "is not a JPEG, PNG or WebP image")]
    [InlineData("truncated", "the file ends before its end-of-image marker (truncated)")]
    [InlineData("too-big", "at most 5242880 are accepted")]
    [InlineData("caption", "at most 200")]
    public async Task A_refused_upload_answers_422_with_the_reason_and_stores_nothing(string kind, string reason)
    {
        await CreateReportAsync("R-PHOTO-2");
        using var client = await app.SignedInAsync("investigator");
        byte[] file = kind switch
        {
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0],
            "truncated" => [0xFF, 0xD8, .. Jfif],
            "too-big" => new byte[(5 * 1024 * 1024) + 1],
            _ => PngClean(),
        };

        var response = await UploadAsync(client, "/Reports/Detail/R-PHOTO-2", "/Photos/Upload/report/R-PHOTO-2", file, "child.jpg", "image/jpeg", kind == "caption" ? new string('x', 201) : null);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain(reason);
        (await app.Services.GetRequiredService<PhotoStore>().ListAsync(PhotoOwner.Report, "R-PHOTO-2", "test")).ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task Uploads_need_a_writer_the_antiforgery_token_and_an_existing_case()
    {
        using var analyst = await app.SignedInAsync("lab-analyst");
        var page = await analyst.GetStringAsync("/FoundChildren/Detail/Q-1");
        page.ShouldNotContain("/Photos/Upload/");
        using var denied = await analyst.PostAsync("/Photos/Upload/found-child/Q-1", Multipart(PngClean(), "a.png", "image/png", null, token: null));
        denied.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");

        using var writer = await app.SignedInAsync("caseworker");
        (await writer.GetStringAsync("/FoundChildren/Detail/Q-1")).ShouldContain("action=\"/Photos/Upload/found-child/Q-1\"");
        using var noToken = await writer.PostAsync("/Photos/Upload/found-child/Q-1", Multipart(PngClean(), "a.png", "image/png", null, token: null));
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await UploadAsync(writer, "/FoundChildren/Detail/Q-1", "/Photos/Upload/found-child/NO-SUCH", PngClean(), "a.png", "image/png", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(writer, "/FoundChildren/Detail/Q-1", "/Photos/Upload/someone/Q-1", PngClean(), "a.png", "image/png", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_needs_a_writer()
    {
        var photo = await AddAsync(PhotoOwner.FoundChild, "Q-1", WebPWithExif());
        using var analyst = await app.SignedInAsync("lab-analyst");
        (await analyst.GetStringAsync("/FoundChildren/Detail/Q-1")).ShouldNotContain($"/Photos/Delete/{photo.Id}");
        (await analyst.GetAsync($"/Photos/Delete/{photo.Id}")).Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await analyst.GetAsync($"/Photos/Image/{photo.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_match_review_shows_both_sides_photos()
    {
        var store = (await RegistryStore.OpenAsync(app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
        var scenario = new RegistryScenario(11);
        var family = scenario.NewFamily("R-9501");
        await RegistryScenario.AddFamilyAsync(store, family);
        var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("FC-9501", family.ChildGenotypes));
        var id = outcome.NewMatches.ShouldHaveSingleItem();
        var reportPhoto = await AddAsync(PhotoOwner.Report, "R-9501", JpegWithGps());
        var childPhoto = await AddAsync(PhotoOwner.FoundChild, "FC-9501", PngWithText());

        using var client = await app.SignedInAsync("lab-analyst");
        var page = await client.GetStringAsync($"/Matches/Review/{id}");

        page.ShouldContain($"src=\"/Photos/Image/{reportPhoto.Id}\"");
        page.ShouldContain($"src=\"/Photos/Image/{childPhoto.Id}\"");
        page.ShouldNotContain("/Photos/Upload/");
        page.ShouldNotContain("/Photos/Delete/");
    }

    [Fact]
    public async Task The_api_lists_a_cases_photos_to_readers_and_keys_with_cases_read()
    {
        await CreateReportAsync("R-PHOTO-3");
        var photo = await AddAsync(PhotoOwner.Report, "R-PHOTO-3", PngWithText(4, 3));
        using var key = app.WithKey(app.Keys[ApiKeyScopes.CasesRead]);
        var listed = await key.GetFromJsonAsync<List<Api.PhotoListed>>("/api/v1/reports/R-PHOTO-3/photos");
        listed.ShouldNotBeNull().ShouldHaveSingleItem().ShouldBe(new Api.PhotoListed(photo.Id, "image/png", 4, 3, photo.Length, photo.Sha256, null, photo.UploadedAt, $"/Photos/Image/{photo.Id}"));
        (await key.GetAsync("/api/v1/reports/NO-SUCH/photos")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await key.GetAsync("/api/v1/found-children/Q-1/photos")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var investigator = await app.SignedInAsync("investigator");
        (await investigator.GetAsync("/api/v1/reports/R-PHOTO-3/photos")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var volunteer = await app.SignedInAsync("volunteer");
        (await volunteer.GetAsync("/api/v1/reports/R-PHOTO-3/photos")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var lab = app.WithKey(app.Keys[ApiKeyScopes.ProfilesWrite]);
        (await lab.GetAsync("/api/v1/reports/R-PHOTO-3/photos")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = app.Anonymous();
        (await anonymous.GetAsync("/api/v1/reports/R-PHOTO-3/photos")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await key.GetAsync($"/Photos/Image/{photo.Id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK, "the bytes are for signed-in readers only");
    }

    private async Task<PhotoInfo> AddAsync(PhotoOwner owner, string code, byte[] bytes) =>
        (await app.Services.GetRequiredService<PhotoStore>().AddAsync(owner, code, bytes, null, "test")).Value;

    private async Task CreateReportAsync(string code)
    {
        var cases = app.Services.GetRequiredService<CaseDirectory>();
        if (await cases.ReadReportAsync(code, false, "test") is null)
        {
            (await cases.CreateReportAsync(new ReportInput(code, null, null, new PersonDetails()), "test")).IsSuccess.ShouldBeTrue();
        }
    }

    /// <summary>Takes the antiforgery token from <paramref name="formPage"/> and posts the file the way a browser's multipart form does.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string formPage, string action, byte[] file, string fileName, string contentType, string? caption) =>
        await client.PostAsync(action, Multipart(file, fileName, contentType, caption, await TokenAsync(client, formPage)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string formPage) =>
        await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(client, formPage) }));

    private static MultipartFormDataContent Multipart(byte[] file, string fileName, string contentType, string? caption, string? token)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(part, "Photo", fileName);
        if (caption is not null)
        {
            content.Add(new StringContent(caption), "Caption");
        }

        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return content;
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var match = TokenPattern().Match(await client.GetStringAsync(page));
        match.Success.ShouldBeTrue($"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("src=\"/Photos/Image/([0-9a-f-]{36})\"")]
    private static partial Regex ImagePattern();
}
