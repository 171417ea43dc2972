using ChampionBot.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChampionBot.Tests.Hosting;

/// <summary>
/// Nothing in the bot protects data, so starting it must not make a data protection key: that key would be stored
/// unencrypted, one per instance, with a "No XML encryptor configured" warning at every fresh start.
/// </summary>
public sealed class DataProtectionTests
{
    [Fact]
    public void Start_NothingProtectsData_NoDataProtectionKeyRingIsLoaded()
    {
        using var app = new AppHost();

        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.NotEmpty(hosted);
        Assert.DoesNotContain(hosted, t => t.Assembly == typeof(DataProtectionOptions).Assembly);
    }
}
