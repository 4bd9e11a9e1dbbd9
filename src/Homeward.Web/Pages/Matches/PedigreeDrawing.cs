using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Xml.Linq;
using Homeward.Data.Registry;
using Homeward.Registry.Cases;
using Homeward.Registry.Reporting;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Pages.Matches;

/// <summary>
/// The pedigree of a match under review as inline SVG (<see cref="PedigreeSvg"/>: presentation
/// attributes, no <c>style</c>, so the CSP holds): the report's relatives who were searched (typed, with
/// consent to identification) marked, the found child placed as the missing child. Relatives are named by
/// role; their names are written only for investigators and caseworkers, the audiences of the match
/// reports that see names (a lab analyst works under sample codes, an administrator does not need them).
/// </summary>
internal static class PedigreeDrawing
{
    /// <summary>The prefix of the pedigree's words in the resources (so "found child" never collides with "Found child").</summary>
    public const string WordPrefix = "pedigree: ";

    /// <summary>Whether <paramref name="user"/> sees the relatives' names on the pedigree.</summary>
    public static bool ShowsNames(ClaimsPrincipal user) =>
        !user.IsInRole(Roles.LabAnalyst) && (user.IsInRole(Roles.Investigator) || user.IsInRole(Roles.Caseworker));

    /// <summary>A word of the pedigree (a role in words such as <c>paternal grandmother</c>, <c>not typed</c>) in the reader's language; the English word when it has no translation.</summary>
    public static string Word(IStringLocalizer localizer, string english)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[WordPrefix + english];
        return text.ResourceNotFound ? english : text.Value;
    }

    // A match's details are immutable and, on SQLite, the same instance is shown while the registry is
    // unchanged (Homeward.Data.Reading.ReadCache): its drawing is kept with it, per audience and language.
    private static readonly ConditionalWeakTable<MatchDetail, ConcurrentDictionary<(bool Names, string Culture), IHtmlContent?>> Drawn = new();

    /// <summary>The drawing, or null when the match has no sides or its relatives make no pedigree.</summary>
    public static IHtmlContent? Render(MatchDetail detail, ClaimsPrincipal user, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(localizer);
        var names = ShowsNames(user);
        return Drawn.GetOrCreateValue(detail).GetOrAdd((names, CultureInfo.CurrentUICulture.Name), key => Draw(detail, key.Names, localizer));
    }

    private static IHtmlContent? Draw(MatchDetail detail, bool names, IStringLocalizer localizer)
    {
        if (detail.Report is null || detail.FoundChild is null)
        {
            return null;
        }

        var typed = detail.TypedSamples.ToHashSet(StringComparer.Ordinal);
        var searched = detail.Donors
            .Where(d => d.SampleCode is { } code && typed.Contains(code) && d.Consent.Allows(ConsentScopes.DomesticIdentification))
            .ToArray();
        string Words(string english) => Word(localizer, english);

        var layout = MatchPedigree.Layout(detail.Report.Id, detail.FoundChild, searched, names, Words);
        if (layout is null)
        {
            return null;
        }

        var svg = PedigreeSvg.Draw(layout, localizer["Pedigree of H1: the found child as the report's missing child"], Words);
        svg.SetAttributeValue("class", "pedigree");
        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));
    }
}
