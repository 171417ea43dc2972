using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Scoring;

/// <summary>
/// The bot's own evidence for the people of a <see cref="GeneratedDirectory"/>: all enrolled in one program, and one in
/// ten active in its first weeks (one to three challenges reported, one report in five that didn't work, the time each
/// saves, some done fast or in a way the challenge didn't show), as the result card records it. Person i's evidence
/// follows from i, so every run scores the same people. Written in one transaction, many rows a statement (BulkRows).
/// </summary>
internal static class ScoringData
{
    private const int Challenges = 6;

    public static async Task<int> FillAsync(BenchmarkDatabase database, int users, DateTimeOffset now)
    {
        var start = now.AddDays(-21);
        await using var db = database.CreateContext();
        var program = new ChampionProgram
        {
            Slug = "scoring-benchmark", Name = "Scoring benchmark", BusinessOutcome = "Benchmark", CapacityTargetPercent = 15,
            TimeZoneId = "UTC", CadenceCron = "0 9 * * MON", CreatedAt = now, UpdatedAt = now,
        };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var challenges = Enumerable.Range(0, Challenges).Select(i => new Challenge
        {
            Slug = $"scoring-benchmark-{i}", Title = $"Challenge {i}", Task = "A task", AudienceRole = "analyst",
            WhatGoodLooksLike = "Done", BaselineMinutes = 60, FrequencyPerWeek = 1, Status = ChallengeStatus.Posted,
            PostedAt = start.AddDays(i * 3.5), ProgramId = program.Id, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.Challenges.AddRange(challenges);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkRows.InsertAsync(db, Enumerable.Range(0, users).Select(i => Participant(i, program.Id, start)), CancellationToken.None);
        if (await db.Participants.MaxAsync(p => p.Id) != users)
        {
            throw new InvalidOperationException("The fresh database did not number participants 1 to N in order.");
        }

        await BulkRows.InsertAsync(db, Enumerable.Range(0, users).Where(i => Roll(i) < 10).SelectMany(i => Results(i, challenges)), CancellationToken.None);
        await BulkRows.InsertAsync(db, Enumerable.Range(0, users).Where(i => Roll(i) < 10).SelectMany(i => Evidence(i, program.Id, challenges)), CancellationToken.None);
        var rows = await db.Results.CountAsync() + await db.ChampionEvidence.CountAsync() + users;
        await transaction.CommitAsync();
        return rows;
    }

    private static Participant Participant(int i, int programId, DateTimeOffset start)
    {
        var person = GeneratedDirectory.Person(i);
        return new Participant
        {
            ObjectId = person.ObjectId, DisplayName = person.DisplayName, UserPrincipalName = person.UserPrincipalName,
            JobTitle = person.JobTitle, Department = person.Department, ManagerObjectId = person.ManagerObjectId,
            Role = "analyst", Team = $"Team {i % 40}", ProgramId = programId, EnrolledAt = start, CreatedAt = start, UpdatedAt = start,
        };
    }

    /// <summary>Person i's one to three results (ids follow i: participant i is row i + 1), one in five that didn't work.</summary>
    private static IEnumerable<Result> Results(int i, IReadOnlyList<Challenge> challenges) =>
        Enumerable.Range(0, 1 + (Roll(i) % 3)).Select(c =>
        {
            var (challenge, worked, at) = Report(i, c, challenges);
            return new Result
            {
                ParticipantId = i + 1, ChallengeId = challenge.Id, Worked = worked, MinutesBefore = 60 + (i % 4) * 15,
                MinutesWithAi = 20, TimesPerWeek = 1, Quality = 4, Feeling = 4, SubmittedAt = at, UpdatedAt = at,
            };
        });

    /// <summary>What <c>Results/ResultEvidence</c> records for each result that worked: fast, novel, time saved.</summary>
    private static IEnumerable<ChampionEvidence> Evidence(int i, int programId, IReadOnlyList<Challenge> challenges)
    {
        for (var c = 0; c < 1 + (Roll(i) % 3); c++)
        {
            var (challenge, worked, at) = Report(i, c, challenges);
            if (!worked)
            {
                continue;
            }

            ChampionEvidence Fact(EvidenceKind kind, double points, string detail) => new()
            {
                ParticipantId = i + 1, ProgramId = programId, Kind = kind, SourceKey = $"challenge:{challenge.Id}",
                Points = points, Detail = detail, ObservedAt = at,
            };

            if (at - challenge.PostedAt!.Value <= TimeSpan.FromDays(2))
            {
                yield return Fact(EvidenceKind.FastCompletion, 1, $"Got \"{challenge.Title}\" working within two days of it being posted.");
            }

            if ((i + c) % 7 == 0)
            {
                yield return Fact(EvidenceKind.NovelUse, 2, $"Found a way to do \"{challenge.Title}\" that the challenge didn't show.");
            }

            var hours = 0.5 + ((i + c) % 4) * 0.5;
            yield return Fact(EvidenceKind.TimeSaved, hours, $"Saves about {hours * 60:0} minutes a week on \"{challenge.Title}\".");
        }
    }

    private static (Challenge Challenge, bool Worked, DateTimeOffset At) Report(int i, int c, IReadOnlyList<Challenge> challenges)
    {
        var challenge = challenges[(i + c) % Challenges];
        return (challenge, (i + c) % 5 != 0, challenge.PostedAt!.Value.AddHours(6 + ((i + c * 13) % 90)));
    }

    /// <summary>0–99, spread evenly but not in order of i.</summary>
    private static int Roll(int i) => (int)((uint)i * 2654435761u % 100);
}
