using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Tests.Data;

namespace ChampionBot.Tests.Outcomes;

/// <summary>A program with one posted challenge and the people and results a ledger test adds to it.</summary>
internal sealed class LedgerFixture(ChampionDbContext db)
{
    public static readonly DateTimeOffset Now = TestRows.Now;

    public ChampionProgram Program { get; private set; } = null!;

    public Challenge Challenge { get; private set; } = null!;

    public async Task<LedgerFixture> CreateAsync(double target = 15)
    {
        Program = new ChampionProgram
        {
            Name = "Ledger pilot",
            BusinessOutcome = "Cut RFP turnaround from 5 days to 2",
            Kpi = "RFP turnaround in days",
            CapacityTargetPercent = target,
            TimeZoneId = "UTC",
            CadenceCron = "0 9 * * 1",
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.Programs.Add(Program);
        await db.SaveChangesAsync();
        Challenge = await AddChallengeAsync("demand-generation");
        return this;
    }

    public async Task<Challenge> AddChallengeAsync(string role)
    {
        var challenge = TestRows.Challenge();
        challenge.ProgramId = Program.Id;
        challenge.AudienceRole = role;
        challenge.Status = ChallengeStatus.Posted;
        challenge.PostedAt = Now.AddDays(-7);
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return challenge;
    }

    public async Task<Participant> PersonAsync(string team = "Marketing Pilot", string role = "demand-generation", DateTimeOffset? optedOutAt = null)
    {
        var person = TestRows.Participant();
        person.ProgramId = Program.Id;
        person.EnrolledAt = Now.AddDays(-10);
        person.Team = team;
        person.Role = role;
        person.OptedOutAt = optedOutAt;
        db.Participants.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>The program's results.csv, line by line (the header first).</summary>
    public async Task<string[]> ResultsCsvAsync()
    {
        using var output = new MemoryStream();
        await new OutcomeCsv(db, new OutcomeLedger(db)).WriteResultsAsync(Program, output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    public async Task<Result> ResultAsync(
        Participant? person, int before, int withAi, double timesPerWeek, bool worked = true, bool? retryWorked = null,
        DateTimeOffset? at = null, Challenge? challenge = null, int feeling = 4)
    {
        var when = at ?? Now;
        var result = new Result
        {
            ParticipantId = person?.Id,
            ChallengeId = (challenge ?? Challenge).Id,
            Worked = worked,
            MinutesBefore = before,
            MinutesWithAi = withAi,
            TimesPerWeek = timesPerWeek,
            Quality = 4,
            Feeling = feeling,
            SubmittedAt = when,
            UpdatedAt = when,
            RetryWorked = retryWorked,
            RetryStartedAt = retryWorked is null ? null : when,
            RetryReportedAt = retryWorked is null ? null : when.AddDays(1),
        };
        db.Results.Add(result);
        await db.SaveChangesAsync();
        return result;
    }
}
