namespace Homeward.Kinship.Tests.Validation;

/// <summary>Pedigree.Create refuses what cannot be peeled or makes no sense, naming the person.</summary>
public sealed class PedigreeValidationTests
{
    private const string Place = "case.json: hypotheses.H1";

    [Fact]
    public void A_loop_free_pedigree_with_half_siblings_and_cousins_is_accepted()
    {
        var result = Pedigree.Create(
        [
            new("GF", Sex.Male), new("GM", Sex.Female), new("W2", Sex.Female),
            new("A", Sex.Male, "GF", "GM"), new("B", Sex.Female, "GF", "GM"), new("H", Sex.Male, "GF", "W2"),
            new("WA", Sex.Female), new("HB", Sex.Male),
            new("C1", Sex.Unknown, "A", "WA"), new("C2", Sex.Unknown, "HB", "B"),
        ], Place);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        result.Value.Count.ShouldBe(10);
        result.Value.Fathers[result.Value.IndexOf("C2")].ShouldBe(result.Value.IndexOf("HB"));
    }

    [Fact]
    public void A_parent_that_is_not_in_the_pedigree_is_named() =>
        SingleError(new("F", Sex.Male), new("C", Sex.Female, "F", "Nobody"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("mother 'Nobody' is not a person of this pedigree"));

    [Fact]
    public void One_parent_only_is_refused() =>
        SingleError(new("F", Sex.Male), new("C", Sex.Female, Father: "F"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("has a father but no mother"));

    [Fact]
    public void A_cycle_of_parent_links_is_refused() =>
        SingleError(new("W", Sex.Female), new("A", Sex.Male, "B", "W"), new("B", Sex.Male, "A", "W"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldMatch(@"person '(A|B)'$"),
                e => e.Message.ShouldContain("is their own ancestor"));

    [Fact]
    public void A_female_father_is_refused() =>
        SingleError(new("F", Sex.Female), new("M", Sex.Female), new("C", Sex.Male, "F", "M"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("father 'F' has sex Female; a father must be Male"));

    [Fact]
    public void A_male_mother_is_refused() =>
        SingleError(new("F", Sex.Male), new("M", Sex.Male), new("C", Sex.Male, "F", "M"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("mother 'M' has sex Male; a mother must be Female"));

    [Fact]
    public void A_parent_of_unknown_sex_is_refused() =>
        SingleError(new("F", Sex.Unknown), new("M", Sex.Female), new("C", Sex.Male, "F", "M"))
            .Message.ShouldContain("father 'F' has sex Unknown");

    [Fact]
    public void A_duplicate_id_is_named_with_its_position() =>
        SingleError(new("A", Sex.Male), new("A", Sex.Female))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}[1]"),
                e => e.Message.ShouldContain("person 'A' is declared twice"));

    [Fact]
    public void A_person_cannot_be_their_own_parent() =>
        SingleError(new("M", Sex.Female), new("A", Sex.Male, "A", "M"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'A'"),
                e => e.Message.ShouldContain("is declared as their own father"));

    [Fact]
    public void An_empty_id_is_refused() =>
        SingleError(new PersonSpec(" ", Sex.Male)).Message.ShouldContain("non-empty id");

    [Fact]
    public void An_empty_pedigree_is_refused() =>
        Pedigree.Create([], Place).Errors.ShouldHaveSingleItem().Message.ShouldContain("no persons");

    [Fact]
    public void Half_sibling_mating_is_a_loop() =>
        // F has a son S with M1 and a daughter D with M2; S and D have a child.
        SingleError(
                new("F", Sex.Male), new("M1", Sex.Female), new("M2", Sex.Female),
                new("S", Sex.Male, "F", "M1"), new("D", Sex.Female, "F", "M2"),
                new("C", Sex.Female, "S", "D"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("closes a loop"));

    [Fact]
    public void First_cousin_mating_is_a_loop() =>
        SingleError(
                new("GF", Sex.Male), new("GM", Sex.Female),
                new("A", Sex.Male, "GF", "GM"), new("B", Sex.Female, "GF", "GM"),
                new("WA", Sex.Female), new("HB", Sex.Male),
                new("X", Sex.Male, "A", "WA"), new("Y", Sex.Female, "HB", "B"),
                new("Z", Sex.Female, "X", "Y"))
            .Message.ShouldContain("closes a loop");

    [Fact]
    public void A_father_with_his_daughter_is_a_loop() =>
        SingleError(new("F", Sex.Male), new("M", Sex.Female), new("D", Sex.Female, "F", "M"), new("C", Sex.Male, "F", "D"))
            .ShouldSatisfyAllConditions(
                e => e.Place.ShouldBe($"{Place}: person 'C'"),
                e => e.Message.ShouldContain("closes a loop"));

    [Fact]
    public void Errors_print_place_and_message() =>
        SingleError(new("F", Sex.Male), new("C", Sex.Female, Father: "F")).ToString()
            .ShouldStartWith($"{Place}: person 'C': has a father but no mother");

    private static InputError SingleError(params PersonSpec[] persons)
    {
        var result = Pedigree.Create(persons, Place);
        result.IsSuccess.ShouldBeFalse();
        return result.Errors.ShouldHaveSingleItem();
    }
}
