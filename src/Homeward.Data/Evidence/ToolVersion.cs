using System.Reflection;

namespace Homeward.Data.Evidence;

/// <summary>The name and version of this tool as written into evidence manifests.</summary>
internal static class ToolVersion
{
    public static string Current { get; } = "homeward/" + (typeof(ToolVersion).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");
}
