using System.Net;
using ChampionBot.Testing.Auth;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Hosting;

/// <summary>
/// The app as deployed (an app id is set): real tokens from a local issuer are required, and the bot answers on the
/// conversation's service URL with its own token. The full token matrix is in ChampionBot.BotFramework.Tests.
/// </summary>
public sealed class AppAuthenticationTests : IAsyncLifetime
{
    private LocalTokenIssuer _issuer = null!;
    private AppHost _app = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _app = new AppHost();
        foreach (var (key, value) in _issuer.BotConfiguration())
        {
            _app.With(key, value);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Message_WithoutToken_Is401AndNothingIsSent()
    {
        var response = await _app.PostAsync(TestActivities.PersonalMessage("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task Message_WithChannelTokenForItsServiceUrl_IsAccepted()
    {
        var activity = TestActivities.PersonalMessage("help");
        var token = _issuer.MintBotFrameworkToken(new LocalTokenOptions { ServiceUrl = activity["serviceUrl"]!.GetValue<string>() });

        var response = await _app.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Message_WithTokenForAnotherServiceUrl_Is401()
    {
        var token = _issuer.MintBotFrameworkToken(new LocalTokenOptions { ServiceUrl = "https://evil.example.com/" });

        var response = await _app.PostAsync(TestActivities.PersonalMessage("help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
