using Azure.Core;
using ChampionBot.Data;
using Microsoft.Extensions.Configuration;

namespace ChampionBot.Tests.Data;

/// <summary>PostgreSQL's Entra sign-in uses the bot's one credential, and refuses to start without one.</summary>
public sealed class StorageCredentialTests
{
    private static readonly IConfiguration Postgres = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ChampionBot"] = "Host=db;Database=championbot;Username=id-championbot" })
        .Build();

    [Fact]
    public void Resolve_EntraWithCredential_UsesThatCredential()
    {
        var credential = new StubCredential();

        var settings = StorageSettings.Resolve(
            new StorageOptions { Provider = "Postgres", PostgresEntraAuthentication = true }, Postgres, "/app", credential);

        Assert.Same(credential, settings.PostgresCredential);
    }

    [Fact]
    public void Resolve_EntraWithoutCredential_RefusesNamingTheSettings()
    {
        var failure = Assert.Throws<StorageConfigurationException>(() => StorageSettings.Resolve(
            new StorageOptions { Provider = "Postgres", PostgresEntraAuthentication = true }, Postgres, "/app"));

        Assert.Contains("Storage:PostgresEntraAuthentication", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:ManagedIdentityClientId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PasswordLogin_IgnoresTheCredential()
    {
        var settings = StorageSettings.Resolve(new StorageOptions { Provider = "Postgres" }, Postgres, "/app", new StubCredential());

        Assert.Null(settings.PostgresCredential);
    }

    private sealed class StubCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
