using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Data.Results;
using ChampionBot.Features.Participants;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Results;

/// <summary>
/// Runs <see cref="ResultBatch"/> the way the writer does (the app's <see cref="IResultStore"/>, one transaction per batch,
/// the same store batch after batch) and reads what it stored back through EF Core, so a value written in a format EF
/// does not expect fails the read or the comparison.
/// </summary>
internal sealed class ResultBatchDatabase(TestDatabase database)
{
    public static readonly DateTimeOffset Now = TestRows.Now;

    public static readonly ResultAnswers Saved45 = new(true, 60, 15, 1, 4, 4, null);

    private readonly IResultStore results = database.ResultStore();

    public Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(DateTimeOffset now, params ResultSubmission[] submissions) =>
        ResultBatch.ApplyAsync(results, submissions, now, CancellationToken.None);

    public async Task ChangeChallengeAsync(int challengeId, Action<Challenge> change)
    {
        await using var db = database.CreateContext();
        change(await db.Challenges.SingleAsync(c => c.Id == challengeId));
        await db.SaveChangesAsync();
    }

    /// <summary>The program the last <see cref="ProgramWithChallengeAsync"/> created: <see cref="ParticipantAsync"/> enrolls people in it.</summary>
    public ChampionProgram? LastProgram { get; private set; }

    /// <summary>A program piloted in its own team, with one challenge.</summary>
    public async Task<(ChampionProgram Program, Challenge Challenge)> ProgramWithChallengeAsync(ChallengeStatus status = ChallengeStatus.Posted)
    {
        await using var db = await database.CreateMigratedContextAsync();
        var program = new ChampionProgram
        {
            Slug = $"test-{Guid.NewGuid():N}",
            Name = "Marketing AI champions",
            BusinessOutcome = "Hours back every week",
            TimeZoneId = "Europe/London",
            CadenceCron = "0 9 * * 1",
            PilotTeamId = $"19:team-{Guid.NewGuid():N}",
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var challenge = TestRows.Challenge();
        (challenge.Status, challenge.PostedAt, challenge.ProgramId) = (status, Now.AddDays(-1), program.Id);
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        LastProgram = program;
        return (program, challenge);
    }

    /// <summary>A person enrolled in <see cref="LastProgram"/> (only enrolled people may report), or in no program before one exists.</summary>
    public async Task<Participant> ParticipantAsync(string displayName = "Known Person", string? objectId = null)
    {
        await using var db = database.CreateContext();
        var participant = TestRows.Participant(objectId);
        participant.DisplayName = displayName;
        (participant.ProgramId, participant.EnrolledAt) = (LastProgram?.Id, LastProgram is null ? null : Now.AddDays(-7));
        participant.TeamsUserId = "29:known";
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        return participant;
    }

    public static SenderProfile Sender(string objectId, string? name = "Test Person", string? teamId = null) =>
        new(objectId, "29:" + objectId, "tenant", name, "Europe/Paris", teamId);

    public async Task<T> ReadAsync<T>(Func<ChampionDbContext, Task<T>> query)
    {
        await using var db = database.CreateContext();
        return await query(db);
    }

    public Task<List<Result>> ResultsAsync(int challengeId) =>
        ReadAsync(db => db.Results.AsNoTracking().Where(r => r.ChallengeId == challengeId).ToListAsync());

    public Task<List<ChampionEvidence>> EvidenceAsync(int participantId) =>
        ReadAsync(db => db.ChampionEvidence.AsNoTracking().Where(e => e.ParticipantId == participantId).OrderBy(e => e.Kind).ToListAsync());

    public Task<Participant> PersonAsync(string objectId) =>
        ReadAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.ObjectId == objectId));
}
