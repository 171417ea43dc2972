using ChampionBot.Testing.Auth;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>One local issuer and one bot trusting it, shared by the auth matrix (each test sends its own request).</summary>
public sealed class InboundAuthFixture : IAsyncLifetime
{
    public LocalTokenIssuer Issuer { get; private set; } = null!;

    internal BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalTokenIssuer.StartAsync();
        Bot = await BotHost.StartAsync(Issuer);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
