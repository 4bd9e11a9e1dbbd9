namespace Homeward.Kinship.Tests.Validation;

/// <summary>
/// A report's H2 for identification (<see cref="ReportPedigree.ChildUnrelated"/>): every person of the
/// report's pedigree kept with the same parents, the missing child's place renamed and untyped, and the
/// found child a founder of its own.
/// </summary>
public sealed class ReportPedigreeTests
{
    [Theory]
    [InlineData(Sex.Male)]
    [InlineData(Sex.Female)]
    public void The_child_unrelated_pedigree_keeps_the_family_and_makes_the_child_a_founder(Sex childSex)
    {
        var report = ReportPedigree.Build("R-1", [("S1", FamilyRole.FullSibling, Sex.Female), ("C1", FamilyRole.Child, Sex.Male), ("G", FamilyRole.PaternalGrandmother, Sex.Female)], childSex).Value;

        var h2 = report.ChildUnrelated;

        h2.Count.ShouldBe(report.Pedigree.Count + 1);
        string? Renamed(string? id) => id == ReportPedigree.MissingChildId ? ReportPedigree.AbsentChildId : id;
        foreach (var person in report.Pedigree.Persons)
        {
            h2.Persons[h2.IndexOf(Renamed(person.Id)!)].ShouldBe(person with { Id = Renamed(person.Id)!, Father = Renamed(person.Father), Mother = Renamed(person.Mother) });
        }

        h2.Persons[h2.IndexOf(ReportPedigree.MissingChildId)].ShouldBe(new PersonSpec(ReportPedigree.MissingChildId, childSex));
        var child = h2.Persons[h2.IndexOf("C1")];
        (childSex == Sex.Male ? child.Father : child.Mother).ShouldBe(ReportPedigree.AbsentChildId);
    }
}
