using Homeward.Kinship;

namespace Homeward.Data.Registry;

/// <summary>
/// Writes a <see cref="RegistryBatch"/> into the caller's transaction through <see cref="CaseWriter"/>,
/// collecting every refusal. Each case is saved as it is written and the change tracker is cleared
/// after it, so thousands of cases cost thousands of small writes, not a growing tracker.
/// </summary>
internal static class BatchWriter
{
    public static async Task<IReadOnlyList<InputError>> WriteAsync(RegistryTransaction tx, RegistryBatch batch, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        foreach (var operation in batch.Operations)
        {
            Collect(errors, await CaseWriter.AddOperationAsync(tx, operation, actor, cancellationToken).ConfigureAwait(false), tx);
        }

        foreach (var (report, donors) in batch.Reports)
        {
            Collect(errors, await CaseWriter.AddReportAsync(tx, report, donors, actor, cancellationToken).ConfigureAwait(false), tx);
        }

        foreach (var child in batch.FoundChildren)
        {
            Collect(errors, await CaseWriter.AddFoundChildAsync(tx, child, actor, cancellationToken).ConfigureAwait(false), tx);
        }

        foreach (var (sample, profile) in batch.Samples)
        {
            var owner = await CaseWriter.AddSampleAsync(tx, sample, profile, actor, cancellationToken).ConfigureAwait(false);
            Collect(errors, owner.IsSuccess ? [] : owner.Errors, tx);
        }

        return errors;
    }

    private static void Collect(List<InputError> errors, IReadOnlyList<InputError> refused, RegistryTransaction tx)
    {
        errors.AddRange(refused);
        tx.Db.ChangeTracker.Clear();
    }
}
