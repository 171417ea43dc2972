using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChampionBot.Data.Results;

/// <summary>
/// A one-row statement compiled once on a connection's native handle and run straight through SQLitePCL.raw, for a
/// write run once per row of a batch. Microsoft.Data.Sqlite costs each run a binder object per parameter, a boxed value,
/// an encoded string array and a reader; here a run is the native calls alone. Parameters are numbered (<c>?1</c>) and
/// bound by that number. After every run, failed or not, the statement is reset and its bindings cleared, so it is ready
/// for the next row and never holds the transaction open. Dispose before the connection goes back to its pool.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    // An empty span pins as a null pointer, which SQLite binds as NULL; a zero-terminated empty string binds ''.
    private static readonly byte[] EmptyTerminated = [0];

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    // Strings are encoded into this reused buffer; SQLite copies a bound text (SQLITE_TRANSIENT), so it is free again at once.
    private byte[] text = new byte[256];

    private SqliteRowStatement(sqlite3 db, sqlite3_stmt statement) => (this.db, this.statement) = (db, statement);

    /// <summary>Compiles <paramref name="sql"/> as a long-lived statement (SQLITE_PREPARE_PERSISTENT: kept out of SQLite's lookaside memory).</summary>
    public static SqliteRowStatement Prepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v3(db, sql, (uint)raw.SQLITE_PREPARE_PERSISTENT, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            throw Error(db, rc);
        }

        return new SqliteRowStatement(db, statement);
    }

    public SqliteRowStatement Integer(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    /// <summary>A bool as EF stores it on SQLite: 0 or 1.</summary>
    public SqliteRowStatement Integer(int index, bool value) => Integer(index, value ? 1 : 0);

    public SqliteRowStatement IntegerOrNull(int index, int? value) =>
        value is { } number ? Integer(index, number) : Check(raw.sqlite3_bind_null(statement, index));

    /// <summary>A time as EF stores it on SQLite (<c>UtcTicksConverter</c>): UTC ticks.</summary>
    public SqliteRowStatement Ticks(int index, DateTimeOffset value) => Integer(index, value.UtcTicks);

    public SqliteRowStatement Real(int index, double value) => Check(raw.sqlite3_bind_double(statement, index, value));

    public SqliteRowStatement Text(int index, string? value)
    {
        if (value is null)
        {
            return Check(raw.sqlite3_bind_null(statement, index));
        }

        if (value.Length == 0)
        {
            return Check(raw.sqlite3_bind_text(statement, index, utf8z.FromSpan(EmptyTerminated)));
        }

        // Encoding.UTF8 (as Microsoft.Data.Sqlite uses): a lone surrogate is stored as U+FFFD, exactly as before.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (text.Length < length)
        {
            text = new byte[Math.Max(length, text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, text);
        return Check(raw.sqlite3_bind_text(statement, index, text.AsSpan(0, written)));
    }

    /// <summary>Runs the statement with the values bound since the last run.</summary>
    public void Run()
    {
        Step();
        Reset();
    }

    /// <summary>Runs a statement with <c>RETURNING</c> one integer and gives that integer.</summary>
    public long RunReturningInteger()
    {
        if (Step() != raw.SQLITE_ROW)
        {
            Reset();
            throw new InvalidOperationException("The statement returned no row.");
        }

        // With RETURNING, SQLite has finished the change at the first step; resetting now loses nothing.
        var value = raw.sqlite3_column_int64(statement, 0);
        Reset();
        return value;
    }

    public void Dispose() => statement.Dispose();

    private int Step()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc is raw.SQLITE_DONE or raw.SQLITE_ROW)
        {
            return rc;
        }

        // Read the message and extended code before the reset, then leave the statement reusable.
        var error = Error(db, rc);
        Reset();
        throw error;
    }

    private SqliteRowStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            var error = Error(db, rc);
            Reset();
            throw error;
        }

        return this;
    }

    private void Reset()
    {
        // sqlite3_reset repeats the failed step's code; that was already reported.
        _ = raw.sqlite3_reset(statement);
        _ = raw.sqlite3_clear_bindings(statement);
    }

    /// <summary>
    /// The same exception Microsoft.Data.Sqlite throws, so the writer's batch split sees no difference.
    /// </summary>
    private static SqliteException Error(sqlite3 db, int rc) =>
        new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(db));
}
