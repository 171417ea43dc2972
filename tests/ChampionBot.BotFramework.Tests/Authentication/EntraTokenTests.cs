using System.Net;
using ChampionBot.Testing.Auth;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>The auth matrix for Entra ID tokens of the bot's tenant.</summary>
public sealed class EntraTokenTests(InboundAuthFixture fixture) : IClassFixture<InboundAuthFixture>
{
    private LocalTokenIssuer Issuer => fixture.Issuer;

    private BotHost Bot => fixture.Bot;

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task PostMessage_ValidEntraToken_Returns200(EntraTokenVersion version)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintEntraToken(LocalTokenIssuer.DefaultTenantId, version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_EntraTokenForApplicationIdUri_Returns200()
    {
        var token = Issuer.MintEntraToken(options: new() { Audience = "api://" + LocalTokenIssuer.DefaultAppId });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task PostMessage_EntraTokenFromAnotherTenant_Returns401(EntraTokenVersion version)
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintEntraToken(LocalTokenIssuer.OtherTenantId, version));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task PostMessage_EntraTokenOfAnotherAppInTheTenant_Returns401(EntraTokenVersion version)
    {
        var token = Issuer.MintEntraToken(LocalTokenIssuer.DefaultTenantId, version, new() { CallerAppId = "5e000000-0000-4000-8000-000000000005" });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_EntraTokenWithoutVersionClaim_Returns401()
    {
        var token = Issuer.MintEntraToken(options: new() { Claims = new Dictionary<string, object?> { ["ver"] = null } });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_EntraTokenForAnotherAudience_Returns401()
    {
        var token = Issuer.MintEntraToken(options: new() { Audience = "https://graph.microsoft.com" });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_EntraIssuerSignedWithBotFrameworkKey_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintEntraToken(options: new() { Key = LocalSigningKey.Teams }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ExpiredEntraToken_Returns401()
    {
        var now = DateTimeOffset.UtcNow;
        var token = Issuer.MintEntraToken(options: new() { NotBefore = now.AddMinutes(-70), Expires = now.AddMinutes(-10) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
