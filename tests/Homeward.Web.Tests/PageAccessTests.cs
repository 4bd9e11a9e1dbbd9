using System.Net;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>Every page × every role: allowed (200), denied (to access denied), anonymous (to sign-in).</summary>
[Collection(WebCollection.Name)]
public sealed class PageAccessTests(WebApp app)
{
    private const string Anonymous = "anonymous";

    // Written out here, independently of the application's policies, so that a policy change shows.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["/"] = ["administrator", "investigator", "lab-analyst", "caseworker", "volunteer"],
        ["/Reports"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Reports/Detail/R-1"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Reports/Edit"] = ["administrator", "investigator", "caseworker"],
        ["/Reports/Edit/R-1"] = ["administrator", "investigator", "caseworker"],
        ["/FoundChildren"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/FoundChildren/Detail/Q-1"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/FoundChildren/Edit"] = ["administrator", "investigator", "caseworker"],
        ["/FoundChildren/Edit/Q-1"] = ["administrator", "investigator", "caseworker"],
        ["/Matches"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Matches?state=Potential"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Public"] = ["administrator", "investigator", "lab-analyst", "caseworker", "volunteer"],
        ["/Admin/Audit"] = ["administrator"],
        ["/Admin/Users"] = ["administrator"],
        ["/Admin/Retention"] = ["administrator"],
        ["/Admin/Frequencies"] = ["administrator"],
        ["/intel"] = ["administrator", "investigator"],
        ["/intel?unlabelled=true&p=2"] = ["administrator", "investigator"],
        ["/intel/posts/p1"] = ["administrator", "investigator"],
        ["/intel/search?q=13812345678"] = ["administrator", "investigator"],
        ["/intel/rings"] = ["administrator", "investigator"],
        ["/intel/rings/r1"] = ["administrator", "investigator"],
        ["/intel/rings/r1/graph.json"] = ["administrator", "investigator"],
        ["/intel/rings/r1/export.zip"] = ["administrator", "investigator"],
        ["/Reports/Consent/R-1"] = ["administrator", "caseworker"],
        ["/Photos/Upload/report/R-1"] = ["administrator", "investigator", "caseworker"],
        ["/Photos/Upload/found-child/Q-1"] = ["administrator", "investigator", "caseworker"],
        ["/Account/TwoFactor"] = ["administrator", "investigator", "lab-analyst", "caseworker", "volunteer"],
        ["/Operations"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Operations?p=2"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Operations/Detail/OP-1"] = ["administrator", "investigator", "lab-analyst", "caseworker"],
        ["/Operations/Edit"] = ["administrator", "investigator", "caseworker"],
        ["/Operations/Edit/OP-1"] = ["administrator", "investigator", "caseworker"],
        ["/Lab/Samples"] = ["lab-analyst"],
        ["/Lab/Samples?code=s&lab=l&kit=k&collected=2024-02-01&p=2"] = ["lab-analyst"],
        ["/Lab/Samples/S-1"] = ["lab-analyst"],
        ["/Lab/Samples/Q-1"] = ["lab-analyst"],
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Allowed.Keys)
        {
            foreach (var role in Homeward.Web.Security.Roles.All.Append(Anonymous))
            {
                data.Add(page, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_answers_by_role(string page, string role)
    {
        using var client = role == Anonymous ? app.Anonymous() : await app.SignedInAsync(role);
        using var response = await client.GetAsync(page);
        if (role == Anonymous)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login?ReturnUrl=");
        }
        else if (Allowed[page].Contains(role))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        }
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/AccessDenied")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/site.css")]
    public async Task Public_paths_need_no_sign_in(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(path == "/Account/AccessDenied" ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_case_is_404()
    {
        using var client = await app.SignedInAsync("investigator");
        (await client.GetAsync("/Reports/Detail/NO-SUCH")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/FoundChildren/Detail/NO-SUCH")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Navigation_follows_the_role()
    {
        using var volunteer = await app.SignedInAsync("volunteer");
        var page = await volunteer.GetStringAsync("/");
        page.ShouldContain("href=\"/Public\"");
        page.ShouldNotContain("href=\"/Reports\"");
        page.ShouldNotContain("href=\"/Admin/Users\"");

        using var admin = await app.SignedInAsync("administrator");
        var adminPage = await admin.GetStringAsync("/");
        adminPage.ShouldContain("href=\"/Reports\"");
        adminPage.ShouldContain("href=\"/Admin/Users\"");
    }
}
