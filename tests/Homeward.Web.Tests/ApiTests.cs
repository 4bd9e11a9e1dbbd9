using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>/api/v1: who may call what, the answers, and problem details for every error.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebApp app)
{
    public static TheoryData<string, HttpStatusCode> ReadCallers() => new()
    {
        { "administrator", HttpStatusCode.OK },
        { "investigator", HttpStatusCode.OK },
        { "lab-analyst", HttpStatusCode.OK },
        { "caseworker", HttpStatusCode.OK },
        { "volunteer", HttpStatusCode.Forbidden },
        { "key:cases:read", HttpStatusCode.OK },
        { "key:profiles:write", HttpStatusCode.Forbidden },
        { "key:revoked", HttpStatusCode.Unauthorized },
        { "key:hw_not-a-key", HttpStatusCode.Unauthorized },
        { "anonymous", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(ReadCallers))]
    public async Task Reading_a_report_or_found_child_by_caller(string caller, HttpStatusCode expected)
    {
        using var client = await ClientAsync(caller);
        foreach (var path in new[] { "/api/v1/reports/R-1", "/api/v1/found-children/Q-1" })
        {
            using var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(expected, path);
            if (expected != HttpStatusCode.OK)
            {
                await ShouldBeProblemAsync(response, expected);
            }
        }
    }

    [Fact]
    public async Task Genotypes_only_for_lab_analysts()
    {
        using var analyst = await app.SignedInAsync("lab-analyst");
        var seen = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/found-children/Q-1");
        seen.GetProperty("samples")[0].GetProperty("loci").GetString().ShouldNotBeNull().ShouldContain("D3S1358");

        foreach (var caller in new[] { "investigator", "key:cases:read" })
        {
            using var other = await ClientAsync(caller);
            var hidden = await other.GetFromJsonAsync<JsonElement>("/api/v1/reports/R-1");
            var sample = hidden.GetProperty("donors")[0].GetProperty("samples")[0];
            sample.GetProperty("code").GetString().ShouldBe("S-1");
            sample.GetProperty("loci").ValueKind.ShouldBe(JsonValueKind.Null, caller);
        }
    }

    [Fact]
    public async Task Unknown_code_is_a_404_problem()
    {
        using var client = await ClientAsync("key:cases:read");
        using var response = await client.GetAsync("/api/v1/reports/NO-SUCH");
        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Profiles_are_imported_with_a_write_key()
    {
        using var lab = await ClientAsync("key:profiles:write");
        var body = """{"id": "API-1", "sex": "F", "loci": {"D3S1358": ["14", "16"]}}""" + "\n" +
                   """{"id": "API-2", "report": "R-API", "role": "father", "loci": {"D3S1358": ["14", "15"]}}""" + "\n";
        using var response = await lab.PostAsync("/api/v1/profiles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("created").GetInt32().ShouldBe(2);

        using var again = await lab.PostAsync("/api/v1/profiles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32().ShouldBe(2);

        using var reader = await ClientAsync("key:cases:read");
        (await reader.GetAsync("/api/v1/reports/R-API")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_line_rejects_the_whole_submission_with_its_line()
    {
        using var lab = await ClientAsync("key:profiles:write");
        var body = """{"id": "BAD-1", "sex": "F", "loci": {"D3S1358": ["14", "16"]}}""" + "\n" +
                   """{"sex": "F", "loci": {}}""" + "\n";
        using var response = await lab.PostAsync("/api/v1/profiles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors")[0];
        error.GetProperty("place").GetString().ShouldBe("request:2: id");

        using var reader = await ClientAsync("key:cases:read");
        (await reader.GetAsync("/api/v1/found-children/BAD-1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_profile_with_the_code_of_a_found_child_recorded_on_the_web_becomes_its_sample()
    {
        using var worker = await ClientAsync("caseworker");
        (await worker.PostAsJsonAsync("/api/v1/found-children", new { code = "FC-LATER", sex = "M", person = new { nameRomanised = "Chen Hao" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        using var lab = await ClientAsync("key:profiles:write");
        using var response = await lab.PostAsync("/api/v1/profiles", new StringContent("""{"id": "FC-LATER", "loci": {"D3S1358": ["14", "16"]}}""" + "\n", Encoding.UTF8, "application/x-ndjson"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var child = await worker.GetFromJsonAsync<JsonElement>("/api/v1/found-children/FC-LATER");
        child.GetProperty("person").GetProperty("nameRomanised").GetString().ShouldBe("Chen Hao");
        child.GetProperty("samples")[0].GetProperty("code").GetString().ShouldBe("FC-LATER");
    }

    [Fact]
    public async Task An_empty_submission_is_a_400_problem()
    {
        using var lab = await ClientAsync("key:profiles:write");
        using var response = await lab.PostAsync("/api/v1/profiles", new StringContent("\n", Encoding.UTF8, "application/x-ndjson"));
        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("key:cases:read", HttpStatusCode.Forbidden)]
    [InlineData("key:revoked", HttpStatusCode.Unauthorized)]
    [InlineData("administrator", HttpStatusCode.Unauthorized)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    public async Task Submitting_profiles_needs_the_write_scope(string caller, HttpStatusCode expected)
    {
        using var client = await ClientAsync(caller);
        using var response = await client.PostAsync("/api/v1/profiles", new StringContent("""{"id": "X-1", "loci": {}}""" + "\n", Encoding.UTF8, "application/x-ndjson"));
        await ShouldBeProblemAsync(response, expected);
    }

    [Fact]
    public async Task Creating_a_found_child_answers_201_then_409_and_422_for_bad_fields()
    {
        using var client = await ClientAsync("caseworker");
        var child = new { code = "API-FC-1", sex = "F", foundOn = "2024-05-01", estimatedBirthYear = 2019, institution = "Home", person = new { familyName = "李", givenName = "梅", nameRomanised = "Li Mei" } };
        using (var created = await client.PostAsJsonAsync("/api/v1/found-children", child))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
            created.Headers.Location!.ToString().ShouldBe("/api/v1/found-children/API-FC-1");
        }

        using (var duplicate = await client.PostAsJsonAsync("/api/v1/found-children", child))
        {
            await ShouldBeProblemAsync(duplicate, HttpStatusCode.Conflict);
        }

        using var invalid = await client.PostAsJsonAsync("/api/v1/found-children", child with { code = "API-FC-2", sex = "X", foundOn = "2999-01-01" });
        var problem = await ShouldBeProblemAsync(invalid, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("place").GetString()).ShouldBe(["Sex", "FoundOn"], ignoreOrder: true);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var client = await ClientAsync("caseworker");
        using var response = await client.PostAsync("/api/v1/found-children", new StringContent("{not json", Encoding.UTF8, "application/json"));
        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("lab-analyst", HttpStatusCode.Forbidden)]
    [InlineData("volunteer", HttpStatusCode.Forbidden)]
    [InlineData("key:cases:read", HttpStatusCode.Unauthorized)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    public async Task Creating_a_found_child_needs_a_writing_role(string caller, HttpStatusCode expected)
    {
        using var client = await ClientAsync(caller);
        using var response = await client.PostAsJsonAsync("/api/v1/found-children", new { code = "DENIED-1", sex = "F", person = new { } });
        await ShouldBeProblemAsync(response, expected);
    }

    [Fact]
    public async Task OpenApi_describes_the_endpoints_and_health_answers()
    {
        using var client = app.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/profiles", "/api/v1/reports/{code}", "/api/v1/found-children/{code}", "/api/v1/found-children" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
    }

    private async Task<HttpClient> ClientAsync(string caller) => caller switch
    {
        "anonymous" => app.Anonymous(),
        _ when caller.StartsWith("key:hw_", StringComparison.Ordinal) => app.WithKey(caller["key:".Length..]),
        _ when caller.StartsWith("key:", StringComparison.Ordinal) => app.WithKey(app.Keys[caller["key:".Length..]]),
        _ => await app.SignedInAsync(caller),
    };

    private static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        return problem;
    }
}
