using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>The SQLite flavour of <see cref="ChampionDbContext"/>; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteChampionDbContext(DbContextOptions<SqliteChampionDbContext> options) : ChampionDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no timestamp type and EF cannot compare or order DateTimeOffset text there;
        // UTC ticks as INTEGER sort, compare and index correctly (the delivery claim query depends on it).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
