using Homeward.Registry.Cases;

namespace Homeward.Web.Pages.Reports;

/// <summary>The English words (resource keys) for consent scopes and guardian statuses.</summary>
internal static class ConsentText
{
    public static string Of(ConsentScopes scope) => scope switch
    {
        ConsentScopes.DomesticIdentification => "Domestic identification",
        ConsentScopes.InternationalSearch => "International search",
        ConsentScopes.Evidence => "Use as evidence",
        ConsentScopes.KeepAfterReunion => "Keep after reunion",
        _ => scope.ToString(),
    };

    public static string Of(GuardianStatus status) => status switch
    {
        GuardianStatus.Guardian => "Legal guardian",
        GuardianStatus.SuspectedOfSelling => "Suspected of selling the child",
        _ => "Not a guardian",
    };
}
