using Azure.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Data;

/// <summary>How each provider is configured, shared by the app, design-time factories and tests.</summary>
public static class ChampionDbContextOptions
{
    public static DbContextOptionsBuilder UseChampionSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString)
            .AddInterceptors(SqliteConnectionPragmas.Instance)
            .ConfigureWarnings(QuietConnectionErrors);

    public static DbContextOptionsBuilder UseChampionPostgres(this DbContextOptionsBuilder builder, string connectionString, TokenCredential? entraCredential = null) =>
        (entraCredential is null
            ? builder.UseNpgsql(connectionString)
            : builder.UseNpgsql(PostgresEntraDataSources.Get(connectionString, entraCredential)))
        .ConfigureWarnings(QuietConnectionErrors);

    /// <summary>
    /// A failed connection surfaces as an exception that its caller reports (at start-up: one line naming the setting);
    /// EF's own error-level copy of it would be a second, less useful line.
    /// </summary>
    private static void QuietConnectionErrors(WarningsConfigurationBuilder warnings) =>
        warnings.Log((RelationalEventId.ConnectionError, LogLevel.Debug));

    /// <summary>Builds a context for the provider directly, without DI (tools, tests, benchmarks).</summary>
    public static ChampionDbContext CreateContext(StorageSettings settings) => settings.Provider switch
    {
        StorageProvider.Postgres => new PostgresChampionDbContext(PostgresOptions(settings.ConnectionString, settings.PostgresCredential)),
        _ => new SqliteChampionDbContext(SqliteOptions(settings.ConnectionString)),
    };

    public static DbContextOptions<SqliteChampionDbContext> SqliteOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteChampionDbContext>();
        builder.UseChampionSqlite(connectionString);
        return builder.Options;
    }

    public static DbContextOptions<PostgresChampionDbContext> PostgresOptions(string connectionString, TokenCredential? entraCredential = null)
    {
        var builder = new DbContextOptionsBuilder<PostgresChampionDbContext>();
        builder.UseChampionPostgres(connectionString, entraCredential);
        return builder.Options;
    }
}
