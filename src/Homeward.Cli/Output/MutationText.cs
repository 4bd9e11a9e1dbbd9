using Homeward.Kinship;

namespace Homeward.Cli.Output;

/// <summary>Names the mutation models of a case in a few words.</summary>
internal static class MutationText
{
    public static string Describe(MutationSettings settings)
    {
        var text = Describe(settings.Default);
        var overrides = settings.OverriddenMarkerKeys.ToList();
        return overrides.Count == 0 ? text : $"{text}, other models at {string.Join(", ", overrides)}";
    }

    private static string Describe(SexSpecificMutation models) =>
        ReferenceEquals(models.Male, models.Female) || (models.Male.IsNone && models.Female.IsNone)
            ? models.Male.Name
            : $"{models.Male.Name} (male), {models.Female.Name} (female)";
}
