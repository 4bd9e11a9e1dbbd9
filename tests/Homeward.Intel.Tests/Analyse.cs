using Homeward.Intel.Entities;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Tests;

/// <summary>Shortcuts for the tests.</summary>
internal static class Analyse
{
    private static readonly PostAnalyser Analyser = new();

    public static PostAnalysis Text(string text) => Analyser.Analyse(new Post("t", null, null, null, null, text));

    public static List<Entity> Entities(string text, EntityType type) => [.. Text(text).Entities.Where(e => e.Type == type)];
}
