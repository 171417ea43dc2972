using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Data;

public sealed class SqliteConversationReferenceStoreTests(SqliteTestDatabase database)
    : ConversationReferenceStoreTests<SqliteTestDatabase>(database);

public sealed class PostgresConversationReferenceStoreTests(PostgresTestDatabase database)
    : ConversationReferenceStoreTests<PostgresTestDatabase>(database);

/// <summary>Every inbound activity upserts its conversation reference; instances race and the row stays single.</summary>
public abstract class ConversationReferenceStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly FakeTimeProvider time = new(TestRows.Now);

    [SkippableFact]
    public async Task UpsertAsync_ManyInstancesAtOnceForOnePerson_StoresOneRow()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var user = TestRows.NewObjectId();
        var conversation = $"a:{Guid.NewGuid():N}";

        // Separate stores behave like separate app instances: no shared memory, only the database.
        var writers = Enumerable.Range(0, 12).Select(i => Task.Run(() => NewStore().UpsertAsync(
            TestRows.Reference(conversation, user, $"https://smba.trafficmanager.net/region{i}/"), CancellationToken.None)));
        await Task.WhenAll(writers);

        await using var db = database.CreateContext();
        var row = await db.ConversationReferences.SingleAsync(r => r.UserAadObjectId == user);
        Assert.Equal(conversation, row.ConversationId);
        Assert.StartsWith("https://smba.trafficmanager.net/region", row.ServiceUrl, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UpsertAsync_ServiceUrlChanges_UpdatesTheSameRow()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var user = TestRows.NewObjectId();
        await store.UpsertAsync(TestRows.Reference("a:personal-1", user), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertAsync(TestRows.Reference("a:personal-1", user, "https://smba.trafficmanager.net/emea/"), CancellationToken.None);

        var stored = await store.FindPersonalAsync(user, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(("https://smba.trafficmanager.net/emea/", TestRows.Now.AddMinutes(1)), (stored.ServiceUrl, stored.UpdatedAt));
    }

    [SkippableFact]
    public async Task UpsertAsync_RepliesInSeveralChannelThreads_StoresTheChannelOncePerPerson()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var user = TestRows.NewObjectId();
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        foreach (var thread in new[] { "1700000000001", "1700000000002" })
        {
            var reference = TestRows.Reference($"{channel};messageid={thread}", user) with { ConversationType = "channel", TeamId = channel };
            await store.UpsertAsync(reference, CancellationToken.None);
        }

        await using var db = database.CreateContext();
        Assert.Equal(channel, (await db.ConversationReferences.SingleAsync(r => r.UserAadObjectId == user)).ConversationId);
        Assert.NotNull(await store.FindConversationAsync($"{channel};messageid=1700000000003", CancellationToken.None));
    }

    [SkippableFact]
    public async Task ForgetUserAsync_AfterForgetting_TheNextActivityIsStoredAgain()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var user = TestRows.NewObjectId();
        await store.UpsertAsync(TestRows.Reference($"a:{user}", user), CancellationToken.None);

        Assert.Equal(1, await store.ForgetUserAsync(user, CancellationToken.None));
        Assert.Null(await store.FindPersonalAsync(user, CancellationToken.None));
        await store.UpsertAsync(TestRows.Reference($"a:{user}", user), CancellationToken.None);
        Assert.NotNull(await store.FindPersonalAsync(user, CancellationToken.None));
    }

    [SkippableFact]
    public async Task UpsertAsync_PersonOnTheDoNotContactList_StoresNothing()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var (forgotten, other) = (TestRows.NewObjectId(), TestRows.NewObjectId());
        await using (var db = database.CreateContext())
        {
            db.DoNotContactList.Add(new DoNotContact { ObjectId = forgotten, Since = TestRows.Now });
            await db.SaveChangesAsync();
        }

        store.Record(TestRows.Reference($"a:{forgotten}", forgotten));
        await store.UpsertAsync(TestRows.Reference($"a:{other}", other), CancellationToken.None);

        // "mydata" after "forget me" must not list a chat the bot kept to reach them.
        Assert.Null(await store.FindPersonalAsync(forgotten, CancellationToken.None));
        Assert.NotNull(await store.FindPersonalAsync(other, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Record_WaitsForTheFlushThenWritesEveryoneInOneGo()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var users = Enumerable.Range(0, 25).Select(_ => TestRows.NewObjectId()).ToList();
        foreach (var user in users)
        {
            store.Record(TestRows.Reference($"a:{user}", user));
        }

        Assert.Null(await store.FindPersonalAsync(users[0], CancellationToken.None));
        await store.FlushAsync(CancellationToken.None);

        // 25 rows span several multi-row statements.
        await using var db = database.CreateContext();
        Assert.Equal(25, await db.ConversationReferences.CountAsync(r => users.Contains(r.UserAadObjectId)));
    }

    [SkippableFact]
    public async Task ForgetUserAsync_WithAQueuedReference_NothingComesBackAfterTheNextFlush()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var store = NewStore();
        var user = TestRows.NewObjectId();
        await store.UpsertAsync(TestRows.Reference($"a:{user}", user), CancellationToken.None);
        store.Record(TestRows.Reference($"a:{user}", user, "https://smba.trafficmanager.net/emea/"));

        await store.ForgetUserAsync(user, CancellationToken.None);
        await store.FlushAsync(CancellationToken.None);

        Assert.Null(await store.FindPersonalAsync(user, CancellationToken.None));
    }

    private ConversationReferenceStore NewStore() =>
        new(database.ContextFactory(), time);
}
