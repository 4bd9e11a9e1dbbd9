namespace Homeward.Data.Entities;

/// <summary>An allele frequency table uploaded by an administrator, as its CSV text; at most one is in force.</summary>
internal sealed class FrequencyTableEntity
{
    public Guid Id { get; set; }

    /// <summary>A short unique name (<c>nist1036-asian</c>).</summary>
    public required string Name { get; set; }

    /// <summary>The published source of the frequencies.</summary>
    public required string Citation { get; set; }

    /// <summary>Individuals typed to estimate the frequencies, when known.</summary>
    public int? SampleSize { get; set; }

    /// <summary>The table in the format <c>marker,allele,frequency</c>, as uploaded and validated.</summary>
    public required string Csv { get; set; }

    public int MarkerCount { get; set; }

    public int AlleleCount { get; set; }

    /// <summary>The table the matcher scores with.</summary>
    public bool InForce { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>When the table was last put in force.</summary>
    public DateTime? ActivatedAt { get; set; }
}
