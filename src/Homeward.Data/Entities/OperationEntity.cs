namespace Homeward.Data.Entities;

/// <summary>A police operation (a bust) in which children were found.</summary>
internal sealed class OperationEntity
{
    public Guid Id { get; set; }

    /// <summary>The operation's code, unique.</summary>
    public required string Code { get; set; }

    public string? Name { get; set; }

    public DateOnly? StartedOn { get; set; }

    public string? Place { get; set; }
}
