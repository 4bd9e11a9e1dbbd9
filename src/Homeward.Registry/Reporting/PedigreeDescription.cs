namespace Homeward.Registry.Reporting;

/// <summary>A pedigree layout in words, one couple per line: "father (not typed) × mother S-1 → missing child, full sibling S-2".</summary>
public static class PedigreeDescription
{
    /// <summary>The couples and their children, with typed persons marked.</summary>
    public static IReadOnlyList<string> Describe(PedigreeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var nodes = layout.Nodes.ToDictionary(n => n.Person);
        return [.. layout.Families.Select(f => $"{Name(nodes[f.Father])} × {Name(nodes[f.Mother])} → {string.Join(", ", f.Children.Select(c => Name(nodes[c])))}")];
    }

    private static string Name(PedigreeNode node)
    {
        var label = node.Label.Replace('\n', ' ');
        return node.Typed ? $"{label} [DNA]" : label;
    }
}
