using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Data;

public sealed class SqliteBulkRowsTests(SqliteTestDatabase database) : BulkRowsTests<SqliteTestDatabase>(database);

public sealed class PostgresBulkRowsTests(PostgresTestDatabase database) : BulkRowsTests<PostgresTestDatabase>(database);

/// <summary>Rows written by <see cref="BulkRows"/> read back through EF exactly as written (times, dates, enums, nulls).</summary>
public abstract class BulkRowsTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Insert_ManyRowsWithConvertedValues_ReadBackAsWritten()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var participant = await ParticipantAsync(db);
        var at = new DateTimeOffset(2026, 12, 7, 9, 30, 15, TimeSpan.FromHours(-5));
        var evidence = Enumerable.Range(0, 45).Select(i => new ChampionEvidence
        {
            ParticipantId = participant.Id, Kind = (EvidenceKind)(i % 5), SourceKey = $"challenge:{i}", Points = i / 4.0,
            Detail = $"Fact {i}", ObservedAt = at.AddMinutes(i), ProgramId = i % 2 == 0 ? null : participant.ProgramId,
        }).ToList();

        await BulkRows.InsertAsync(db, evidence, CancellationToken.None);

        await using var check = database.CreateContext();
        var stored = await check.ChampionEvidence.Where(e => e.ParticipantId == participant.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            evidence.Select(e => (e.Kind, e.SourceKey, e.Points, e.Detail, e.ObservedAt.UtcTicks, e.ProgramId)),
            stored.Select(e => (e.Kind, e.SourceKey, e.Points, e.Detail, e.ObservedAt.UtcTicks, e.ProgramId)));
        Assert.Equal(at.AddMinutes(44), await check.ChampionEvidence.Where(e => e.ParticipantId == participant.Id).MaxAsync(e => e.ObservedAt));
    }

    [SkippableFact]
    public async Task Upsert_ExistingKey_UpdatedInPlaceAndNewKeyInserted()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var first = await ParticipantAsync(db);
        var second = await ParticipantAsync(db);
        var old = new ChampionScore { ParticipantId = first.Id, ProgramId = first.ProgramId, Points = 1, LinesJson = "[]", ComputedAt = TestRows.Now };
        db.ChampionScores.Add(old);
        await db.SaveChangesAsync();
        var later = TestRows.Now.AddDays(1);

        await BulkRows.UpsertAsync(db, [
            new ChampionScore { ParticipantId = first.Id, ProgramId = first.ProgramId, Points = 9.5, LinesJson = "[1]", IncludesCopilotUsage = true, ComputedAt = later },
            new ChampionScore { ParticipantId = second.Id, ProgramId = second.ProgramId, Points = 2, LinesJson = "[2]", ComputedAt = later },
        ], nameof(ChampionScore.ParticipantId), CancellationToken.None);

        await using var check = database.CreateContext();
        var updated = await check.ChampionScores.SingleAsync(s => s.ParticipantId == first.Id);
        Assert.Equal((old.Id, 9.5, "[1]", true, later), (updated.Id, updated.Points, updated.LinesJson, updated.IncludesCopilotUsage, updated.ComputedAt));
        Assert.Equal(2, (await check.ChampionScores.SingleAsync(s => s.ParticipantId == second.Id)).Points);
    }

    private static async Task<Participant> ParticipantAsync(ChampionDbContext db)
    {
        var program = new ChampionProgram { Name = "Pilot", BusinessOutcome = "Time back", TimeZoneId = "UTC", CadenceCron = "0 9 * * 1" };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var participant = TestRows.Participant();
        participant.ProgramId = program.Id;
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        return participant;
    }
}
