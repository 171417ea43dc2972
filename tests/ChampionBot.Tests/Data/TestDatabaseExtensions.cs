using ChampionBot.Data;
using ChampionBot.Data.Results;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Data;

internal static class TestDatabaseExtensions
{
    public static StorageSettings Settings(this TestDatabase database) =>
        new(StorageSettings.ParseProvider(database.ProviderName), database.ConnectionString);

    public static ChampionDbContext CreateContext(this TestDatabase database) =>
        ChampionDbContextOptions.CreateContext(database.Settings());

    public static async Task<ChampionDbContext> CreateMigratedContextAsync(this TestDatabase database)
    {
        var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }

    public static IDbContextFactory<ChampionDbContext> ContextFactory(this TestDatabase database) =>
        new DelegatingFactory(database.CreateContext);

    /// <summary>The app's result store on this database, as the app registers it.</summary>
    public static IResultStore ResultStore(this TestDatabase database) =>
        new ResultStore(database.ContextFactory(), database.Settings(), new DatabaseWriteGate());

    private sealed class DelegatingFactory(Func<ChampionDbContext> create) : IDbContextFactory<ChampionDbContext>
    {
        public ChampionDbContext CreateDbContext() => create();
    }
}
