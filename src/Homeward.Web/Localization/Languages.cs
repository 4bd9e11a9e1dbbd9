using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace Homeward.Web.Localization;

/// <summary>
/// English and simplified Chinese. The choice comes from the language cookie (set by the switch in the
/// layout), then the browser's Accept-Language, then English. The product runs with invariant
/// globalisation; <c>PredefinedCulturesOnly=false</c> lets zh-CN exist as a culture for resources.
/// </summary>
internal static class Languages
{
    public const string English = "en";

    public const string Chinese = "zh-CN";

    public static IReadOnlyList<string> Supported { get; } = [English, Chinese];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        options.DefaultRequestCulture = new RequestCulture(English);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
    }
}
