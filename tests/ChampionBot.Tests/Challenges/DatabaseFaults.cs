using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Challenges;

/// <summary>
/// Real database failures at chosen points, made with triggers, so the code under test fails exactly as it would
/// on a database blip or a crash: inside its own transaction, with the provider's own exception.
/// </summary>
public static class DatabaseFaults
{
    private const string Outbox = "test_fault_outbox";
    private const string Marker = "test_fault_marker";
    private const string Notice = "test_fault_notice";
    private const string Thread = "test_fault_thread";

    /// <summary>Fails storing the 1:1 copies of this challenge (any post): the outbox transaction rolls back.</summary>
    public static Task FailQueueingAsync(this AppHost host, int challengeId) =>
        ExecuteAsync(host, postgres => postgres
            ? $"""CREATE TRIGGER {Outbox} BEFORE INSERT ON "OutboundMessages" FOR EACH ROW WHEN (NEW."IdempotencyKey" LIKE '{KeyPattern(challengeId)}') EXECUTE FUNCTION test_fault();"""
            : $"""CREATE TRIGGER {Outbox} BEFORE INSERT ON "OutboundMessages" WHEN NEW."IdempotencyKey" LIKE '{KeyPattern(challengeId)}' BEGIN SELECT RAISE(ABORT, 'simulated database blip'); END;""");

    /// <summary>Fails storing any "challenge post given up" notice.</summary>
    public static Task FailQueueingGaveUpNoticesAsync(this AppHost host) =>
        ExecuteAsync(host, postgres => postgres
            ? $"""CREATE TRIGGER {Notice} BEFORE INSERT ON "OutboundMessages" FOR EACH ROW WHEN (NEW."IdempotencyKey" LIKE 'challenge-post-gave-up:%') EXECUTE FUNCTION test_fault();"""
            : $"""CREATE TRIGGER {Notice} BEFORE INSERT ON "OutboundMessages" WHEN NEW."IdempotencyKey" LIKE 'challenge-post-gave-up:%' BEGIN SELECT RAISE(ABORT, 'simulated database blip'); END;""");

    /// <summary>Fails marking any post finished: as if the process died after queueing, before the marker.</summary>
    public static Task FailMarkingPostsDoneAsync(this AppHost host) =>
        ExecuteAsync(host, postgres => postgres
            ? $"""CREATE TRIGGER {Marker} BEFORE UPDATE ON "ChallengePosts" FOR EACH ROW WHEN (NEW."FannedOutAt" IS NOT NULL) EXECUTE FUNCTION test_fault();"""
            : $"""CREATE TRIGGER {Marker} BEFORE UPDATE ON "ChallengePosts" WHEN NEW."FannedOutAt" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;""");

    /// <summary>Fails storing a post's channel thread: as if the database blinked right after Teams opened it.</summary>
    public static Task FailRecordingThreadsAsync(this AppHost host) =>
        ExecuteAsync(host, postgres => postgres
            ? $"""CREATE TRIGGER {Thread} BEFORE UPDATE ON "ChallengePosts" FOR EACH ROW WHEN (NEW."ChannelConversationId" IS NOT NULL) EXECUTE FUNCTION test_fault();"""
            : $"""CREATE TRIGGER {Thread} BEFORE UPDATE ON "ChallengePosts" WHEN NEW."ChannelConversationId" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'simulated database blip'); END;""");

    /// <summary>Removes every fault: the database works again.</summary>
    public static Task HealAsync(this AppHost host) =>
        ExecuteAsync(host, postgres => postgres
            ? $"""DROP TRIGGER IF EXISTS {Outbox} ON "OutboundMessages"; DROP TRIGGER IF EXISTS {Notice} ON "OutboundMessages"; DROP TRIGGER IF EXISTS {Marker} ON "ChallengePosts"; DROP TRIGGER IF EXISTS {Thread} ON "ChallengePosts";"""
            : $"DROP TRIGGER IF EXISTS {Outbox}; DROP TRIGGER IF EXISTS {Notice}; DROP TRIGGER IF EXISTS {Marker}; DROP TRIGGER IF EXISTS {Thread};");

    private static string KeyPattern(int challengeId) => string.Create(CultureInfo.InvariantCulture, $"challenge-post:%:{challengeId}");

    private static Task ExecuteAsync(AppHost host, Func<bool, string> sql) => host.QueryAsync(async db =>
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE OR REPLACE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated database blip'; END $$;");
        }

        return await db.Database.ExecuteSqlRawAsync(sql(postgres));
    });
}
