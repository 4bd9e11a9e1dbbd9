using System.Data.Common;
using System.Globalization;

namespace Homeward.Data.Imports;

/// <summary>
/// Which of the tables an import fills already hold rows: none of them means a first load. Donors
/// need no look of their own (a donor row needs its report). One query, on the import's connection,
/// inside its transaction or, before it begins, outside any.
/// </summary>
internal readonly record struct ProfileTables(bool Samples, bool Reports, bool Children)
{
    /// <summary>No samples, reports or found children: a first load.</summary>
    public bool Empty => !Samples && !Reports && !Children;

    public static async Task<ProfileTables> ReadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = TransactionCommands.Create(connection, transaction,
            "SELECT EXISTS (SELECT 1 FROM samples), EXISTS (SELECT 1 FROM reports), EXISTS (SELECT 1 FROM found_children)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new ProfileTables(Flag(reader, 0), Flag(reader, 1), Flag(reader, 2));
    }

    private static bool Flag(DbDataReader reader, int column) => Convert.ToBoolean(reader.GetValue(column), CultureInfo.InvariantCulture);
}
