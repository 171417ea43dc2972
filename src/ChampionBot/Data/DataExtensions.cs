using ChampionBot.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChampionBot.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers storage: <see cref="StorageOptions"/>, <see cref="StorageSettings"/>, a pooled
    /// <see cref="IDbContextFactory{ChampionDbContext}"/> and a scoped <see cref="ChampionDbContext"/> for the configured
    /// provider, <see cref="ConversationReferenceStore"/>, and a start-up step that checks the connection, migrates and
    /// seeds before any other hosted service starts (it stops the app with one log line when it cannot).
    /// </summary>
    public static IHostApplicationBuilder AddChampionData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Validated at start by DatabasePreparer rather than ValidateOnStart, which would throw before anything is
        // logged: a bad Storage setting must produce the one clear log line an operator can act on.
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => StorageSettings.Resolve(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath));

        services.AddPooledDbContextFactory<SqliteChampionDbContext>((provider, options) =>
            options.UseChampionSqlite(provider.GetRequiredService<StorageSettings>().ConnectionString));
        services.AddPooledDbContextFactory<PostgresChampionDbContext>((provider, options) =>
            options.UseChampionPostgres(provider.GetRequiredService<StorageSettings>().ConnectionString));
        services.AddSingleton<IDbContextFactory<ChampionDbContext>, ChampionDbContextFactory>();
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContext());

        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ChampionSeeder>();
        services.AddSingleton<DatabasePreparer>();
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }
}
