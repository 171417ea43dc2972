using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Reminders;
using ChampionBot.Scheduling;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Reminders;

public sealed class SqliteReminderTests(SqliteTestDatabase database) : ReminderTests<SqliteTestDatabase>(database);

public sealed class PostgresReminderTests(PostgresTestDatabase database) : ReminderTests<PostgresTestDatabase>(database);

/// <summary>One reminder per person and challenge, after Reminders:AfterDays, never to people who opted out, snoozed or reported.</summary>
public abstract class ReminderTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Scanner_AfterThreeDays_RemindsOnlyEnrolledPeopleWhoHaveNotReportedAndOnlyOnce()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var (due, optedOut, snoozed, reported, otherRole) = (NewPerson(), NewPerson(), NewPerson(), NewPerson(), NewPerson());
        foreach (var person in new[] { due, optedOut, snoozed, reported, otherRole })
        {
            // optin stores a newcomer (looking, like "me", writes nothing).
            await app.SendAsync(TestActivities.PersonalMessage("optin", person));
        }

        var postedAt = DateTimeOffset.UtcNow.AddDays(-300);
        var challenge = await app.PostChallengeAsync(postedAt);
        await app.EnrolAsync(challenge, due, optedOut, snoozed, reported, otherRole);
        foreach (var person in new[] { due, optedOut, snoozed, reported })
        {
            await SetAsync(app, person, p => p.Role = challenge.AudienceRole);
        }

        await SetAsync(app, optedOut, p => p.OptedOutAt = postedAt);
        await SetAsync(app, snoozed, p => p.SnoozedUntil = postedAt.AddDays(14));
        await SetAsync(app, otherRole, p => p.Role = "content-marketing");
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id), reported));
        var clock = new FakeTimeProvider(postedAt.AddDays(2));
        var scanner = ActivatorUtilities.CreateInstance<ReminderJob>(app.Services, clock);

        var early = await scanner.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1.5));
        var first = await scanner.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(6));
        var again = await scanner.RunOnceAsync(CancellationToken.None);
        var restarted = await ActivatorUtilities.CreateInstance<ReminderJob>(app.Services, clock).RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0, 0), (early, first, again, restarted));
        var reminded = await app.QueryAsync(db => db.Reminders.Where(r => r.ChallengeId == challenge.Id).Select(r => r.Participant!.ObjectId).ToListAsync());
        Assert.Equal([due.ObjectId], reminded);
        var recipients = await app.QueryAsync(db => db.Deliveries
            .Where(d => d.OutboundMessage!.Kind == OutboundMessageKind.Reminder && d.OutboundMessage.ActivityJson.Contains("\"challengeId\":" + challenge.Id))
            .Select(d => d.RecipientObjectId).ToListAsync());
        Assert.Equal([due.ObjectId], recipients);
    }

    [SkippableFact]
    public async Task SchedulerPoll_ThreeDaysAfterAPost_QueuesTheReminder()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.SendAsync(TestActivities.PersonalMessage("optin", person));
        var challenge = await app.PostChallengeAsync(DateTimeOffset.UtcNow.AddDays(-3.5));
        await app.EnrolAsync(challenge, person);
        await SetAsync(app, person, p => p.Role = challenge.AudienceRole);

        await app.Services.GetRequiredService<SchedulerService>().RunAllOnceAsync(CancellationToken.None);

        var reminded = await app.QueryAsync(db => db.Reminders.Where(r => r.ChallengeId == challenge.Id).Select(r => r.Participant!.ObjectId).ToListAsync());
        Assert.Contains(person.ObjectId, reminded);
    }

    [SkippableFact]
    public async Task Snooze_FromTheReminderCard_ConfirmsInTheCardAndStopsTheReminder()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var person = NewPerson();
        await app.SendAsync(TestActivities.PersonalMessage("optin", person));
        var postedAt = DateTimeOffset.UtcNow.AddDays(-600);
        var challenge = await app.PostChallengeAsync(postedAt);
        await app.EnrolAsync(challenge, person);
        await SetAsync(app, person, p => p.Role = challenge.AudienceRole);

        var card = (await app.InvokeAsync(TestActivities.CardAction("reminder.snooze", new JsonObject { ["challengeId"] = challenge.Id }, person))).CardJson;
        var clock = new FakeTimeProvider(postedAt.AddDays(4));
        await ActivatorUtilities.CreateInstance<ReminderJob>(app.Services, clock).RunOnceAsync(CancellationToken.None);

        Assert.Contains("Snoozed for two weeks", card, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Reminders.AnyAsync(r => r.ChallengeId == challenge.Id)));
        Assert.True(await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == person.ObjectId).Select(p => p.SnoozedUntil).SingleAsync()) > DateTimeOffset.UtcNow.AddDays(13));
    }

    private static TestPerson NewPerson()
    {
        var id = Guid.NewGuid().ToString();
        return new TestPerson("Sam Example", id, "29:sam-" + id);
    }

    private static Task SetAsync(AppHost app, TestPerson person, Action<Participant> change) => app.QueryAsync(async db =>
    {
        change(await db.Participants.SingleAsync(p => p.ObjectId == person.ObjectId));
        return await db.SaveChangesAsync();
    });
}
