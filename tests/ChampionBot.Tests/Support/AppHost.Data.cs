using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Support;

/// <summary>The app's database and background work, as tests read, arrange and drive them.</summary>
public sealed partial class AppHost
{
    /// <summary>Runs <paramref name="query"/> on a fresh context of the app (nothing is saved unless it saves).</summary>
    public async Task<T> QueryAsync<T>(Func<ChampionDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChampionDbContext>());
    }

    /// <summary>Changes rows the way another part of the app would, in a context of its own, and saves.</summary>
    public async Task WriteAsync(Func<ChampionDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    public Task WriteAsync(Action<ChampionDbContext> write) => WriteAsync(db =>
    {
        write(db);
        return Task.CompletedTask;
    });

    /// <summary>Runs every scheduled job once at the clock's time, as the scheduler's poll does.</summary>
    public Task RunSchedulerAsync() => Services.GetRequiredService<SchedulerService>().RunAllOnceAsync(CancellationToken.None);

    /// <summary>Sends everything due in the outbox once, as the background sender's loop does; returns how many.</summary>
    public async Task<int> SendDueAsync(string sender = "test-sender")
    {
        var pump = Services.GetRequiredService<ChampionBot.Delivery.Sending.DeliveryPump>();
        return await pump.SendDueAsync(sender, CancellationToken.None) + await pump.RecallDueAsync(sender, CancellationToken.None);
    }

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    /// <summary>The demo program (the only one unless a test adds more).</summary>
    public Task<ChampionProgram> ProgramAsync() => QueryAsync(db => db.Programs.AsNoTracking().OrderBy(p => p.Id).FirstAsync());

    public Task<Challenge> ChallengeAsync(int id) => QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Id == id));

    public Task<List<Result>> ResultsAsync(int challengeId) =>
        QueryAsync(db => db.Results.AsNoTracking().Where(r => r.ChallengeId == challengeId).ToListAsync());

    /// <summary>Enrols the whole demo organisation in the demo program (as <c>enroll</c> would) and returns how many.</summary>
    public Task<int> EnrolEveryoneAsync() => QueryAsync(async db =>
    {
        var program = await db.Programs.OrderBy(p => p.Id).FirstAsync();
        var now = Clock.GetUtcNow();
        // The roster gives every enrolled person a Teams user id, which the sender needs to open a 1:1 chat.
        return await db.Participants.ExecuteUpdateAsync(set => set
            .SetProperty(p => p.ProgramId, program.Id)
            .SetProperty(p => p.EnrolledAt, now)
            .SetProperty(p => p.TeamsUserId, p => p.TeamsUserId ?? "29:roster-" + p.ObjectId));
    });

    /// <summary>
    /// Enrols people in the challenge's program a week before it was posted, as <c>enroll</c> does (creating those the
    /// bot has not met yet).
    /// </summary>
    public Task EnrolAsync(Challenge challenge, params TestPerson[] people) => WriteAsync(async db =>
    {
        foreach (var person in people)
        {
            var participant = await db.Participants.FirstOrDefaultAsync(p => p.ObjectId == person.ObjectId);
            if (participant is null)
            {
                participant = new Participant { ObjectId = person.ObjectId, DisplayName = person.Name, TeamsUserId = person.TeamsUserId };
                db.Participants.Add(participant);
            }

            (participant.ProgramId, participant.EnrolledAt) = (challenge.ProgramId, (challenge.PostedAt ?? Clock.GetUtcNow()).AddDays(-7));
        }
    });

    public Task SetProgramCadenceAsync(string cron, string timeZone) => WriteAsync(async db =>
    {
        var program = await db.Programs.OrderBy(p => p.Id).FirstAsync();
        (program.CadenceCron, program.TimeZoneId) = (cron, timeZone);
    });

    /// <summary>A valid draft for the demo program, written directly (authoring is tested through the card).</summary>
    public Task<Challenge> AddDraftAsync(string title, string role = "everyone") =>
        AddChallengeAsync(TestChallenges.Draft(title, role));

    /// <summary>
    /// A challenge posted at <paramref name="postedAt"/> (default: now) in the demo program, with Megan enrolled (only
    /// people enrolled in a challenge's program may report on it).
    /// </summary>
    public async Task<Challenge> PostChallengeAsync(
        DateTimeOffset? postedAt = null, string role = "demand-generation", ChallengeStatus status = ChallengeStatus.Posted,
        string title = "Monday status report in ten minutes")
    {
        var challenge = TestChallenges.Posted(title, role, status, postedAt ?? Clock.GetUtcNow());
        await AddChallengeAsync(challenge);
        await EnrolAsync(challenge, TestPeople.Megan);
        return challenge;
    }

    private Task<Challenge> AddChallengeAsync(Challenge challenge) => QueryAsync(async db =>
    {
        challenge.ProgramId = (await db.Programs.OrderBy(p => p.Id).FirstAsync()).Id;
        challenge.CreatedAt = challenge.UpdatedAt = challenge.PostedAt ?? Clock.GetUtcNow();
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();
        return challenge;
    });
}
