namespace Homeward.Data.Entities;

/// <summary>A police operation (a bust) in which children were found.</summary>
internal sealed class OperationEntity
{
    public Guid Id { get; set; }

    /// <summary>The operation's code, unique.</summary>
    public required string Code { get; set; }

    public string? Name { get; set; }

    public DateOnly? StartedOn { get; set; }

    /// <summary>The provinces involved, comma-separated short Chinese names.</summary>
    public string? Provinces { get; set; }

    public int Arrests { get; set; }

    /// <summary>Ids of the trafficking rings, as a JSON array.</summary>
    public string? Rings { get; set; }

    /// <summary>Ids of the found children rescued, as a JSON array.</summary>
    public string? Children { get; set; }

    public string? Place { get; set; }
}
