using Homeward.Kinship;

namespace Homeward.Data.Profiles;

/// <summary>One profile read from an import file, checked, before it meets the database.</summary>
internal sealed class ImportProfile
{
    public required string Code { get; init; }

    public required ProfileKind Kind { get; init; }

    public string? Report { get; init; }

    public FamilyRole? Role { get; init; }

    /// <summary>Null when the file says nothing about sex.</summary>
    public Sex? Sex { get; init; }

    private SortedDictionary<string, Genotype>? _loci;

    /// <summary>
    /// Marker → genotype, in ordinal marker order; null once <see cref="Prepare"/> has run (then
    /// <see cref="LociJson"/> and <see cref="MarkerCount"/> say what the import needs, and the
    /// dictionary, its nodes and its genotypes need not live while the profile waits to be written).
    /// </summary>
    public required SortedDictionary<string, Genotype>? Loci { get => _loci; init => _loci = value; }

    /// <summary>The number of markers, once <see cref="Prepare"/> has run.</summary>
    public int MarkerCount { get; private set; }

    /// <summary><c>file:line</c> of the record, for errors.</summary>
    public required string Place { get; init; }

    public string? Lab { get; init; }

    public string? Kit { get; init; }

    /// <summary>For CMF: a specimen category naming a relative (such a sample cannot become a query).</summary>
    public string? RelativeCategory { get; init; }

    /// <summary>The canonical loci JSON, once <see cref="Prepare"/> has run.</summary>
    public string? LociJson { get; private set; }

    /// <summary>The content hash, once <see cref="Prepare"/> has run, when the record alone decides it (not for genotypes only).</summary>
    public byte[]? Hash { get; private set; }

    /// <summary>Computes the canonical form and hash ahead of the database work (on the reading thread), and lets the loci go.</summary>
    public void Prepare()
    {
        if (_loci is null)
        {
            return; // prepared already
        }

        LociJson = ProfileJson.Loci(_loci);
        MarkerCount = _loci.Count;
        _loci = null;
        if (Kind != ProfileKind.GenotypesOnly)
        {
            Hash = ProfileJson.LineHash(Code, Report, Role?.Name(), Sex ?? Kinship.Sex.Unknown, LociJson);
        }
    }
}

/// <summary>What a reader yields: a profile or the problem with one record.</summary>
internal readonly record struct ImportItem(ImportProfile? Profile, InputError? Error)
{
    public static implicit operator ImportItem(ImportProfile profile) => new(profile, null);

    public static implicit operator ImportItem(InputError error) => new(null, error);
}
