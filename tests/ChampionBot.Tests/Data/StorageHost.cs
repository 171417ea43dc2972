using ChampionBot.Data;
using ChampionBot.Testing;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Tests.Data;

/// <summary>A bare host with only <see cref="DataExtensions.AddChampionData"/>: what the app does with storage at start-up.</summary>
internal static class StorageHost
{
    public static IHost Build(
        IReadOnlyDictionary<string, string?> settings, ListLoggerProvider logs, string? contentRoot = null, TimeProvider? time = null)
    {
        // DisableDefaults: no environment variables, so CI's ConnectionStrings__ChampionBot cannot leak into a test.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
            ContentRootPath = contentRoot ?? Path.GetTempPath(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SeedDirectory"] = RepositoryPaths.InRoot("seeds"),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddChampionData();
        return builder.Build();
    }
}
