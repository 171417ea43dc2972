using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Results.ResultBatchDatabase;

namespace ChampionBot.Tests.Results;

public sealed class SqliteResultBatchTests(SqliteTestDatabase database) : ResultBatchTests<SqliteTestDatabase>(database);

public sealed class PostgresResultBatchTests(PostgresTestDatabase database) : ResultBatchTests<PostgresTestDatabase>(database);

/// <summary>
/// What one batch of result cards stores, written with hand-made SQL and read back through EF Core: the values must be
/// exactly what EF would have written, or the app's other readers (me, privacy, reminders, rescue) would misread them.
/// </summary>
public abstract class ResultBatchTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly ResultBatchDatabase store = new(database);

    [SkippableFact]
    public async Task ApplyAsync_FirstSubmit_InsertsResultAndEvidenceThatEfReadsAndFiltersBack()
    {
        database.SkipUnlessAvailable();

        var (program, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();
        var answers = new ResultAnswers(true, 60, 15, 1.5, 4, 5, "Asked for a table first");

        var outcome = Assert.Single(await store.ApplyAsync(Now, new ResultSubmission(Sender(person.ObjectId, person.DisplayName), challenge.Id, answers)));

        Assert.Equal((challenge.Id, person.Id, false, (bool?)null), (outcome.Challenge!.Id, outcome.ParticipantId, outcome.Updated, outcome.PreviouslyWorked));
        var result = Assert.Single(await store.ResultsAsync(challenge.Id));
        Assert.Equal(
            (person.Id, true, 60, 15, 1.5, 4, 5, "Asked for a table first", Now, Now, (DateTimeOffset?)null, (bool?)null),
            (result.ParticipantId, result.Worked, result.MinutesBefore, result.MinutesWithAi, result.TimesPerWeek, result.Quality, result.Feeling,
                result.WhatTheyDidDifferently, result.SubmittedAt, result.UpdatedAt, result.RetryStartedAt, result.RetryWorked));
        var evidence = await store.EvidenceAsync(person.Id);
        Assert.Equal([EvidenceKind.FastCompletion, EvidenceKind.NovelUse, EvidenceKind.TimeSaved], evidence.Select(e => e.Kind).Order());
        Assert.All(evidence, e => Assert.Equal((program.Id, $"challenge:{challenge.Id}", Now), (e.ProgramId, e.SourceKey, e.ObservedAt)));
        Assert.Equal(1.13, evidence.Single(e => e.Kind == EvidenceKind.TimeSaved).Points);

        // Filters run in the database: they match only if times, bools and enums are stored in EF's own format.
        Assert.Equal(1, await store.ReadAsync(db => db.Results.CountAsync(r => r.Id == result.Id && r.Worked && r.SubmittedAt == Now && r.UpdatedAt <= Now)));
        Assert.Equal(3, await store.ReadAsync(db => db.ChampionEvidence.CountAsync(e => e.ParticipantId == person.Id && e.ObservedAt == Now
            && (e.Kind == EvidenceKind.FastCompletion || e.Kind == EvidenceKind.NovelUse || e.Kind == EvidenceKind.TimeSaved))));
    }

    [SkippableFact]
    public async Task ApplyAsync_KnownChallengeEditedThenArchived_NextBatchesSeeEachChange()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();
        ResultSubmission Submit() => new(Sender(person.ObjectId, person.DisplayName), challenge.Id, Saved45);

        var first = Assert.Single(await store.ApplyAsync(Now, Submit()));
        await store.ChangeChallengeAsync(challenge.Id, c => c.Title = "Monday status report, take two");
        var afterEdit = Assert.Single(await store.ApplyAsync(Now, Submit()));
        await store.ChangeChallengeAsync(challenge.Id, c => c.Status = ChallengeStatus.Archived);
        var afterArchive = Assert.Single(await store.ApplyAsync(Now, Submit()));

        Assert.Equal(challenge.Title, first.Challenge!.Title);
        Assert.Equal("Monday status report, take two", afterEdit.Challenge!.Title);
        Assert.Same(ResultWriteOutcome.Closed, afterArchive);
    }

    [SkippableFact]
    public async Task ApplyAsync_SecondSubmit_UpdatesTheSameRowAndReplacesEvidence()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();
        var sender = Sender(person.ObjectId, person.DisplayName);
        await store.ApplyAsync(Now, new ResultSubmission(sender, challenge.Id, Saved45 with { Differently = "A new way" }));
        var first = Assert.Single(await store.ResultsAsync(challenge.Id));
        var firstTimeSaved = (await store.EvidenceAsync(person.Id)).Single(e => e.Kind == EvidenceKind.TimeSaved);
        var later = Now.AddHours(1);

        var outcome = Assert.Single(await store.ApplyAsync(later, new ResultSubmission(sender, challenge.Id, Saved45 with { Worked = false, MinutesWithAi = 30 })));

        Assert.Equal((true, (bool?)true), (outcome.Updated, outcome.PreviouslyWorked));
        var result = Assert.Single(await store.ResultsAsync(challenge.Id));
        Assert.Equal((first.Id, false, 30, (string?)null, Now, later), (result.Id, result.Worked, result.MinutesWithAi, result.WhatTheyDidDifferently, result.SubmittedAt, result.UpdatedAt));

        // Novel use and fast completion are no longer earned; time saved is the same row, updated, first observed at the first submit.
        var timeSaved = Assert.Single(await store.EvidenceAsync(person.Id));
        Assert.Equal((EvidenceKind.TimeSaved, firstTimeSaved.Id, 0.5, Now), (timeSaved.Kind, timeSaved.Id, timeSaved.Points, timeSaved.ObservedAt));
        Assert.Contains("30 min", timeSaved.Detail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ApplyAsync_DoubleSubmitInOneBatch_StoresOneRowAndTheSecondOutcomeIsAnUpdateOfTheFirst()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();
        var sender = Sender(person.ObjectId, person.DisplayName);

        var outcomes = await store.ApplyAsync(Now,
            new ResultSubmission(sender, challenge.Id, Saved45 with { Differently = "A new way" }),
            new ResultSubmission(sender, challenge.Id, Saved45 with { Worked = false }));

        Assert.Equal(new (bool, bool?)[] { (false, null), (true, true) }, outcomes.Select(o => (o.Updated, o.PreviouslyWorked)));
        Assert.False(Assert.Single(await store.ResultsAsync(challenge.Id)).Worked);
        Assert.Equal([EvidenceKind.TimeSaved], (await store.EvidenceAsync(person.Id)).Select(e => e.Kind));
    }

    [SkippableFact]
    public async Task ApplyAsync_EvidenceDroppedAndEarnedAgainInOneBatch_IsObservedAnew()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();
        var sender = Sender(person.ObjectId, person.DisplayName);
        await store.ApplyAsync(Now, new ResultSubmission(sender, challenge.Id, Saved45));
        var later = Now.AddMinutes(5);

        await store.ApplyAsync(later,
            new ResultSubmission(sender, challenge.Id, Saved45 with { MinutesWithAi = 60 }),
            new ResultSubmission(sender, challenge.Id, Saved45));

        var evidence = await store.EvidenceAsync(person.Id);
        Assert.Equal([(EvidenceKind.FastCompletion, Now), (EvidenceKind.TimeSaved, later)], evidence.Select(e => (e.Kind, e.ObservedAt)).Order());
    }

    [SkippableFact]
    public async Task ApplyAsync_SendersNotEnrolledInTheChallengesProgram_AreRefusedAndNothingOfTheirsIsStored()
    {
        database.SkipUnlessAvailable();

        var (otherProgram, _) = await store.ProgramWithChallengeAsync();
        var inOtherProgram = await store.ParticipantAsync("Other Program");
        var (program, challenge) = await store.ProgramWithChallengeAsync();
        var enrolled = await store.ParticipantAsync();
        var metNotEnrolled = await store.ReadAsync(async db =>
        {
            var person = TestRows.Participant();
            (person.DisplayName, person.ProgramId) = ("Met Once", program.Id);
            db.Participants.Add(person);
            await db.SaveChangesAsync();
            return person;
        });
        var stranger = Sender(TestRows.NewObjectId(), "Outsider", program.PilotTeamId);

        var outcomes = await store.ApplyAsync(Now,
            new ResultSubmission(stranger, challenge.Id, Saved45 with { TimesPerWeek = 40 }),
            new ResultSubmission(Sender(metNotEnrolled.ObjectId, "Renamed"), challenge.Id, Saved45),
            new ResultSubmission(Sender(inOtherProgram.ObjectId, "Renamed"), challenge.Id, Saved45),
            new ResultSubmission(Sender(enrolled.ObjectId, enrolled.DisplayName), challenge.Id, Saved45));

        Assert.Equal(otherProgram.Id, inOtherProgram.ProgramId);
        Assert.All(outcomes.Take(3), o => Assert.Same(ResultWriteOutcome.NotEnrolled, o));
        Assert.Equal(enrolled.Id, outcomes[3].ParticipantId);
        Assert.Equal(enrolled.Id, Assert.Single(await store.ResultsAsync(challenge.Id)).ParticipantId);
        Assert.Equal(0, await store.ReadAsync(db => db.Participants.CountAsync(p => p.ObjectId == stranger.ObjectId)));
        Assert.Equal(0, await store.ReadAsync(db => db.ChampionEvidence.CountAsync(e => e.ParticipantId == metNotEnrolled.Id || e.ParticipantId == inOtherProgram.Id)));
        Assert.Equal("Met Once", (await store.PersonAsync(metNotEnrolled.ObjectId)).DisplayName);
    }

    [SkippableFact]
    public async Task ApplyAsync_OwnerOfTheChallengesProgramNotEnrolled_IsStoredAndAnOwnerOfAnotherProgramIsNot()
    {
        database.SkipUnlessAvailable();

        var (otherProgram, _) = await store.ProgramWithChallengeAsync();
        var (program, challenge) = await store.ProgramWithChallengeAsync();
        var (owner, otherOwner) = await store.ReadAsync(async db =>
        {
            var (mine, other) = (TestRows.Participant(), TestRows.Participant());
            db.Participants.AddRange(mine, other);
            db.ProgramOwners.AddRange(
                new ProgramOwner { ProgramId = program.Id, ObjectId = mine.ObjectId, AddedAt = Now },
                new ProgramOwner { ProgramId = otherProgram.Id, ObjectId = other.ObjectId, AddedAt = Now });
            await db.SaveChangesAsync();
            return (mine, other);
        });

        var outcomes = await store.ApplyAsync(Now,
            new ResultSubmission(Sender(owner.ObjectId), challenge.Id, Saved45),
            new ResultSubmission(Sender(otherOwner.ObjectId), challenge.Id, Saved45));

        Assert.Equal(owner.Id, outcomes[0].ParticipantId);
        Assert.Same(ResultWriteOutcome.NotEnrolled, outcomes[1]);
        Assert.Equal(owner.Id, Assert.Single(await store.ResultsAsync(challenge.Id)).ParticipantId);
    }

    [SkippableFact]
    public async Task ApplyAsync_ClosedChallenge_StoresNothingAndAnswersClosedInOrder()
    {
        database.SkipUnlessAvailable();

        var (_, closed) = await store.ProgramWithChallengeAsync(ChallengeStatus.Archived);
        var (_, open) = await store.ProgramWithChallengeAsync();
        var stranger = Sender(TestRows.NewObjectId());
        var person = await store.ParticipantAsync();

        var outcomes = await store.ApplyAsync(Now,
            new ResultSubmission(stranger, closed.Id, Saved45),
            new ResultSubmission(Sender(person.ObjectId, person.DisplayName), open.Id, Saved45),
            new ResultSubmission(stranger, closed.Id, Saved45));

        Assert.Equal(new int?[] { null, open.Id, null }, outcomes.Select(o => o.Challenge?.Id));
        Assert.Same(ResultWriteOutcome.Closed, outcomes[0]);
        Assert.Empty(await store.ResultsAsync(closed.Id));
        Assert.Equal(0, await store.ReadAsync(db => db.Participants.CountAsync(p => p.ObjectId == stranger.ObjectId)));
    }

    [SkippableFact]
    public async Task ApplyAsync_ChangedProfile_UpdatesTheParticipantAndAnUnchangedOneIsLeftAlone()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var renamed = await store.ParticipantAsync("Old Name");
        var unchanged = await store.ParticipantAsync();
        var unchangedSender = new SenderProfile(unchanged.ObjectId, unchanged.TeamsUserId, unchanged.TenantId, null, null, null);
        var later = Now.AddDays(1);

        await store.ApplyAsync(later,
            new ResultSubmission(Sender(renamed.ObjectId, "New Name"), challenge.Id, Saved45),
            new ResultSubmission(unchangedSender, challenge.Id, Saved45));

        var person = await store.PersonAsync(renamed.ObjectId);
        Assert.Equal(("New Name", "29:" + renamed.ObjectId, "Europe/Paris", Now, later), (person.DisplayName, person.TeamsUserId, person.TimeZoneId, person.CreatedAt, person.UpdatedAt));
        var same = await store.PersonAsync(unchanged.ObjectId);
        Assert.Equal(("Known Person", (string?)null, Now), (same.DisplayName, same.TimeZoneId, same.UpdatedAt));
    }
}
