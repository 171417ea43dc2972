using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>
/// Writes references with multi-row upserts: insert, or update the row for the same conversation and user. One
/// statement per chunk of rows, so a flush of a thousand references holds the write lock for a moment, not a while.
/// Chunks stay small because SQLite finds each named parameter by a scan of the statement's parameters: a statement
/// with a thousand of them spends its time looking them up (measured: 48 µs a row at 100 rows, 17 µs at 10).
/// </summary>
internal static class ConversationReferenceUpsert
{
    private const int RowsPerStatement = 10;
    private const int ColumnsPerRow = 11;

    public static async Task ExecuteAsync(ChampionDbContext db, IReadOnlyList<ConversationReferenceData> references, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Raw SQL bypasses the value converters: SQLite stores times as UTC ticks, PostgreSQL as timestamptz.
        object at = db is SqliteChampionDbContext ? now.UtcTicks : now.ToUniversalTime();
        foreach (var chunk in references.Chunk(RowsPerStatement))
        {
            var values = new List<object?>(chunk.Length * ColumnsPerRow);
            foreach (var r in chunk)
            {
                values.AddRange([r.ServiceUrl, r.ConversationId, r.ConversationType, r.BotId, r.UserId, r.UserAadObjectId, r.TenantId, r.TeamId, r.ChannelId, at, at]);
            }

            await db.Database.ExecuteSqlRawAsync(Statement(chunk.Length), values!, cancellationToken);
        }
    }

    private static string Statement(int rows)
    {
        var sql = new StringBuilder("""
            INSERT INTO "ConversationReferences"
                ("ServiceUrl", "ConversationId", "ConversationType", "BotId", "UserId", "UserAadObjectId", "TenantId", "TeamId", "ChannelId", "CreatedAt", "UpdatedAt")
            VALUES
            """);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? " (" : ", (");
            for (var column = 0; column < ColumnsPerRow; column++)
            {
                sql.Append(column == 0 ? "" : ", ").Append('{').Append((row * ColumnsPerRow) + column).Append('}');
            }

            sql.Append(')');
        }

        return sql.Append("""

            ON CONFLICT ("ConversationId", "UserAadObjectId") DO UPDATE SET
                "ServiceUrl" = excluded."ServiceUrl", "ConversationType" = excluded."ConversationType", "BotId" = excluded."BotId",
                "UserId" = excluded."UserId", "TenantId" = excluded."TenantId", "TeamId" = excluded."TeamId",
                "ChannelId" = excluded."ChannelId", "UpdatedAt" = excluded."UpdatedAt"
            """).ToString();
    }
}
