using System.Net;
using ChampionBot.Testing.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>Anonymous mode, the start-up refusals, and what happens when the issuer cannot be reached.</summary>
public sealed class StartupTests
{
    private static Dictionary<string, string?> Anonymous() => new() { ["Bot:AppId"] = string.Empty };

    [Fact]
    public async Task PostMessage_AnonymousModeWithoutToken_Returns200()
    {
        await using var bot = await BotHost.StartAsync(Anonymous());

        using var response = await bot.PostMessageAsync(token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_AnonymousMode_LogsLoudWarning()
    {
        await using var bot = await BotHost.StartAsync(Anonymous());

        var warning = Assert.Single(bot.Logs.Lines, line => line.EventId == 1204);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("LOCAL ANONYMOUS MODE", warning.Message, StringComparison.Ordinal);
        Assert.Contains("never use it in production", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AnonymousModeInProduction_RefusesToStart()
    {
        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(Anonymous(), "Production"));

        Assert.Contains("Bot:AppId", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Production", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Test")]
    public async Task Start_AnonymousModeOutsideDevelopment_RefusesToStart(string environment)
    {
        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(Anonymous(), environment));

        var failure = Assert.Single(refusal.Failures);
        Assert.Contains("Bot:AppId", failure, StringComparison.Ordinal);
        Assert.Contains(environment, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:3978")]
    [InlineData("urls", "http://127.0.0.1:3978;http://*:3979")]
    [InlineData("urls", "http://bot.contoso.com:3978")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://+:3978")]
    public async Task Start_AnonymousModeListeningBeyondThisMachine_RefusesToStart(string key, string value)
    {
        var configuration = Anonymous();
        configuration[key] = value;

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(configuration));

        Assert.Contains("listen", Assert.Single(refusal.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AnonymousModeOnLoopbackOnly_Starts()
    {
        var configuration = Anonymous();
        configuration["urls"] = "http://127.0.0.1:3978;http://localhost:3979;http://[::1]:3980";
        configuration["http_ports"] = "8080";

        await using var bot = await BotHost.StartAsync(configuration);

        using var response = await bot.PostMessageAsync(token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_AppIdWithoutCredential_RefusesToStart()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var configuration = issuer.BotConfiguration();
        configuration.Remove("Bot:ClientSecret");

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(configuration, "Production"));

        Assert.Contains("no credential", Assert.Single(refusal.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AppIdSetInProduction_Starts()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var bot = await BotHost.StartAsync(issuer.BotConfiguration(), "Production");

        using var response = await bot.PostMessageAsync(issuer.MintBotFrameworkToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Bot:BotFrameworkOpenIdMetadata", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:EntraOpenIdMetadata", "http://login.example.com/tenant/v2.0/.well-known/openid-configuration")]
    [InlineData("Bot:BotFrameworkOpenIdMetadata", "not a url")]
    public async Task Start_MetadataNotHttpsOnNonLoopbackHost_RefusesToStart(string key, string address)
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var configuration = issuer.BotConfiguration();
        configuration[key] = address;
        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(configuration));

        Assert.Contains(key, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("https://", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_IssuerUnreachable_Returns401NotA500()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var configuration = issuer.BotConfiguration();
        configuration["Bot:BotFrameworkOpenIdMetadata"] = "http://127.0.0.1:9/botframework/v1/.well-known/openidconfiguration";
        await using var bot = await BotHost.StartAsync(configuration);

        using var response = await bot.PostMessageAsync(issuer.MintBotFrameworkToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ManyRequests_FetchMetadataOnce()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var bot = await BotHost.StartAsync(issuer);

        for (var i = 0; i < 10; i++)
        {
            using var response = await bot.PostMessageAsync(issuer.MintBotFrameworkToken());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // One metadata document and one key set, however many requests.
        Assert.Equal(2, issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task PostMessage_NoTenantConfigured_RefusesEntraTokensButAcceptsChannelTokens()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var configuration = issuer.BotConfiguration();
        configuration["Bot:TenantId"] = string.Empty;
        await using var bot = await BotHost.StartAsync(configuration);

        using var entra = await bot.PostMessageAsync(issuer.MintEntraToken());
        using var channel = await bot.PostMessageAsync(issuer.MintBotFrameworkToken());

        Assert.Equal(HttpStatusCode.Unauthorized, entra.StatusCode);
        Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
    }
}
