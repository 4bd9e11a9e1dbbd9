using Homeward.Data.Cases;

namespace Homeward.Web.Pages.Operations;

/// <summary>The operation form's fields; provinces and rings are lists written with commas (or 、).</summary>
public sealed class OperationForm
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    public string? Code { get; set; }

    public string? Name { get; set; }

    public DateOnly? StartedOn { get; set; }

    public string? Provinces { get; set; }

    public int Arrests { get; set; }

    public string? Rings { get; set; }

    /// <summary>The form of a stored operation.</summary>
    public static OperationForm From(OperationDetail operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new OperationForm
        {
            Code = operation.Code,
            Name = operation.Name,
            StartedOn = operation.StartedOn,
            Provinces = string.Join("、", operation.Provinces),
            Arrests = operation.Arrests,
            Rings = string.Join(", ", operation.Rings),
        };
    }

    /// <summary>What the form says, for <see cref="CaseDirectory"/> to validate and store.</summary>
    public OperationInput ToInput() => new(Code ?? string.Empty, Name, StartedOn, List(Provinces), Arrests, List(Rings));

    private static string[] List(string? text) =>
        (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
