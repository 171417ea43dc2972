using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>The PostgreSQL flavour of <see cref="ChampionDbContext"/>; migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresChampionDbContext(DbContextOptions<PostgresChampionDbContext> options) : ChampionDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // timestamptz accepts only UTC offsets; normalise so a local time from a caller never fails a save.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
