using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Capacity;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Outcomes;

/// <summary>
/// A program shaped like a large real one: results/8 people enrolled in sixty teams (and a few teams of two or three),
/// three roles (some people with none), twenty challenges posted weekly (eight for everyone, four per role). Four in
/// five people report on ten of the twelve challenges meant for them, within ten days of each post; a quarter didn't
/// work at first and some of those were rescued; 2 % opted out halfway (their later results stay in the table but not
/// in the ledger) and 1 % were forgotten (their results keep no person). Written with the app's BulkRows, a transaction per table.
/// </summary>
internal static class LedgerData
{
    private const int Challenges = 20;
    private const int ResultsPerPerson = 10;
    private static readonly string[] Roles = ["demand-generation", "sales", "people-manager"];

    public static async Task<(int ProgramId, int People)> FillAsync(BenchmarkDatabase database, int results, DateTimeOffset now)
    {
        var people = Math.Max(1, results / 8);
        var start = now.AddDays(-7 * (Challenges + 1));
        ChampionProgram program;
        List<Challenge> challenges;
        await using (var db = database.CreateContext())
        {
            program = new ChampionProgram
            {
                Slug = "ledger-benchmark", Name = "Ledger benchmark", BusinessOutcome = "Benchmark", CapacityTargetPercent = 15,
                TimeZoneId = "Europe/Berlin", CadenceCron = "0 9 * * MON", CreatedAt = start, UpdatedAt = now,
            };
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            challenges = [.. Enumerable.Range(0, Challenges).Select(i => new Challenge
            {
                Slug = $"ledger-benchmark-{i}", Title = $"Challenge {i}", Task = "A task", AudienceRole = i % 5 < 2 ? "everyone" : Roles[i % 3],
                WhatGoodLooksLike = "Done", BaselineMinutes = 60, FrequencyPerWeek = 1, Status = ChallengeStatus.Posted,
                PostedAt = start.AddDays(7 * i), ProgramId = program.Id, CreatedAt = start, UpdatedAt = now,
            })];
            db.Challenges.AddRange(challenges);
            await db.SaveChangesAsync();
        }

        // Everyone is written, then the forgotten are deleted (their results keep no person), as "forget me" leaves them.
        int[] ids;
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, Enumerable.Range(1, people).Select(i => Person(i, program.Id, start, now)), CancellationToken.None);
            ids = [.. await db.Participants.Where(p => p.ProgramId == program.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync()];
            await db.Participants.Where(p => p.ProgramId == program.Id && p.Id % 100 == 37).ExecuteDeleteAsync();
            await transaction.CommitAsync();
        }

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, Results(results, people, challenges, i => Forgotten(i) ? null : ids[i - 1]), CancellationToken.None);
            await transaction.CommitAsync();
        }

        return (program.Id, people);
    }

    private static Participant Person(int i, int programId, DateTimeOffset start, DateTimeOffset now) => new()
    {
        ObjectId = $"c0000000-0000-4000-8000-{i:000000000000}",
        DisplayName = $"Person {i}",
        Role = Role(i),
        Team = Team(i),
        ProgramId = programId,
        EnrolledAt = start.AddDays(i % 7 == 0 ? 30 : 0),
        OptedOutAt = i % 50 == 0 ? now.AddDays(-70) : null,
        WorkingHoursPerWeek = i % 10 == 0 ? 20.0 : 40.0,
        CreatedAt = start,
        UpdatedAt = start,
    };

    private static IEnumerable<Result> Results(int results, int people, List<Challenge> challenges, Func<int, int?> participantId)
    {
        var random = new Random(18);
        var written = 0;
        for (var i = 1; i <= people && written < results; i++)
        {
            if (i % 5 == 0 && people * 4 / 5 * ResultsPerPerson >= results)
            {
                continue;
            }

            var mine = challenges.Where(c => c.AudienceRole == "everyone" || Role(i) is null || c.AudienceRole == Role(i)).ToList();
            var skipped = random.Next(0, mine.Count);
            foreach (var challenge in mine.Where((_, n) => n != skipped && n != (skipped + 5) % mine.Count))
            {
                if (written++ == results)
                {
                    yield break;
                }

                var at = challenge.PostedAt!.Value.AddHours(random.Next(1, 240));
                var worked = random.Next(0, 4) > 0;
                var rescued = !worked && random.Next(0, 5) < 3;
                yield return new Result
                {
                    ParticipantId = participantId(i),
                    ChallengeId = challenge.Id,
                    Worked = worked,
                    RetryWorked = rescued ? random.Next(0, 2) == 0 : null,
                    RetryStartedAt = rescued ? at.AddHours(1) : null,
                    RetryReportedAt = rescued ? at.AddHours(random.Next(2, 72)) : null,
                    MinutesBefore = 30 + (random.Next(0, 8) * 15),
                    MinutesWithAi = 10 + (random.Next(0, 4) * 5),
                    TimesPerWeek = new[] { 5, 2, 1, 0.5, 1.5 }[random.Next(0, 5)],
                    Quality = 1 + random.Next(0, 5),
                    Feeling = worked ? 3 + random.Next(0, 3) : 1 + random.Next(0, 4),
                    SubmittedAt = at,
                    UpdatedAt = at,
                };
            }
        }
    }

    private static bool Forgotten(int person) => person % 100 == 37;

    private static string? Role(int person) => person % 33 == 0 ? null : Roles[person % 3];

    private static string Team(int person) => person % 9973 == 1 ? $"Small team {person % 7}" : $"Team {person % 60}";
}
