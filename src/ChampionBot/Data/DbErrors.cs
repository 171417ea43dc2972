using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChampionBot.Data;

/// <summary>Recognises the database errors that the data layer treats as outcomes, on either provider.</summary>
public static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True when a save failed because a unique index (or key) already holds the row: someone got there first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is DbException inner && IsUniqueViolation(inner);

    /// <summary>The same for a statement run directly on the connection (hand-written SQL, no EF save).</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}
