using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>A message the bot sent to one person, as its outbox holds it: the activity, where it went and how far it got.</summary>
public sealed record SentMessage(JsonElement Activity, string Status, string? ConversationId, string ServiceUrl);

/// <summary>
/// Reads the running bot's SQLite file (read-only): what it sent to someone the Playground cannot show, since the
/// Playground plays one user.
/// </summary>
public static class BotDatabase
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Waits until the newest message whose outbox key is like <paramref name="keyPattern"/> (SQL LIKE) was sent.</summary>
    public static async Task<SentMessage> WaitForSentAsync(BotHost bot, string keyPattern, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(PollInterval);
        var deadline = DateTimeOffset.UtcNow + timeout;
        SentMessage? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            last = await NewestAsync(bot, keyPattern);
            if (last?.Status == "Sent")
            {
                return last;
            }

            await timer.WaitForNextTickAsync();
        }

        throw bot.Process.Failure($"sent no message keyed like '{keyPattern}' within {timeout.TotalSeconds:0} s (last seen: {last?.Status ?? "none"})");
    }

    private static async Task<SentMessage?> NewestAsync(BotHost bot, string keyPattern)
    {
        if (!File.Exists(bot.DatabasePath))
        {
            return null;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bot.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m."ActivityJson", d."Status", d."ConversationId", d."ServiceUrl"
            FROM "OutboundMessages" m JOIN "Deliveries" d ON d."OutboundMessageId" = m."Id"
            WHERE m."IdempotencyKey" LIKE $pattern
            ORDER BY m."CreatedAt" DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$pattern", keyPattern);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        using var activity = JsonDocument.Parse(reader.GetString(0));
        return new SentMessage(activity.RootElement.Clone(), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
    }
}
