using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using ChampionBot.Features.Results;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Results.ResultBatchDatabase;

namespace ChampionBot.Tests.Results;

public sealed class SqliteResultBatchValueTests(SqliteTestDatabase database) : ResultBatchValueTests<SqliteTestDatabase>(database);

public sealed class PostgresResultBatchValueTests(PostgresTestDatabase database) : ResultBatchValueTests<PostgresTestDatabase>(database);

/// <summary>
/// The batch bypasses EF's value conversion (on SQLite it binds each value itself through SQLitePCL.raw, encoding strings
/// into its own buffer), so text that needs care and numbers of each type must come back through EF exactly as they went in.
/// </summary>
public abstract class ResultBatchValueTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Name = "Zoë \"the fixer\" O'Brien \\ Łódź 😀 日本語";
    private const string Title = "Ask \"Copilot\" for C:\\Reports\\ ✨ café";
    private const string Differently = "Line one with \"quotes\"\n\tthen a tab, a \\ and 🎉 — naïve";

    private readonly ResultBatchDatabase store = new(database);

    [SkippableFact]
    public async Task ApplyAsync_TextWithQuotesBackslashesEmojiAndAccents_ReadsBackExactly()
    {
        database.SkipUnlessAvailable();

        var (_, posted) = await store.ProgramWithChallengeAsync();
        await store.ChangeChallengeAsync(posted.Id, c => c.Title = Title);
        var challenge = await store.ReadAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Id == posted.Id));
        var known = await store.ParticipantAsync();
        var other = Sender((await store.ParticipantAsync("Someone")).ObjectId, Name);
        var answers = Saved45 with { Differently = Differently };

        await store.ApplyAsync(Now,
            new ResultSubmission(Sender(known.ObjectId, Name + " (renamed)"), challenge.Id, answers),
            new ResultSubmission(other, challenge.Id, answers));

        Assert.Equal(Name + " (renamed)", (await store.PersonAsync(known.ObjectId)).DisplayName);
        var stored = await store.PersonAsync(other.ObjectId);
        Assert.Equal((Name, other.TeamsUserId), (stored.DisplayName, stored.TeamsUserId));
        Assert.All(await store.ResultsAsync(challenge.Id), r => Assert.Equal(Differently, r.WhatTheyDidDifferently));
        foreach (var id in new[] { known.Id, stored.Id })
        {
            var expected = ResultEvidence.For(id, challenge, answers, Now).Select(e => (e.Kind, e.Detail)).Order();
            Assert.Equal(expected, (await store.EvidenceAsync(id)).Select(e => (e.Kind, e.Detail)).Order());
        }

        Assert.Contains(Title, (await store.EvidenceAsync(stored.Id))[0].Detail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ApplyAsync_SeveralPeopleInOneBatch_EachGetsTheIdOfTheirOwnRow()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var senders = new List<SenderProfile>();
        for (var i = 0; i < 7; i++)
        {
            // Object ids sorting against the order of the rows' ids, so a mix-up shows.
            senders.Add(Sender((await store.ParticipantAsync(objectId: $"{TestRows.NewObjectId()}-{7 - i}")).ObjectId, $"{Name} #{i}"));
        }

        var outcomes = await store.ApplyAsync(Now, [.. senders.Select(s => new ResultSubmission(s, challenge.Id, Saved45))]);

        var people = await store.ReadAsync(db => db.Participants.AsNoTracking().ToDictionaryAsync(p => p.Id));
        Assert.Equal(
            senders.Select(s => (s.ObjectId, s.Name)),
            outcomes.Select(o => (people[o.ParticipantId].ObjectId, (string?)people[o.ParticipantId].DisplayName)));
        Assert.Equal(outcomes.Select(o => o.ParticipantId).Order(), (await store.ResultsAsync(challenge.Id)).Select(r => r.ParticipantId!.Value).Order());
    }

    [SkippableFact]
    public async Task ApplyAsync_WholeNumberPointsAndTimesPerWeek_AreStoredAsRealsAndReadBackThroughEf()
    {
        database.SkipUnlessAvailable();

        var (_, challenge) = await store.ProgramWithChallengeAsync();
        var person = await store.ParticipantAsync();

        // 60 → 0 minutes twice a week saves 120 minutes: 2 points, beside fast completion's 1.
        await store.ApplyAsync(Now, new ResultSubmission(Sender(person.ObjectId, person.DisplayName), challenge.Id, Saved45 with { MinutesWithAi = 0, TimesPerWeek = 2 }));

        var evidence = await store.EvidenceAsync(person.Id);
        Assert.Equal([(EvidenceKind.FastCompletion, 1.0), (EvidenceKind.TimeSaved, 2.0)], evidence.Select(e => (e.Kind, e.Points)));
        Assert.Equal(2.0, Assert.Single(await store.ResultsAsync(challenge.Id)).TimesPerWeek);
        Assert.Equal(1, await store.ReadAsync(db => db.ChampionEvidence.CountAsync(e => e.ParticipantId == person.Id && e.Points == 1.0)));
        Assert.Equal(3.0, await store.ReadAsync(db => db.ChampionEvidence.Where(e => e.ParticipantId == person.Id).SumAsync(e => e.Points)));
        if (database is SqliteTestDatabase)
        {
            // SQLite keeps a value's own type per cell: an INTEGER here would compare and sum differently from EF's REAL.
            var types = await store.ReadAsync(db => db.Database.SqlQuery<string>($"""
                SELECT typeof("Points") AS "Value" FROM "ChampionEvidence" WHERE "ParticipantId" = {person.Id}
                UNION ALL SELECT typeof("TimesPerWeek") FROM "Results" WHERE "ParticipantId" = {person.Id}
                """).ToListAsync());
            Assert.Equal(["real", "real", "real"], types);
        }
    }
}
