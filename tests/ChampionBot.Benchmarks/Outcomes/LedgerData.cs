using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data.Entities;

namespace ChampionBot.Benchmarks.Outcomes;

/// <summary>
/// A program with many results: forty teams, three roles, twenty posted challenges, five results a person over
/// about ten weeks, one in five that didn't work (half of those rescued), a few forgotten and opted-out people.
/// </summary>
internal static class LedgerData
{
    private const int Challenges = 20;
    private const int ResultsPerPerson = 5;
    private const int Batch = 2_000;

    public static async Task<(int ProgramId, int People)> FillAsync(BenchmarkDatabase database, int results, DateTimeOffset now)
    {
        var people = (results + ResultsPerPerson - 1) / ResultsPerPerson;
        var start = now.AddDays(-70);
        ChampionProgram program;
        List<int> challengeIds;
        await using (var db = database.CreateContext())
        {
            program = new ChampionProgram
            {
                Slug = "ledger-benchmark", Name = "Ledger benchmark", BusinessOutcome = "Benchmark", CapacityTargetPercent = 15,
                TimeZoneId = "UTC", CadenceCron = "0 9 * * MON", CreatedAt = now, UpdatedAt = now,
            };
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            var challenges = Enumerable.Range(0, Challenges).Select(i => new Challenge
            {
                Slug = $"ledger-benchmark-{i}", Title = $"Challenge {i}", Task = "A task", AudienceRole = Role(i),
                WhatGoodLooksLike = "Done", BaselineMinutes = 60, FrequencyPerWeek = 1, Status = ChallengeStatus.Posted,
                PostedAt = start.AddDays(i * 3.5), ProgramId = program.Id, CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.Challenges.AddRange(challenges);
            await db.SaveChangesAsync();
            challengeIds = [.. challenges.Select(c => c.Id)];
        }

        var random = new Random(18);
        for (var first = 0; first < people; first += Batch)
        {
            await using var db = database.CreateContext();
            var batch = Enumerable.Range(first, Math.Min(Batch, people - first)).Select(i => new Participant
            {
                ObjectId = $"c0000000-0000-4000-8000-{i:000000000000}",
                DisplayName = $"Person {i}",
                Role = Role(i),
                Team = $"Team {i % 40}",
                ProgramId = program.Id,
                EnrolledAt = start,
                OptedOutAt = i % 50 == 0 ? now.AddDays(-20) : null,
                CreatedAt = now,
                UpdatedAt = now,
            }).ToList();
            db.Participants.AddRange(batch);
            await db.SaveChangesAsync();

            foreach (var person in batch)
            {
                var forgotten = random.Next(0, 100) == 0;
                for (var r = 0; r < ResultsPerPerson; r++)
                {
                    var challenge = (person.Id + r * 4) % Challenges;
                    var worked = random.Next(0, 5) > 0;
                    var at = start.AddDays(challenge * 3.5 + random.NextDouble() * 6);
                    db.Results.Add(new Result
                    {
                        ParticipantId = forgotten ? null : person.Id,
                        ChallengeId = challengeIds[challenge],
                        Worked = worked,
                        RetryWorked = worked ? null : random.Next(0, 2) == 0,
                        RetryReportedAt = worked ? null : at.AddDays(1),
                        MinutesBefore = 30 + random.Next(0, 8) * 15,
                        MinutesWithAi = 10 + random.Next(0, 4) * 5,
                        TimesPerWeek = new[] { 5, 2, 1, 0.5 }[random.Next(0, 4)],
                        Quality = 1 + random.Next(0, 5),
                        Feeling = 1 + random.Next(0, 5),
                        SubmittedAt = at,
                        UpdatedAt = at,
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        return (program.Id, people);
    }

    private static string Role(int i) => (i % 3) switch { 0 => "demand-generation", 1 => "sales", _ => "people-manager" };
}
