using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Homeward.Data.Imports;

/// <summary>
/// Inserts rows into one SQLite table with a prepared one-row <c>INSERT</c> of positional
/// parameters, kept for the whole import and driven through SQLite's own API on the import's
/// connection (so inside its transaction): values are bound by position from reused UTF-8 buffers,
/// with none of Microsoft.Data.Sqlite's per-execution work (a data reader per statement, parameters
/// looked up by name, a string and a byte array per text value). Not multi-row: a statement of n rows
/// measured slower than one row at a time (docs/data-benchmarks.md). Bind the values of a row in
/// column order, then <see cref="Insert"/>.
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;
    private byte[] _text = new byte[1024];
    private int _next = 1;

    /// <param name="connection">The import's connection (open, its transaction begun).</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns given per row.</param>
    /// <param name="constants">Further columns and the SQL literal each row gets (may be empty).</param>
    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns, IReadOnlyList<(string Column, string Literal)> constants)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _columns = columns.Count;
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns.Concat(constants.Select(c => c.Column)))}) VALUES (");
        sql.AppendJoin(", ", Enumerable.Repeat("?", columns.Count).Concat(constants.Select(c => c.Literal))).Append(')');
        Check(raw.sqlite3_prepare_v2(_database, sql.ToString(), out _statement));
    }

    /// <summary>Binds the next column to a text (NULL when null).</summary>
    public SqliteRowInserter Text(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_text.Length < length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        return Bind(raw.sqlite3_bind_text(_statement, _next, _text.AsSpan(0, written)));
    }

    /// <summary>Binds the next column to text already in UTF-8.</summary>
    public SqliteRowInserter Utf8(ReadOnlySpan<byte> value) => Bind(raw.sqlite3_bind_text(_statement, _next, value));

    /// <summary>Binds the next column to a Guid as EF Core stores it on SQLite (upper-case TEXT; NULL when null).</summary>
    public SqliteRowInserter Guid(Guid? value)
    {
        if (value is not { } id)
        {
            return Null();
        }

        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return Bind(raw.sqlite3_bind_text(_statement, _next, text));
    }

    /// <summary>Binds the next column to an integer.</summary>
    public SqliteRowInserter Integer(int value) => Bind(raw.sqlite3_bind_int(_statement, _next, value));

    /// <summary>Binds the next column to bytes.</summary>
    public SqliteRowInserter Blob(ReadOnlySpan<byte> value) => Bind(raw.sqlite3_bind_blob(_statement, _next, value));

    /// <summary>Binds the next column to NULL.</summary>
    public SqliteRowInserter Null() => Bind(raw.sqlite3_bind_null(_statement, _next));

    /// <summary>Inserts the row bound so far (every column must be bound).</summary>
    public void Insert()
    {
        if (_next != _columns + 1)
        {
            throw new InvalidOperationException($"{_next - 1} of {_columns} values bound");
        }

        _next = 1;
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    private SqliteRowInserter Bind(int result)
    {
        Check(result);
        _next++;
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    public void Dispose() => _statement.Dispose();
}
