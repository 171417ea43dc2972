using System.Net;
using System.Net.Http.Headers;
using ChampionBot.Testing.Auth;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>What an attacker would send: none of it gets in, and none of it causes a 500.</summary>
public sealed class ForgedTokenTests(InboundAuthFixture fixture) : IClassFixture<InboundAuthFixture>
{
    private LocalTokenIssuer Issuer => fixture.Issuer;

    private BotHost Bot => fixture.Bot;

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOi.broken")]
    [InlineData("Bearer ....")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Bearer")]
    public async Task PostMessage_NotAJwt_Returns401(string header)
    {
        using var response = await Bot.PostMessageWithHeaderAsync(AuthenticationHeaderValue.Parse(header));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TokenSignedWithUnknownKey_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.Unpublished }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_UnknownKeyClaimingATrustedKeyId_Returns401()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.Unpublished, KeyId = LocalTokenIssuer.KeyIdOf(LocalSigningKey.Teams) });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_AlgNone_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintUnsignedToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_Hs256SignedWithThePublicKey_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintHs256WithPublicKey());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ValidSignatureWithDisallowedAlgorithmPs256_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Algorithm = "PS256" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_BotFrameworkIssuerSignedWithEntraKey_Returns401()
    {
        using var response = await Bot.PostMessageAsync(Issuer.MintBotFrameworkToken(new() { Key = LocalSigningKey.Entra }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TokenWithoutExpiry_Returns401()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Claims = new Dictionary<string, object?> { ["exp"] = null } });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_RejectedToken_IsLoggedAtWarningWithoutTheToken()
    {
        var token = Issuer.MintBotFrameworkToken(new() { Audience = "9f000000-0000-4000-8000-000000000009" });

        using var response = await Bot.PostMessageAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(Bot.Logs.Lines, line => line.EventId == 1201 && line.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.DoesNotContain(Bot.Logs.Lines, line => line.Message.Contains(token.Split('.')[1], StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Logs.Lines, line => line.Message.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }
}
