namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>A browser test: skipped only as <see cref="Chromium.SkipReason"/> allows, otherwise it runs (and fails without Chromium).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason!;
    }
}
