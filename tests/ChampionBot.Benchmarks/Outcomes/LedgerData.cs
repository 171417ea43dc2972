using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data.Entities;

namespace ChampionBot.Benchmarks.Outcomes;

/// <summary>
/// A program shaped like a large real one: results/8 people enrolled in sixty teams (and a few teams of two or three),
/// three roles (some people with none), twenty challenges posted weekly (eight for everyone, four per role). Four in
/// five people report on ten of the twelve challenges meant for them, within ten days of each post; a quarter didn't
/// work at first and some of those were rescued; 2 % opted out halfway (their later results stay in the table but not
/// in the ledger) and 1 % were forgotten (their results keep no person). Written with bulk INSERTs in one transaction.
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

        await using (var db = database.CreateContext())
        {
            await using var rows = await BulkRows.OpenAsync(
                db, "Participants", "Id", "ObjectId", "DisplayName", "Role", "Team", "ProgramId", "EnrolledAt", "OptedOutAt", "WorkingHoursPerWeek", "CreatedAt", "UpdatedAt");
            for (var i = 1; i <= people; i++)
            {
                if (Forgotten(i))
                {
                    continue;
                }

                var enrolled = start.AddDays(i % 7 == 0 ? 30 : 0);
                var optedOut = i % 50 == 0 ? now.AddDays(-70) : (DateTimeOffset?)null;
                await rows.AddAsync(
                    i, $"c0000000-0000-4000-8000-{i:000000000000}", $"Person {i}", Role(i), Team(i), program.Id,
                    rows.Time(enrolled), rows.Time(optedOut), i % 10 == 0 ? 20.0 : 40.0, rows.Time(start), rows.Time(start));
            }
        }

        await using (var db = database.CreateContext())
        {
            await using var rows = await BulkRows.OpenAsync(
                db, "Results", "ParticipantId", "ChallengeId", "Worked", "RetryWorked", "RetryStartedAt", "RetryReportedAt", "MinutesBefore", "MinutesWithAi",
                "TimesPerWeek", "Quality", "Feeling", "SubmittedAt", "UpdatedAt");
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
                    if (written == results)
                    {
                        break;
                    }

                    written++;

                    var at = challenge.PostedAt!.Value.AddHours(random.Next(1, 240));
                    var worked = random.Next(0, 4) > 0;
                    var rescued = !worked && random.Next(0, 5) < 3;
                    var retryWorked = rescued ? random.Next(0, 2) == 0 : (bool?)null;
                    var retryAt = rescued ? at.AddHours(random.Next(2, 72)) : (DateTimeOffset?)null;
                    await rows.AddAsync(
                        Forgotten(i) ? null : i, challenge.Id, worked, retryWorked, rows.Time(rescued ? at.AddHours(1) : null), rows.Time(retryAt),
                        30 + (random.Next(0, 8) * 15), 10 + (random.Next(0, 4) * 5), new[] { 5, 2, 1, 0.5, 1.5 }[random.Next(0, 5)],
                        1 + random.Next(0, 5), worked ? 3 + random.Next(0, 3) : 1 + random.Next(0, 4), rows.Time(at), rows.Time(at));
                }
            }
        }

        return (program.Id, people);
    }

    private static bool Forgotten(int person) => person % 100 == 37;

    private static string? Role(int person) => person % 33 == 0 ? null : Roles[person % 3];

    private static string Team(int person) => person % 9973 == 1 ? $"Small team {person % 7}" : $"Team {person % 60}";
}
