namespace Homeward.Data.Imports;

/// <summary>A sample already in the database, with the attribution an import may keep.</summary>
internal sealed record ExistingSample(Guid Id, byte[] Hash, Guid? DonorId, Guid? FoundChildId, string? Report, string? Role, string Sex);

internal readonly record struct ReportRow(Guid Id, string Code);

internal readonly record struct DonorRow(Guid Id, Guid ReportId, string Role, string Sex);

internal readonly record struct FoundChildRow(Guid Id, string Code, string Sex);

internal readonly record struct SampleRow(Guid Id, string Code, Guid? DonorId, Guid? FoundChildId, string? Lab, string? Kit, string Loci, int MarkerCount, byte[] Hash);

/// <summary>A changed profile: the sample's new content and its subject's new attribution.</summary>
internal readonly record struct SampleUpdate(Guid SampleId, Guid? DonorId, Guid? FoundChildId, Guid? ReportId, string? Role, string Sex, string Loci, int MarkerCount, byte[] Hash);

/// <summary>The rows one batch adds.</summary>
internal sealed class NewRows
{
    public List<ReportRow> Reports { get; } = [];

    public List<DonorRow> Donors { get; } = [];

    public List<FoundChildRow> FoundChildren { get; } = [];

    public List<SampleRow> Samples { get; } = [];

    public List<SampleUpdate> Updates { get; } = [];

    public void Clear()
    {
        Reports.Clear();
        Donors.Clear();
        FoundChildren.Clear();
        Samples.Clear();
        Updates.Clear();
    }
}
