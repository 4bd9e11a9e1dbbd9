using System.Collections.Immutable;
using Homeward.Kinship;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Registry.Cases;

/// <summary>
/// A rescued child or a young person looking for their birth family: the operation that found them,
/// when and where, the estimated age, the institution and placement, a description, photos and any
/// names the child knows or was given (buyers rename children).
/// </summary>
public sealed class FoundChild
{
    private FoundChild(string id, string? operationId, DateOnly foundOn, Place foundPlace, AgeRange estimatedAge, Sex sex, string? institution, string? placement, string description, ImmutableArray<string> photos, ImmutableArray<ChineseName> knownNames, string? sampleCode, DateTimeOffset registeredAt)
    {
        Id = id;
        OperationId = operationId;
        FoundOn = foundOn;
        FoundPlace = foundPlace;
        EstimatedAge = estimatedAge;
        Sex = sex;
        Institution = institution;
        Placement = placement;
        Description = description;
        Photos = photos;
        KnownNames = knownNames;
        SampleCode = sampleCode;
        RegisteredAt = registeredAt;
    }

    /// <summary>The pseudonymous id.</summary>
    public string Id { get; }

    /// <summary>The police operation that found the child, if any.</summary>
    public string? OperationId { get; }

    /// <summary>The day the child was found.</summary>
    public DateOnly FoundOn { get; }

    /// <summary>Where the child was found.</summary>
    public Place FoundPlace { get; }

    /// <summary>The estimated age on <see cref="FoundOn"/>.</summary>
    public AgeRange EstimatedAge { get; }

    /// <summary>The child's sex.</summary>
    public Sex Sex { get; }

    /// <summary>The institution responsible for the child (welfare home, police).</summary>
    public string? Institution { get; }

    /// <summary>The current placement (foster family, institution unit).</summary>
    public string? Placement { get; }

    /// <summary>Description (marks, what the child says).</summary>
    public string Description { get; }

    /// <summary>References to photos held by the document store.</summary>
    public ImmutableArray<string> Photos { get; }

    /// <summary>Names the child knows or was known by.</summary>
    public ImmutableArray<ChineseName> KnownNames { get; }

    /// <summary>The pseudonymous code of the child's DNA sample, once taken.</summary>
    public string? SampleCode { get; }

    /// <summary>When the child was registered.</summary>
    public DateTimeOffset RegisteredAt { get; }

    /// <summary>Creates a found child.</summary>
    public static Result<FoundChild> Create(
        string id, string? operationId, DateOnly foundOn, Place foundPlace, AgeRange estimatedAge, Sex sex, string? institution, string? placement,
        string? description, IEnumerable<string>? photos, IEnumerable<ChineseName>? knownNames, string? sampleCode, DateTimeOffset registeredAt)
    {
        ArgumentNullException.ThrowIfNull(foundPlace);
        ArgumentNullException.ThrowIfNull(estimatedAge);
        return new Validation($"found child {id}")
            .RequireId(id, "id")
            .Require(operationId is null || PseudonymousId.IsValid(operationId), "operation", $"'{operationId}' is not a pseudonymous id")
            .Require(sampleCode is null || PseudonymousId.IsValid(sampleCode), "sampleCode", $"'{sampleCode}' is not a pseudonymous code")
            .Require(Enum.IsDefined(sex), "sex", $"unknown sex {sex}")
            .Require(foundOn <= DateOnly.FromDateTime(registeredAt.UtcDateTime.AddDays(1)), "foundOn", "is after the child was registered")
            .Build(() => new FoundChild(
                id, operationId, foundOn, foundPlace, estimatedAge, sex, Trim(institution), Trim(placement), description?.Trim() ?? string.Empty,
                [.. photos ?? []], ChineseName.Distinct(knownNames ?? []), sampleCode, registeredAt));
    }

    /// <summary>The child moved to another placement.</summary>
    public FoundChild WithPlacement(string? institution, string? placement) =>
        new(Id, OperationId, FoundOn, FoundPlace, EstimatedAge, Sex, Trim(institution), Trim(placement), Description, Photos, KnownNames, SampleCode, RegisteredAt);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
