using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Data;

/// <summary>Hands out the configured provider's context from its pool.</summary>
internal sealed class ChampionDbContextFactory(StorageSettings settings, IServiceProvider services)
    : IDbContextFactory<ChampionDbContext>
{
    private readonly Func<ChampionDbContext> create = settings.Provider switch
    {
        StorageProvider.Postgres => services.GetRequiredService<IDbContextFactory<PostgresChampionDbContext>>().CreateDbContext,
        _ => services.GetRequiredService<IDbContextFactory<SqliteChampionDbContext>>().CreateDbContext,
    };

    public ChampionDbContext CreateDbContext() => create();
}
