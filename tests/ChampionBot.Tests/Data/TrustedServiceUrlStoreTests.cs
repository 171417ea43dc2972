using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Testing.Databases;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Data;

public sealed class SqliteTrustedServiceUrlStoreTests(SqliteTestDatabase database)
    : TrustedServiceUrlStoreTests<SqliteTestDatabase>(database);

public sealed class PostgresTrustedServiceUrlStoreTests(PostgresTestDatabase database)
    : TrustedServiceUrlStoreTests<PostgresTestDatabase>(database);

/// <summary>A GCC or sovereign service URL seen on an authenticated activity is still trusted after a restart.</summary>
public abstract class TrustedServiceUrlStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly IOptions<BotOptions> Bot = Options.Create(new BotOptions { AppId = "app", ClientSecret = "not-a-real-secret" });

    private TrustedServiceUrlStore NewStore() => new(database.ContextFactory(), new FakeTimeProvider(TestRows.Now));

    [SkippableFact]
    public async Task Trust_ThenRestart_UrlIsTrustedByTheNewProcess()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var gcc = $"https://smba.infra.gcc.teams.microsoft.com/{Guid.NewGuid():N}/";
        await new TrustedServiceUrls(Bot, store: NewStore()).Trust(gcc);

        var restarted = new TrustedServiceUrls(Bot, store: NewStore());
        await restarted.LoadAsync(CancellationToken.None);

        Assert.True(restarted.IsTrusted(new Uri(gcc + "v3/conversations/a%3A1/activities")));
    }

    [SkippableFact]
    public async Task SaveAsync_ManyInstancesAtOnce_OneRowAndNoError()
    {
        database.SkipUnlessAvailable();

        (await database.CreateMigratedContextAsync()).Dispose();
        var url = $"https://smba.infra.gov.teams.microsoft.us/{Guid.NewGuid():N}/";

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NewStore().SaveAsync(url, CancellationToken.None))));

        Assert.Single(await NewStore().LoadAsync(CancellationToken.None), stored => stored == url);
    }
}
