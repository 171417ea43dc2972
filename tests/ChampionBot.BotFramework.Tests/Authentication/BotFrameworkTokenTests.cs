using System.Net;
using ChampionBot.Testing.Auth;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>The auth matrix for Bot Framework channel tokens, through the real pipeline (TestServer) and a local issuer.</summary>
public sealed class BotFrameworkTokenTests(InboundAuthFixture fixture) : IClassFixture<InboundAuthFixture>
{
    private LocalTokenIssuer Issuer => fixture.Issuer;

    private BotHost Bot => fixture.Bot;

    [Fact]
    public async Task PostMessage_ValidBotFrameworkToken_Returns200()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task PostMessage_TokenSignedWithOtherRsaSha2Algorithm_Returns200(string algorithm)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Algorithm = algorithm }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_NoAuthorizationHeader_Returns401()
    {
        using var response = await Bot.PostMessageAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ExpiredToken_Returns401()
    {
        var now = DateTimeOffset.UtcNow;
        var token = Issuer.MintBotFrameworkToken(new() { NotBefore = now.AddMinutes(-70), Expires = now.AddMinutes(-10) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TokenExpiredWithinFiveMinuteSkew_Returns200()
    {
        var now = DateTimeOffset.UtcNow;
        var token = Issuer.MintBotFrameworkToken(new() { NotBefore = now.AddMinutes(-64), Expires = now.AddMinutes(-4) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TokenNotYetValid_Returns401()
    {
        var now = DateTimeOffset.UtcNow;
        var token = Issuer.MintBotFrameworkToken(new() { NotBefore = now.AddMinutes(10), Expires = now.AddMinutes(70) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TokenValidFromWithinFiveMinuteSkew_Returns200()
    {
        var now = DateTimeOffset.UtcNow;
        var token = Issuer.MintBotFrameworkToken(new() { NotBefore = now.AddMinutes(4), Expires = now.AddMinutes(64) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("9f000000-0000-4000-8000-000000000009")]
    [InlineData("api://" + LocalTokenIssuer.DefaultAppId)]
    [InlineData("https://api.botframework.com")]
    public async Task PostMessage_WrongAudience_Returns401(string audience)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Audience = audience }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://api.botframework.us")]
    public async Task PostMessage_WrongIssuer_Returns401(string issuer)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Issuer = issuer }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ServiceUrlClaimDiffersFromActivity_Returns401()
    {
        var token = Issuer.MintBotFrameworkToken(new() { ServiceUrl = "https://smba.trafficmanager.net/emea/" });

        using var response = await Bot.PostMessageAsync(token, serviceUrl: "https://smba.trafficmanager.net/amer/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("https://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task PostMessage_ServiceUrlDiffersOnlyInCaseOrTrailingSlash_Returns200(string activityServiceUrl)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(), serviceUrl: activityServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_KeyNotEndorsedForMsTeams_Returns403()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.OtherChannel });

        using var response = await Bot.PostMessageAsync(token, channelId: "msteams");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_KeyEndorsedForTheActivitysChannel_Returns200()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.OtherChannel });

        using var response = await Bot.PostMessageAsync(token, channelId: "webchat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_BotFrameworkTokenWithoutServiceUrlClaim_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { IncludeServiceUrl = false }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_CachedTokenWithAnotherServiceUrl_Returns401()
    {
        var token = Issuer.MintBotFrameworkToken();
        using var first = await Bot.PostMessageAsync(token);

        using var replayed = await Bot.PostMessageAsync(token, serviceUrl: "https://evil.example.com/amer/");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task PostMessage_CachedTokenForAChannelItsKeyIsNotEndorsedFor_Returns403()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.OtherChannel });
        using var first = await Bot.PostMessageAsync(token, channelId: "webchat");

        using var otherChannel = await Bot.PostMessageAsync(token, channelId: "msteams");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherChannel.StatusCode);
    }
}
