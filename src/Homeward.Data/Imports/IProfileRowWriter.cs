namespace Homeward.Data.Imports;

/// <summary>The bulk write of one batch's new rows, one implementation per database provider.</summary>
internal interface IProfileRowWriter : IAsyncDisposable
{
    /// <summary>Adds the batch's reports, donors, found children and samples (in that order: foreign keys).</summary>
    Task WriteAsync(NewRows rows, DateTime now, CancellationToken cancellationToken);
}
