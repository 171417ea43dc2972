using System.Security.Cryptography;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Testing.Auth;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChampionBot.Tests.Outcomes;

/// <summary>Export links are signed with one key on every instance: required outside local mode, made per process only locally.</summary>
public sealed class ExportSigningKeyTests
{
    [Fact]
    public void Options_AppIdSetWithoutSigningKey_FailValidationNamingTheSetting()
    {
        using var services = Services(appId: "3f1a0c55-0000-4000-8000-000000000001", key: null);

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutcomesOptions>>().Value);

        Assert.Contains("Outcomes:ExportSigningKey is required", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_LocalModeWithoutSigningKey_AreValid()
    {
        using var services = Services(appId: string.Empty, key: null);

        Assert.Null(services.GetRequiredService<IOptions<OutcomesOptions>>().Value.ExportSigningKey);
    }

    [Fact]
    public async Task Start_AppIdSetWithSigningKey_Starts()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var app = new AppHost();
        foreach (var (key, value) in issuer.BotConfiguration())
        {
            app.With(key, value);
        }

        app.With("Outcomes:ExportSigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        using var client = app.CreateClient();
        Assert.NotNull(client);
    }

    [Fact]
    public void Read_LinkSignedByAnotherInstanceWithTheSameKey_IsAccepted()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var made = new ExportLinkSigner(Options.Create(new OutcomesOptions { ExportSigningKey = key }));
        var other = new ExportLinkSigner(Options.Create(new OutcomesOptions { ExportSigningKey = key }));
        var claim = new ExportClaim(Guid.NewGuid(), OutcomeExports.ResultsKind, 7, DateTimeOffset.UnixEpoch.AddYears(60));

        Assert.Equal(claim, other.Read(made.Sign(claim)));
    }

    private static ServiceProvider Services(string appId, string? key)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AppId"] = appId, ["Outcomes:ExportSigningKey"] = key })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<BotOptions>().BindConfiguration("Bot");
        services.AddOutcomes();
        return services.BuildServiceProvider();
    }
}
