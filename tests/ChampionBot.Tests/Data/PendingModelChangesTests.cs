using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Data;

/// <summary>
/// Fails when the model changed without a migration for either provider. Fix: dotnet ef migrations add &lt;Name&gt;
/// --project src/ChampionBot --context SqliteChampionDbContext --output-dir Data/Migrations/Sqlite (and the same for
/// PostgresChampionDbContext with Data/Migrations/Postgres). No database is needed.
/// </summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void HasPendingModelChanges_SqliteContext_IsFalse()
    {
        using var db = new SqliteChampionDbContext(ChampionDbContextOptions.SqliteOptions("Data Source=:memory:"));

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration.");
    }

    [Fact]
    public void HasPendingModelChanges_PostgresContext_IsFalse()
    {
        using var db = new PostgresChampionDbContext(ChampionDbContextOptions.PostgresOptions("Host=localhost;Database=unused"));

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration.");
    }

    [Fact]
    public void Migrations_BothProviders_HaveTheSameNames()
    {
        using var sqlite = new SqliteChampionDbContext(ChampionDbContextOptions.SqliteOptions("Data Source=:memory:"));
        using var postgres = new PostgresChampionDbContext(ChampionDbContextOptions.PostgresOptions("Host=localhost;Database=unused"));

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
