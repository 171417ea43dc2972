using System.Data.Common;
using System.Net.Sockets;
using ChampionBot.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChampionBot.Data;

/// <summary>
/// Start-up step: resolve settings, lock a SQLite file to this process, reach the database, apply migrations, seed. Any
/// failure logs one line naming the setting to fix and throws <see cref="DatabaseStartupException"/>, so the host never
/// starts half-way.
/// </summary>
public sealed class DatabasePreparer(
    IServiceProvider services,
    IHostEnvironment environment,
    ChampionSeeder seeder,
    SqliteFileLock fileLock,
    ILogger<DatabasePreparer> logger)
{
    private readonly Lock gate = new();
    private Task? preparation;

    /// <summary>Prepares the database once per process; later calls share the first run's outcome.</summary>
    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return preparation ??= PrepareOnceAsync(cancellationToken);
        }
    }

    private async Task PrepareOnceAsync(CancellationToken cancellationToken)
    {
        var (options, settings) = ReadSettings();
        // Before anything touches the file: a second process must not even migrate it.
        LockSqliteFile(settings);
        // A context of its own, without the app's logger: EF logs a failed command (including its expected probe of a
        // missing history table on a fresh database) as an error, and here the one line below says what matters.
        await using var db = ChampionDbContextOptions.CreateContext(settings);

        await ConnectAsync(db, options, settings, cancellationToken);
        var applied = await MigrateAsync(db, options, settings, cancellationToken);
        var seeded = options.SeedOnStart
            ? await SeedAsync(db, options, settings, cancellationToken)
            : SeedReport.Nothing;

        DataLog.DatabaseReady(logger, settings.Provider, applied, seeded.ChallengesAdded, seeded.PeopleAdded, seeded.ProgramsAdded);
    }

    private (StorageOptions Options, StorageSettings Settings) ReadSettings()
    {
        try
        {
            return (services.GetRequiredService<IOptions<StorageOptions>>().Value, services.GetRequiredService<StorageSettings>());
        }
        catch (Exception ex) when (ex is OptionsValidationException or StorageConfigurationException)
        {
            throw Fail(ex.Message);
        }
    }

    private void LockSqliteFile(StorageSettings settings)
    {
        try
        {
            fileLock.Acquire(settings);
        }
        catch (SqliteFileInUseException ex)
        {
            DataLog.SqliteFileInUse(logger, ex.Message);
            throw new DatabaseStartupException($"Storage could not start: {ex.Message}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(
                $"cannot create the lock file beside the SQLite database {settings.SqliteFilePath} ({Describe(ex, settings)}): check that its folder is writable, or change {StorageSettings.ConnectionStringKey}");
        }
    }

    private async Task ConnectAsync(ChampionDbContext db, StorageOptions options, StorageSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.SqliteFilePath is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            if (settings.IsSqliteFile)
            {
                // WAL lets readers run while the sender writes; it is stored in the file, so once is enough.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName && options.MigrateOnStart)
        {
            // The server is there but the database is not yet: migrating creates it.
        }
        catch (ArgumentException ex)
        {
            throw Fail(
                $"{StorageSettings.ConnectionStringKey} is not a valid {settings.Provider} connection string ({Describe(ex, settings)})");
        }
        catch (Exception ex) when (ex is DbException or SocketException or IOException or UnauthorizedAccessException
            or InvalidOperationException or TimeoutException)
        {
            throw Fail(
                $"cannot reach the {settings.Provider} database ({Describe(ex, settings)}): check {StorageSettings.ConnectionStringKey} and Storage:Provider");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> MigrateAsync(ChampionDbContext db, StorageOptions options, StorageSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            // Asking for applied migrations on a database without the history table logs a failed command as an error;
            // a fresh database simply has every migration pending.
            var pending = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
                ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count()
                : db.Database.GetMigrations().Count();
            if (pending > 0 && !options.MigrateOnStart)
            {
                throw Fail(
                    $"the database lacks {pending} migration(s) and Storage:MigrateOnStart is false: apply them with dotnet ef database update or set Storage:MigrateOnStart=true");
            }

            if (pending > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            return pending;
        }
        catch (Exception ex) when (ex is not DatabaseStartupException and not OperationCanceledException)
        {
            throw Fail(
                $"applying migrations to the {settings.Provider} database failed ({Describe(ex, settings)}): fix the database, or set Storage:MigrateOnStart=false and migrate it yourself");
        }
    }

    private async Task<SeedReport> SeedAsync(ChampionDbContext db, StorageOptions options, StorageSettings settings, CancellationToken cancellationToken)
    {
        var includeDemo = options.SeedDemoOrganisation ?? environment.IsDevelopment();
        var directory = Path.Combine(AppContext.BaseDirectory, options.SeedDirectory);
        try
        {
            return await seeder.SeedAsync(db, directory, includeDemo, cancellationToken, options.SeedDemoResults);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Fail(
                $"seeding from {directory} failed ({Describe(ex, settings)}): fix the seed files, or set Storage:SeedOnStart=false");
        }
    }

    private DatabaseStartupException Fail(string problem)
    {
        problem = problem.TrimEnd('.');
        DataLog.StorageFailed(logger, problem);
        return new DatabaseStartupException($"Storage could not start: {problem}.");
    }

    /// <summary>An exception's type and message, with the connection's password blanked should a driver echo it.</summary>
    private static string Describe(Exception ex, StorageSettings settings)
    {
        // EF wraps driver errors ("likely due to a transient failure"); the driver's own message is the useful one.
        while (ex is InvalidOperationException { InnerException: { } inner })
        {
            ex = inner;
        }

        var message = ex.InnerException is { } cause
            ? $"{ex.GetType().Name}: {ex.Message} {cause.Message}"
            : $"{ex.GetType().Name}: {ex.Message}";
        var password = PasswordIn(settings);
        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
    }

    private static string? PasswordIn(StorageSettings settings)
    {
        try
        {
            return settings.Provider == StorageProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(settings.ConnectionString).Password
                : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).Password;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
