using Homeward.Kinship.Simulation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class FamilyShapeTests
{
    [Theory]
    [InlineData("mother", "Mother")]
    [InlineData("parents", "Mother+Father")]
    [InlineData("siblings", "FullSibling+FullSibling")]
    [InlineData("mother + full-sibling*3", "Mother+FullSibling+FullSibling+FullSibling")]
    [InlineData("grandparents", "MaternalGrandmother+MaternalGrandfather+PaternalGrandmother+PaternalGrandfather")]
    [InlineData("child*2+father", "Father+Child+Child")]
    public void Shapes_parse_to_role_multisets(string text, string roles) =>
        string.Join("+", FamilyShape.Parse(text, "shapes").Value.Roles).ShouldBe(roles);

    [Theory]
    [InlineData("aunt", "'aunt' is not a role")]
    [InlineData("mother*2", "only one mother")]
    [InlineData("full-sibling*0", "from 1 to 9")]
    [InlineData("", "empty")]
    public void Bad_shapes_say_why(string text, string message) =>
        FamilyShape.Parse(text, "shapes").Errors!.Single().Message.ShouldContain(message);

    [Theory]
    [InlineData("mother:0.5,father:0.4", "sum to")]
    [InlineData("mother:0.5,father", "needs a weight")]
    [InlineData("mother:x,father:1", "positive number")]
    [InlineData("parents:0.5,father+mother:0.5", "listed twice")]
    public void Bad_mixes_say_why(string text, string message)
    {
        var result = FamilyShapeMix.Parse(text, "shapes");
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.Place == "shapes");
        string.Join("; ", result.Errors).ShouldContain(message);
    }

    [Fact]
    public void The_default_mix_is_the_documented_one()
    {
        var mix = FamilyShapeMix.Default;
        mix.Entries.Select(e => e.Weight).ShouldBe([0.30, 0.10, 0.20, 0.15, 0.10, 0.05, 0.05, 0.05]);
        mix.Entries.Sum(e => e.Weight).ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Family_pedigrees_link_each_role_to_the_missing_child_as_named()
    {
        var shape = FamilyShape.Parse("father+mother+full-sibling+maternal-half-sibling+paternal-half-sibling+grandparents+child", "s").Value;
        var family = FamilyPedigree.Build(shape, SimulationRandom.For(1, RandomStream.Family, 0));
        var p = family.Pedigree;
        string? Father(string id) => p.Fathers[p.IndexOf(id)] is var f and >= 0 ? p.Persons[f].Id : null;
        string? Mother(string id) => p.Mothers[p.IndexOf(id)] is var m and >= 0 ? p.Persons[m].Id : null;
        var role = family.Typed.ToDictionary(t => t.Role, t => t.Id);

        var x = FamilyPedigree.MissingChildId;
        var father = role[FamilyRole.Father];
        var mother = role[FamilyRole.Mother];
        Father(x).ShouldBe(role[FamilyRole.Father]);
        Mother(x).ShouldBe(role[FamilyRole.Mother]);
        (Father(role[FamilyRole.FullSibling]), Mother(role[FamilyRole.FullSibling])).ShouldBe((father, mother));
        Mother(role[FamilyRole.MaternalHalfSibling]).ShouldBe(mother);
        Father(role[FamilyRole.MaternalHalfSibling]).ShouldNotBe(father);
        Father(role[FamilyRole.PaternalHalfSibling]).ShouldBe(father);
        Mother(role[FamilyRole.PaternalHalfSibling]).ShouldNotBe(mother);
        Father(father).ShouldBe(role[FamilyRole.PaternalGrandfather]);
        Mother(father).ShouldBe(role[FamilyRole.PaternalGrandmother]);
        Father(mother).ShouldBe(role[FamilyRole.MaternalGrandfather]);
        Mother(mother).ShouldBe(role[FamilyRole.MaternalGrandmother]);
        new[] { Father(role[FamilyRole.Child]), Mother(role[FamilyRole.Child]) }.ShouldContain(x);
    }
}
