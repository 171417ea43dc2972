using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Data.Seeding;

/// <summary>
/// Loads the seed files idempotently: rows are matched by slug or object id, missing ones are added, existing ones are
/// never touched (an owner may have edited them). Several instances may seed at once.
/// </summary>
public sealed class ChampionSeeder(TimeProvider time, ILogger<ChampionSeeder> logger)
{
    /// <summary>Serialises seeding across PostgreSQL instances; an arbitrary constant owned by ChampionBot.</summary>
    private const long SeedLockKey = 0x43_68_61_6D_70_53_65_64;

    public async Task<SeedReport> SeedAsync(
        ChampionDbContext db, string directory, bool includeDemoOrganisation, CancellationToken cancellationToken, bool includeDemoResults = true)
    {
        var library = await SeedFiles.ReadLibraryAsync(directory, cancellationToken);
        var demo = includeDemoOrganisation
            ? await SeedFiles.ReadDemoOrganisationAsync(directory, cancellationToken)
            : null;

        try
        {
            return await SeedOnceAsync(db, library, demo, includeDemoResults, cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another process added the same rows (SQLite has no advisory lock); the second pass sees them and adds the rest.
            DataLog.SeedRaced(logger);
            db.ChangeTracker.Clear();
            return await SeedOnceAsync(db, library, demo, includeDemoResults, cancellationToken);
        }
    }

    private async Task<SeedReport> SeedOnceAsync(
        ChampionDbContext db, ChallengeLibraryFile library, DemoOrganisationFile? demo, bool includeDemoResults, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);
            }

            var now = time.GetUtcNow();
            var challenges = await ChallengeLibrarySeeder.AddMissingAsync(db, library, now, cancellationToken);
            var (people, usage, programs, dread, results) = demo is null
                ? (0, 0, 0, 0, 0)
                : await DemoOrganisationSeeder.AddMissingAsync(db, demo, includeDemoResults, now, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            return new SeedReport(challenges, people, usage, programs) { DreadAnswersAdded = dread, ResultsAdded = results };
        });
    }
}
