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
    private string? _lociJson;
    private int _markerCount;

    /// <summary>
    /// Marker → genotype, in ordinal marker order; null once <see cref="Prepare"/> has run (then
    /// <see cref="LociJson"/> and <see cref="MarkerCount"/> say what the import needs, and the
    /// dictionary, its nodes and its genotypes need not live while the profile waits to be written).
    /// </summary>
    public required SortedDictionary<string, Genotype>? Loci { get => _loci; init => _loci = value; }

    /// <summary>The number of markers, once <see cref="Prepare"/> has run (or given with <see cref="LociJson"/>).</summary>
    public int MarkerCount { get => _markerCount; init => _markerCount = value; }

    /// <summary><c>file:line</c> of the record, for errors.</summary>
    public required string Place { get; init; }

    public string? Lab { get; init; }

    public string? Kit { get; init; }

    /// <summary>For CMF: a specimen category naming a relative (such a sample cannot become a query).</summary>
    public string? RelativeCategory { get; init; }

    /// <summary>The canonical loci JSON, once <see cref="Prepare"/> has run (or given by a reader instead of <see cref="Loci"/>).</summary>
    public string? LociJson { get => _lociJson; init => _lociJson = value; }

    /// <summary>The content hash, once <see cref="Prepare"/> has run, when the record alone decides it (not for genotypes only).</summary>
    public byte[]? Hash { get; private set; }

    /// <summary>Computes the canonical form and hash ahead of the database work (on the reading thread), and lets the loci go.</summary>
    public void Prepare()
    {
        if (_loci is not null)
        {
            _lociJson = ProfileJson.Loci(_loci);
            _markerCount = _loci.Count;
            _loci = null;
        }
        else if (Hash is not null)
        {
            return; // prepared already
        }

        if (Kind != ProfileKind.GenotypesOnly && _lociJson is not null)
        {
            Hash = ProfileJson.LineHash(Code, Report, Role?.Name(), Sex ?? Kinship.Sex.Unknown, _lociJson);
        }
    }
}

/// <summary>What a reader yields: a profile or the problem with one record.</summary>
internal readonly record struct ImportItem(ImportProfile? Profile, InputError? Error)
{
    public static implicit operator ImportItem(ImportProfile profile) => new(profile, null);

    public static implicit operator ImportItem(InputError error) => new(null, error);
}
