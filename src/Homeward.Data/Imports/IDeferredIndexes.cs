namespace Homeward.Data.Imports;

/// <summary>Indexes (and, on PostgreSQL, foreign keys) a first load dropped inside its transaction, to be built again before it commits.</summary>
internal interface IDeferredIndexes
{
    /// <summary>Builds them again from their stored definitions (a rollback instead restores them as they were).</summary>
    Task RestoreAsync(CancellationToken cancellationToken);
}
