using Microsoft.EntityFrameworkCore.Design;

namespace ChampionBot.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app (no connection is opened).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChampionDbContext>
{
    public SqliteChampionDbContext CreateDbContext(string[] args) =>
        new(ChampionDbContextOptions.SqliteOptions("Data Source=design-time.db"));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChampionDbContext>
{
    public PostgresChampionDbContext CreateDbContext(string[] args) =>
        new(ChampionDbContextOptions.PostgresOptions("Host=localhost;Database=championbot_design_time"));
}
