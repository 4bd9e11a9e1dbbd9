using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots kept as test artefacts under the test output's <c>TestResults/screenshots</c>.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves <paramref name="page"/> as <c>{name}.png</c> and prints the path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        new FileInfo(path).Length.ShouldBeGreaterThan(0);
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
