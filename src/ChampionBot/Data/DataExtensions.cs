using Azure.Core;
using ChampionBot.BotFramework.Connector;
using ChampionBot.Data.Results;
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
    /// provider, <see cref="ConversationReferenceStore"/>, the <see cref="IResultStore"/>, and a start-up step that checks
    /// the connection, migrates and seeds before any other hosted service starts (it stops the app with one log line when
    /// it cannot).
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
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetService<TokenCredential>()));

        services.AddPooledDbContextFactory<SqliteChampionDbContext>((provider, options) =>
            options.UseChampionSqlite(provider.GetRequiredService<StorageSettings>().ConnectionString));
        services.AddPooledDbContextFactory<PostgresChampionDbContext>((provider, options) =>
        {
            var settings = provider.GetRequiredService<StorageSettings>();
            options.UseChampionPostgres(settings.ConnectionString, settings.PostgresCredential);
        });
        services.AddSingleton<IDbContextFactory<ChampionDbContext>, ChampionDbContextFactory>();
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<ChampionDbContext>>().CreateDbContext());

        services.AddSingleton<DatabaseWriteGate>();
        services.AddSingleton<IResultStore, ResultStore>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITrustedServiceUrlStore, TrustedServiceUrlStore>();
        services.AddSingleton<TeamChannelNameStore>();
        services.AddSingleton<ChampionSeeder>();
        // Disposed with the host, which lets the next process on the same SQLite file start.
        services.AddSingleton<SqliteFileLock>();
        services.AddSingleton<DatabasePreparer>();
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    /// <summary>
    /// Optional, before <c>app.Run()</c>: prepares the database now, so a storage failure ends the process with the one
    /// log line and exit code 1 (<c>if (!await app.PrepareDatabaseAsync()) return 1;</c>) instead of the host's own
    /// start-up failure report. On failure the app is disposed (which flushes the log) and must not be run.
    /// Without this call the hosted step does the same work at start.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        try
        {
            await app.Services.GetRequiredService<DatabasePreparer>().PrepareAsync(cancellationToken);
            return true;
        }
        catch (DatabaseStartupException)
        {
            // Already logged as one line by the preparer; disposing drains the console logger's queue before exit.
            if (app is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
            else
            {
                app.Dispose();
            }

            return false;
        }
    }
}
