using ChampionBot.Data.Entities;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteForgetExportTests(SqliteTestDatabase database) : ForgetExportTests<SqliteTestDatabase>(database);

public sealed class PostgresForgetExportTests(PostgresTestDatabase database) : ForgetExportTests<PostgresTestDatabase>(database);

/// <summary>An export link holds the owner's object id: forget me deletes it, as <c>privacy</c> says.</summary>
public abstract class ForgetExportTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ForgetMe_SomeoneWhoAskedForAnExport_DeletesTheExportRecordWithTheirId()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var pat = NewPerson("Pat Exporter");
        await app.WriteAsync(async db =>
        {
            var programId = await db.Programs.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var now = app.Clock.GetUtcNow();
            db.OutcomeExports.Add(new OutcomeExport { Id = Guid.NewGuid(), ProgramId = programId, Kind = "ledger", RequestedByObjectId = pat.ObjectId, CreatedAt = now, ExpiresAt = now.AddMinutes(10) });
        });

        await ForgetMeAsync(app, pat);

        Assert.False(await app.QueryAsync(db => db.OutcomeExports.AnyAsync(e => e.RequestedByObjectId == pat.ObjectId)));
    }
}
