using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery.Storage;

/// <summary>
/// The claim is one statement on both providers: pick due deliveries of live messages, mark them InFlight (this
/// is the record written before any POST), and return them. PostgreSQL adds <c>FOR UPDATE SKIP LOCKED</c> so two
/// claimers can never take the same row; SQLite has one writer at a time, so the statement alone is enough.
/// </summary>
internal static class ClaimSql
{
    private const string Pending = nameof(DeliveryStatus.Pending);
    private const string InFlight = nameof(DeliveryStatus.InFlight);
    private const string MessagePending = nameof(OutboundMessageStatus.Pending);
    private const string MessageSending = nameof(OutboundMessageStatus.Sending);

    public static string For(bool postgres) => $"""
        UPDATE "Deliveries"
        SET "Status" = '{InFlight}', "ClaimedAt" = @now, "ClaimedBy" = @sender, "Attempts" = "Attempts" + 1, "UpdatedAt" = @now
        WHERE "Id" IN (
            SELECT c."Id"
            FROM "Deliveries" AS c
            JOIN "OutboundMessages" AS m ON m."Id" = c."OutboundMessageId"
            WHERE c."Status" = '{Pending}' AND c."NextAttemptAt" <= @now AND m."Status" IN ('{MessagePending}', '{MessageSending}')
            ORDER BY c."NextAttemptAt"
            LIMIT @limit
            {(postgres ? "FOR UPDATE OF c SKIP LOCKED" : string.Empty)})
        RETURNING "Id", "OutboundMessageId", "RecipientObjectId", "RecipientTeamsUserId", "TenantId", "ServiceUrl",
            "ConversationId", "Attempts", "TimeZoneId", "AmbiguousAt" IS NOT NULL
        """;
}
