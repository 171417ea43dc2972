using Azure.Core;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.BotFramework.Tests.Connector;

public sealed class BotTokenHandlerTests
{
    private static readonly BotOptions Bot = new() { AppId = "app", TenantId = "tenant", ClientSecret = "not-a-real-secret" };

    [Fact]
    public void IsTrusted_AllowListedPrefix_IsTrustedButLookalikeHostIsNot()
    {
        var trusted = new TrustedServiceUrls(Options.Create(Bot));

        Assert.True(trusted.IsTrusted(new Uri("https://smba.trafficmanager.net/emea/v3/conversations")));
        Assert.False(trusted.IsTrusted(new Uri("https://smba.trafficmanager.net.evil.example/v3/conversations")));
        Assert.False(trusted.IsTrusted(new Uri("http://smba.trafficmanager.net/emea/v3/conversations")));
    }

    [Fact]
    public async Task IsTrusted_ServiceUrlSeenOnAuthenticatedActivity_IsTrusted()
    {
        var trusted = new TrustedServiceUrls(Options.Create(Bot));
        Assert.False(trusted.IsTrusted(new Uri("https://canary.botapi.skype.com/amer/v3/conversations")));

        await trusted.Trust("https://canary.botapi.skype.com/amer");

        Assert.True(trusted.IsTrusted(new Uri("https://canary.botapi.skype.com/amer/v3/conversations")));
        Assert.False(trusted.IsTrusted(new Uri("https://canary.botapi.skype.com/amerx/v3/conversations")));
    }

    [Fact]
    public async Task Send_TrustedServiceUrl_AddsTheCachedBearerToken()
    {
        var (client, stub, credential) = Create();

        await client.SendAsync("https://smba.trafficmanager.net/emea/", "a:1", MessageFactory.Text("one"));
        await client.SendAsync("https://smba.trafficmanager.net/emea/", "a:1", MessageFactory.Text("two"));

        Assert.All(stub.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Send_UntrustedServiceUrl_NeverSendsTheToken()
    {
        var (client, stub, credential) = Create();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendAsync("https://evil.example.com/", "a:1", MessageFactory.Text("hi")));

        Assert.Empty(stub.Requests);
        Assert.Equal(0, credential.Calls);
    }

    [Fact]
    public async Task Send_TokenNearExpiry_IsRefreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var (client, stub, credential) = Create(time);

        await client.SendAsync("https://smba.trafficmanager.net/emea/", "a:1", MessageFactory.Text("one"));
        time.Advance(TimeSpan.FromMinutes(56));
        await client.SendAsync("https://smba.trafficmanager.net/emea/", "a:1", MessageFactory.Text("two"));

        Assert.Equal(["Bearer token-1", "Bearer token-2"], stub.Requests.Select(r => r.Authorization));
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Send_AnonymousMode_SendsNoToken()
    {
        var stub = new StubHandler();
        var options = Options.Create(new BotOptions());
        var handler = new BotTokenHandler(new BotTokenProvider(TimeProvider.System), new TrustedServiceUrls(options)) { InnerHandler = stub };

        await new ConnectorClient(new HttpClient(handler)).SendAsync("http://localhost:56150/_connector", "a:1", MessageFactory.Text("hi"));

        Assert.Null(Assert.Single(stub.Requests).Authorization);
    }

    private static (ConnectorClient Client, StubHandler Stub, CountingCredential Credential) Create(FakeTimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var credential = new CountingCredential(time);
        var options = Options.Create(Bot);
        var provider = new BotTokenProvider(time, credential);
        var stub = new StubHandler();
        var handler = new BotTokenHandler(provider, new TrustedServiceUrls(options)) { InnerHandler = stub };
        return (new ConnectorClient(new HttpClient(handler)), stub, credential);
    }

    private sealed class CountingCredential(TimeProvider time) : TokenCredential
    {
        public int Calls { get; private set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Assert.Equal([BotTokenProvider.BotFrameworkScope], requestContext.Scopes);
            Calls++;
            return ValueTask.FromResult(new AccessToken($"token-{Calls}", time.GetUtcNow().AddHours(1)));
        }
    }
}
