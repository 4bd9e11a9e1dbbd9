namespace Homeward.Kinship;

/// <summary>
/// The pedigree a report implies: the missing child (the query's place) with the relatives its
/// donors' roles name, and the untyped persons that connect them — both parents always, both
/// grandparents of a side when either is a donor, another parent for each half sibling, and a
/// partner for the missing person's children. Untyped persons are named with a leading '~'.
/// </summary>
public sealed class ReportPedigree
{
    /// <summary>The id of the missing child in the pedigree.</summary>
    public const string MissingChildId = "~X";

    /// <summary>
    /// The id of the missing child's place in <see cref="ChildUnrelated"/>, where it stays untyped
    /// (the found child, typed as <see cref="MissingChildId"/>, is a founder of its own there).
    /// </summary>
    public const string AbsentChildId = "~XA";

    private Pedigree? _childUnrelated;

    private ReportPedigree(Pedigree pedigree, int missingChild, int[] donorIndices)
    {
        Pedigree = pedigree;
        MissingChild = missingChild;
        DonorIndices = donorIndices;
    }

    /// <summary>The pedigree (H1 of the report).</summary>
    public Pedigree Pedigree { get; }

    /// <summary>
    /// H2 of an identification: the donors keep the relationships the report states — the same
    /// pedigree, the missing child's place untyped (<see cref="AbsentChildId"/>) — and the found child
    /// (<see cref="MissingChildId"/>) is unrelated to them, a founder. Its likelihood is
    /// P(donors | pedigree) · P(found child), as in Familias and Bonaparte; "all typed persons
    /// unrelated" would instead count the donors' kinship among themselves as evidence for every child.
    /// </summary>
    public Pedigree ChildUnrelated => _childUnrelated ??= BuildChildUnrelated(Pedigree);

    /// <summary>The index of the missing child in <see cref="Pedigree"/>.</summary>
    public int MissingChild { get; }

    /// <summary>The pedigree index of each donor, in the order given.</summary>
    public IReadOnlyList<int> DonorIndices { get; }

    /// <summary>
    /// Builds the pedigree for donors (id, role, sex) with the missing child of the given sex.
    /// Fails when roles conflict (two mothers) or a child of the missing person needs the missing
    /// person's sex and it is unknown.
    /// </summary>
    public static Result<ReportPedigree> Build(string report, IReadOnlyList<(string Id, FamilyRole Role, Sex Sex)> donors, Sex missingChildSex)
    {
        ArgumentNullException.ThrowIfNull(donors);
        var errors = new List<InputError>();
        var place = $"report {report}";
        string? Single(FamilyRole role)
        {
            var ids = donors.Where(d => d.Role == role).Select(d => d.Id).ToList();
            if (ids.Count > 1)
            {
                errors.Add(new InputError(place, $"has {ids.Count} donors with role {role.Name()} ({string.Join(", ", ids)}); at most one is possible"));
            }

            return ids.Count > 0 ? ids[0] : null;
        }

        foreach (var donor in donors)
        {
            if (donor.Id.StartsWith('~'))
            {
                errors.Add(new InputError(place, $"profile id '{donor.Id}' must not start with '~'"));
            }
        }

        var father = Single(FamilyRole.Father) ?? "~F";
        var mother = Single(FamilyRole.Mother) ?? "~M";
        var mgm = Single(FamilyRole.MaternalGrandmother);
        var mgf = Single(FamilyRole.MaternalGrandfather);
        var pgm = Single(FamilyRole.PaternalGrandmother);
        var pgf = Single(FamilyRole.PaternalGrandfather);
        var hasChildren = donors.Any(d => d.Role == FamilyRole.Child);
        if (hasChildren && missingChildSex == Sex.Unknown)
        {
            errors.Add(new InputError(place, "has a child of the missing person, which needs the missing person's sex; the query's sex is unknown"));
        }

        if (errors.Count > 0)
        {
            return Result<ReportPedigree>.Failure(errors);
        }

        var persons = new List<PersonSpec>();
        var sexOf = donors.ToDictionary(d => d.Id, d => d.Sex, StringComparer.Ordinal);
        Sex SexOf(string id, Sex implied) => sexOf.TryGetValue(id, out var s) && s != Sex.Unknown ? s : implied;

        string? maternalGrandfather = null, maternalGrandmother = null, paternalGrandfather = null, paternalGrandmother = null;
        if (mgm is not null || mgf is not null)
        {
            maternalGrandfather = mgf ?? "~MGF";
            maternalGrandmother = mgm ?? "~MGM";
            persons.Add(new PersonSpec(maternalGrandfather, Sex.Male));
            persons.Add(new PersonSpec(maternalGrandmother, Sex.Female));
        }

        if (pgm is not null || pgf is not null)
        {
            paternalGrandfather = pgf ?? "~PGF";
            paternalGrandmother = pgm ?? "~PGM";
            persons.Add(new PersonSpec(paternalGrandfather, Sex.Male));
            persons.Add(new PersonSpec(paternalGrandmother, Sex.Female));
        }

        persons.Add(new PersonSpec(father, SexOf(father, Sex.Male), paternalGrandfather, paternalGrandmother));
        persons.Add(new PersonSpec(mother, SexOf(mother, Sex.Female), maternalGrandfather, maternalGrandmother));
        persons.Add(new PersonSpec(MissingChildId, missingChildSex, father, mother));
        var halfSibling = 0;
        foreach (var donor in donors)
        {
            switch (donor.Role)
            {
                case FamilyRole.FullSibling:
                    persons.Add(new PersonSpec(donor.Id, donor.Sex, father, mother));
                    break;
                case FamilyRole.MaternalHalfSibling:
                    var otherFather = $"~HF{++halfSibling}";
                    persons.Add(new PersonSpec(otherFather, Sex.Male));
                    persons.Add(new PersonSpec(donor.Id, donor.Sex, otherFather, mother));
                    break;
                case FamilyRole.PaternalHalfSibling:
                    var otherMother = $"~HM{++halfSibling}";
                    persons.Add(new PersonSpec(otherMother, Sex.Female));
                    persons.Add(new PersonSpec(donor.Id, donor.Sex, father, otherMother));
                    break;
                case FamilyRole.Child:
                    if (!persons.Any(p => p.Id == "~P"))
                    {
                        persons.Add(new PersonSpec("~P", missingChildSex == Sex.Male ? Sex.Female : Sex.Male));
                    }

                    persons.Add(missingChildSex == Sex.Male
                        ? new PersonSpec(donor.Id, donor.Sex, MissingChildId, "~P")
                        : new PersonSpec(donor.Id, donor.Sex, "~P", MissingChildId));
                    break;
            }
        }

        var pedigree = Pedigree.Create(persons, place);
        if (!pedigree.IsSuccess)
        {
            return Result<ReportPedigree>.Failure(pedigree.Errors);
        }

        var built = pedigree.Value;
        return new ReportPedigree(built, built.IndexOf(MissingChildId), donors.Select(d => built.IndexOf(d.Id)).ToArray());
    }

    private static Pedigree BuildChildUnrelated(Pedigree pedigree)
    {
        static string? Rename(string? id) => id == MissingChildId ? AbsentChildId : id;
        var persons = pedigree.Persons.Select(p => new PersonSpec(Rename(p.Id)!, p.Sex, Rename(p.Father), Rename(p.Mother))).ToList();
        persons.Add(new PersonSpec(MissingChildId, pedigree.Persons[pedigree.IndexOf(MissingChildId)].Sex));
        var created = Pedigree.Create(persons, "H2");
        return created.IsSuccess
            ? created.Value
            : throw new InvalidOperationException("the report's pedigree with the missing child unrelated is invalid: " + string.Join("; ", created.Errors));
    }
}
