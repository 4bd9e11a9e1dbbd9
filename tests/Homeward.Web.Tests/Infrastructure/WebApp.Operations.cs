using Homeward.Data.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>The operation every test application starts with: OP-1, recorded on the web, with no children yet.</summary>
public sealed partial class WebApp
{
    public const string SeedOperation = "OP-1";

    private async Task SeedOperationsAsync()
    {
        var created = await _app!.Services.GetRequiredService<CaseDirectory>()
            .CreateOperationAsync(new OperationInput(SeedOperation, "Seeded raid", new DateOnly(2022, 4, 1), ["云南"], 3, []), "test");
        created.IsSuccess.ShouldBeTrue();
    }
}
