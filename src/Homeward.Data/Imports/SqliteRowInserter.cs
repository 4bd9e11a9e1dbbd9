using System.Data.Common;
using System.Text;

namespace Homeward.Data.Imports;

/// <summary>
/// Inserts rows into one SQLite table with a prepared one-row <c>INSERT</c>, reused for the whole
/// import. Not multi-row: Microsoft.Data.Sqlite binds every parameter by name on each execution and
/// SQLite finds a name by a linear search, so a statement of n rows costs O(n²) per execution; a
/// 64-row statement measured slower than one row at a time (docs/data-benchmarks.md).
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly DbCommand _command;

    /// <param name="connection">The import's connection.</param>
    /// <param name="transaction">The import's transaction.</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns given per row.</param>
    /// <param name="constants">Further columns and the SQL literal each row gets (may be empty).</param>
    public SqliteRowInserter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, IReadOnlyList<(string Column, string Literal)> constants)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns.Concat(constants.Select(c => c.Column)))}) VALUES (");
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
            sql.Append(i == 0 ? parameter.ParameterName : ", " + parameter.ParameterName);
        }

        foreach (var (_, literal) in constants)
        {
            sql.Append(", ").Append(literal);
        }

        _command.CommandText = sql.Append(')').ToString();
        _command.Prepare();
    }

    /// <summary>Inserts one row (values in the order of the columns; null for NULL).</summary>
    public void Insert(ReadOnlySpan<object?> values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
