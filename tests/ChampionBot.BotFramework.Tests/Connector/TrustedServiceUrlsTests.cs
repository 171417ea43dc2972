using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Tests.Connector;

/// <summary>Service URLs learned from authenticated activities outlive the process through the app's store.</summary>
public sealed class TrustedServiceUrlsTests
{
    private const string Gcc = "https://smba.infra.gcc.teams.microsoft.com/teams/";
    private static readonly Uri GccConversation = new(Gcc + "v3/conversations/a%3A1/activities");
    private static readonly IOptions<BotOptions> Bot = Options.Create(new BotOptions { AppId = "app", ClientSecret = "not-a-real-secret" });

    private sealed class MemoryStore : ITrustedServiceUrlStore
    {
        public List<string> Saved { get; } = [];

        public bool Fail { get; set; }

        public Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken) =>
            Fail ? throw new TimeoutException("database down") : Task.FromResult<IReadOnlyCollection<string>>([.. Saved]);

        public Task SaveAsync(string serviceUrl, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new TimeoutException("database down");
            }

            Saved.Add(serviceUrl);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task LoadAsync_AfterRestart_UrlSeenBeforeIsStillTrusted()
    {
        var store = new MemoryStore();
        await new TrustedServiceUrls(Bot, store: store).Trust(Gcc);

        var restarted = new TrustedServiceUrls(Bot, store: store);
        Assert.False(restarted.IsTrusted(GccConversation));
        await restarted.LoadAsync(CancellationToken.None);

        Assert.True(restarted.IsTrusted(GccConversation));
    }

    [Fact]
    public async Task Trust_SameUrlManyTimes_StoredOnce()
    {
        var store = new MemoryStore();
        var trusted = new TrustedServiceUrls(Bot, store: store);

        for (var i = 0; i < 3; i++)
        {
            await trusted.Trust(Gcc);
        }

        Assert.Equal([Gcc], store.Saved);
    }

    [Fact]
    public async Task Trust_StoreDown_TrustedNowAndStoredWhenItArrivesAgain()
    {
        var store = new MemoryStore { Fail = true };
        var trusted = new TrustedServiceUrls(Bot, store: store);

        await trusted.Trust(Gcc);
        Assert.True(trusted.IsTrusted(GccConversation));
        Assert.Empty(store.Saved);

        store.Fail = false;
        await trusted.Trust(Gcc);
        Assert.Equal([Gcc], store.Saved);
    }

    [Fact]
    public async Task Trust_StoreSlow_TrustedAtOnceWithoutWaitingForTheSave()
    {
        var release = new TaskCompletionSource();
        var trusted = new TrustedServiceUrls(Bot, store: new SlowStore(release.Task));

        var saving = trusted.Trust(Gcc);

        Assert.False(saving.IsCompleted);
        Assert.True(trusted.IsTrusted(GccConversation));
        release.SetResult();
        await saving;
    }

    private sealed class SlowStore(Task released) : ITrustedServiceUrlStore
    {
        public Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyCollection<string>>([]);

        public Task SaveAsync(string serviceUrl, CancellationToken cancellationToken) => released;
    }

    [Fact]
    public async Task LoadAsync_StoreDown_StartsWithTheAllowListOnly()
    {
        var trusted = new TrustedServiceUrls(Bot, store: new MemoryStore { Fail = true });

        await trusted.LoadAsync(CancellationToken.None);

        Assert.False(trusted.IsTrusted(GccConversation));
        Assert.True(trusted.IsTrusted(new Uri("https://smba.trafficmanager.net/amer/v3/conversations")));
    }
}
