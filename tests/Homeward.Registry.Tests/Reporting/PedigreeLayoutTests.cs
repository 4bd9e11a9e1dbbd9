using System.Xml.Linq;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;
using Homeward.Registry.Reporting;

namespace Homeward.Registry.Tests.Reporting;

/// <summary>The pedigree layout and its SVG for the report shapes of the registry.</summary>
public sealed class PedigreeLayoutTests
{
    private static (ReportPedigree Pedigree, PedigreeLayout Layout) Lay(string shape, Sex childSex = Sex.Male)
    {
        var roles = FamilyShape.Parse(shape, "shape").Value.Roles;
        var donors = roles.Select((r, i) => ($"S-{i + 1}", r, r.ImpliedSex() ?? (i % 2 == 0 ? Sex.Female : Sex.Male))).ToArray();
        var pedigree = ReportPedigree.Build("R-1", donors, childSex).Value;
        var typed = donors.Select(d => pedigree.Pedigree.IndexOf(d.Item1)).ToHashSet();
        var layout = PedigreeLayout.Create(pedigree.Pedigree, i => pedigree.Pedigree.Persons[i].Id + " <&>", typed.Contains, pedigree.MissingChild);
        return (pedigree, layout);
    }

    [Theory]
    [InlineData("mother", 2)]
    [InlineData("parents", 2)]
    [InlineData("mother+full-sibling", 2)]
    [InlineData("siblings", 2)]
    [InlineData("paternal-grandparents", 3)]
    [InlineData("grandparents", 3)]
    [InlineData("half-sibling", 2)]
    [InlineData("child", 3)]
    public void Children_sit_one_row_below_their_parents_partners_share_a_row_and_no_two_persons_overlap(string shape, int generations)
    {
        var (pedigree, layout) = Lay(shape);
        var nodes = layout.Nodes.ToDictionary(n => n.Person);

        layout.Generations.ShouldBe(generations);
        layout.Nodes.Select(n => (n.Generation, n.Slot)).Distinct().Count().ShouldBe(layout.Nodes.Count);
        foreach (var family in layout.Families)
        {
            nodes[family.Father].Generation.ShouldBe(nodes[family.Mother].Generation);
            Math.Abs(nodes[family.Father].Slot - nodes[family.Mother].Slot).ShouldBeLessThanOrEqualTo(2);
            family.Children.ShouldAllBe(c => nodes[c].Generation == nodes[family.Father].Generation + 1);
        }

        layout.Nodes.Single(n => n.IsMissingChild).Person.ShouldBe(pedigree.MissingChild);
        layout.Nodes.Count(n => n.Typed).ShouldBe(FamilyShape.Parse(shape, "shape").Value.Roles.Length);
    }

    [Fact]
    public void The_partner_of_a_missing_person_with_a_child_sits_beside_them_and_the_child_below()
    {
        var (pedigree, layout) = Lay("child");
        var x = layout.Nodes[pedigree.MissingChild];
        var partner = layout.Nodes.Single(n => n.Id == "~P");
        var child = layout.Nodes.Single(n => n.Id == "S-1");

        partner.Generation.ShouldBe(x.Generation);
        Math.Abs(partner.Slot - x.Slot).ShouldBe(1);
        child.Generation.ShouldBe(x.Generation + 1);
    }

    [Theory]
    [InlineData("mother")]
    [InlineData("grandparents")]
    [InlineData("mother+full-sibling")]
    [InlineData("half-sibling")]
    [InlineData("child")]
    public void The_svg_is_well_formed_escaped_and_draws_every_person(string shape)
    {
        var (_, layout) = Lay(shape, Sex.Female);

        var svg = XDocument.Parse(PedigreeSvg.Render(layout, "Pedigree <of> R-1 & co")).Root!;

        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Name.ShouldBe(ns + "svg");
        svg.Element(ns + "title")!.Value.ShouldBe("Pedigree <of> R-1 & co");
        svg.Elements(ns + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("person", StringComparison.Ordinal) == true).ShouldBe(layout.Nodes.Count);
        svg.Descendants(ns + "text").ShouldContain(t => t.Value.EndsWith(" <&>", StringComparison.Ordinal));
        svg.Descendants(ns + "line").Count(l => (string?)l.Attribute("class") == "partners").ShouldBe(layout.Families.Count);
    }
}
