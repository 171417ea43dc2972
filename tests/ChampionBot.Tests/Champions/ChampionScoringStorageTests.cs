using System.Net;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Graph;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Champions;

public sealed class SqliteChampionScoringStorageTests(SqliteTestDatabase database) : ChampionScoringStorageTests<SqliteTestDatabase>(database);

public sealed class PostgresChampionScoringStorageTests(PostgresTestDatabase database) : ChampionScoringStorageTests<PostgresTestDatabase>(database);

/// <summary>The usage report joined to participants by UPN through the directory, and scores stored with their lines.</summary>
public abstract class ChampionScoringStorageTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task ImportThenRescore_ReportRowsOfParticipants_StoredAndScoredByObjectIdNotUpn()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, challenge) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");
        db.Results.Add(TestRows.Result(ana, challenge));
        await db.SaveChangesAsync();
        var handler = new FakeGraphHandler()
            .Then(HttpStatusCode.OK, "{\"displayConcealedNames\":false}")
            .Then(HttpStatusCode.OK, GraphFakes.Page(GraphFakes.BaseUrl + "next", "stranger@contoso.example"))
            .Then(HttpStatusCode.OK, GraphFakes.Page(null, ana.UserPrincipalName!));
        var state = new CopilotUsageState();

        var status = await Import(db, handler, state).ImportAsync(CancellationToken.None);
        await Scorer(db, state).RescoreAsync([ana.Id], CancellationToken.None);

        Assert.Equal(CopilotUsageStatus.Included, status);
        await using var check = database.CreateContext();
        Assert.Equal(["CopilotChat", "Teams", "Word"], await check.CopilotUsage.Where(u => u.ParticipantId == ana.Id).Select(u => u.App).OrderBy(a => a).ToListAsync());
        var score = await check.ChampionScores.SingleAsync(s => s.ParticipantId == ana.Id);
        var lines = ScoreLine.FromJson(score.LinesJson);
        Assert.Equal(score.Points, lines.Sum(l => l.Points));
        Assert.Contains(lines, l => l.Text == "Completed 1 challenge: \"Clean the lead list\".");
        var breadth = Assert.Single(lines, l => l.Text.StartsWith("Used Microsoft 365 Copilot in 3 apps", StringComparison.Ordinal));
        Assert.Contains("Copilot Chat", breadth.Text, StringComparison.Ordinal); // as people know it, not the report's "CopilotChat"
        Assert.True(score.IncludesCopilotUsage);
    }

    [SkippableFact]
    public async Task Import_HashedNames_StoresNothingAndReportsConcealed()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, _) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");
        var handler = new FakeGraphHandler()
            .Then(HttpStatusCode.Forbidden)
            .Then(HttpStatusCode.OK, GraphFakes.Page(null, "3A1F0C9E2B7D4E51A0C3"));
        var state = new CopilotUsageState();

        var status = await Import(db, handler, state).ImportAsync(CancellationToken.None);
        await Scorer(db, state).RescoreAsync([ana.Id], CancellationToken.None);

        Assert.Equal(CopilotUsageStatus.Concealed, status);
        await using var check = database.CreateContext();
        Assert.False(await check.CopilotUsage.AnyAsync(u => u.ParticipantId == ana.Id));
        var score = await check.ChampionScores.SingleAsync(s => s.ParticipantId == ana.Id);
        Assert.Contains(ScoreLine.FromJson(score.LinesJson), l => l.Text.Contains("conceal names", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Import_GraphDown_CarriesOnAsUnavailable()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();

        var status = await Import(db, new FakeGraphHandler().Then(HttpStatusCode.ServiceUnavailable), new CopilotUsageState()).ImportAsync(CancellationToken.None);

        Assert.Equal(CopilotUsageStatus.Unavailable, status);
    }

    [SkippableFact]
    public async Task EarlyAskingRecordAsync_FinishedChallengeAskedTwice_RecordedOnce()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, challenge) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");
        db.Results.Add(TestRows.Result(ana, challenge));
        await db.SaveChangesAsync();
        var asking = new EarlyAsking(db, new ChampionRescores(), _time);

        await asking.RecordAsync(ana.Id, challenge, CancellationToken.None);
        await asking.RecordAsync(ana.Id, challenge, CancellationToken.None);

        await using var check = database.CreateContext();
        var evidence = await check.ChampionEvidence.SingleAsync(e => e.ParticipantId == ana.Id);
        Assert.Equal((EvidenceKind.EarlyNextChallengeRequest, "Asked for the next challenge after getting \"Clean the lead list\" working."), (evidence.Kind, evidence.Detail));
    }

    [SkippableFact]
    public async Task EarlyAskingRecordAsync_ChallengeNotDoneYet_RecordsNothing()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, challenge) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");

        await new EarlyAsking(db, new ChampionRescores(), _time).RecordAsync(ana.Id, challenge, CancellationToken.None);

        await using var check = database.CreateContext();
        Assert.False(await check.ChampionEvidence.AnyAsync(e => e.ParticipantId == ana.Id));
    }

    [SkippableFact]
    public async Task Rescore_Listeners_ToldWhoWasRescoredOnceTheScoresAreStored()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, _) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");
        var listener = new RecordingListener(database);

        await Scorer(db, new CopilotUsageState(), listener).RescoreAsync([ana.Id], CancellationToken.None);
        await Scorer(db, new CopilotUsageState(), listener).RescoreAllAsync(CancellationToken.None);

        Assert.Equal([($"{ana.Id}", true), ("everyone", true)], listener.Told);
    }

    [SkippableFact]
    public async Task Score_Listeners_NotTold()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (ana, _) = await EnrolAsync(db, $"ana-{Guid.NewGuid():N}@contoso.example");
        var listener = new RecordingListener(database);

        await Scorer(db, new CopilotUsageState(), listener).ScoreAsync([ana.Id], CancellationToken.None);

        Assert.Empty(listener.Told);
    }

    private ChampionScorer Scorer(ChampionDbContext db, CopilotUsageState state, params IScoresRecomputed[] listeners) =>
        new(db, state, Options.Create(new ChampionScoringOptions()), _time, listeners);

    private CopilotUsageImport Import(ChampionDbContext db, FakeGraphHandler handler, CopilotUsageState state) =>
        new(db, GraphFakes.Direct(handler), state, Options.Create(new GraphOptions()), _time, NullLogger<CopilotUsageImport>.Instance);

    private static async Task<(Participant, Challenge)> EnrolAsync(ChampionDbContext db, string upn)
    {
        var program = new ChampionProgram { Name = "Pilot", BusinessOutcome = "Time back", TimeZoneId = "UTC", CadenceCron = "0 9 * * 1" };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var participant = TestRows.Participant();
        participant.UserPrincipalName = upn;
        participant.ProgramId = program.Id;
        participant.EnrolledAt = TestRows.Now;
        var challenge = TestRows.Challenge();
        challenge.ProgramId = program.Id;
        db.AddRange(participant, challenge);
        await db.SaveChangesAsync();
        return (participant, challenge);
    }

    /// <summary>Who it was told about, and whether their scores were stored by then.</summary>
    private sealed class RecordingListener(TDatabase database) : IScoresRecomputed
    {
        public List<(string Who, bool Stored)> Told { get; } = [];

        public async Task ScoresRecomputedAsync(IReadOnlyCollection<int>? participantIds, CancellationToken cancellationToken)
        {
            await using var check = database.CreateContext();
            var ids = participantIds?.ToList();
            var stored = await check.ChampionScores.AnyAsync(s => ids == null || ids.Contains(s.ParticipantId), cancellationToken);
            Told.Add((ids is null ? "everyone" : string.Join(",", ids), stored));
        }
    }
}
