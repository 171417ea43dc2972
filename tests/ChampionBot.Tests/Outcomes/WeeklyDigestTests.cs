using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Digest;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Nominations;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteWeeklyDigestTests : WeeklyDigestTests<SqliteTestDatabase>;

public sealed class PostgresWeeklyDigestTests : WeeklyDigestTests<PostgresTestDatabase>;

/// <summary>
/// The weekly digest: owners get it 1:1 on the program's cadence day (the fixture's program: Mondays 09:00 UTC), once a
/// week whatever runs the scheduler, with the ledger's figures (withheld under five people), the dreaded tasks no
/// challenge covers, and the stalled nominations.
/// </summary>
public abstract class WeeklyDigestTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Monday = LedgerFixture.Now; // Mon 23 Nov 2026 09:00 UTC

    [SkippableFact]
    public async Task RunScheduler_OnTheCadenceDay_QueuesOneDigestAWeekEvenRunTwiceOrOnASecondInstance()
    {
        await using var host = await StartAsync(Monday.AddMinutes(-1));
        var fixture = await host.QueryAsync(db => new LedgerFixture(db).CreateAsync());

        await host.RunSchedulerAsync();
        var early = await DigestsAsync(host, fixture.Program.Id);
        host.Clock.SetUtcNow(Monday);
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();
        if (host.CanStartSecondInstance)
        {
            using var second = host.SecondInstance().With("Outcomes:Digest:Enabled", "true");
            await second.RunSchedulerAsync();
        }

        var onTheDay = await DigestsAsync(host, fixture.Program.Id);
        host.Clock.SetUtcNow(Monday.AddDays(1));
        await host.RunSchedulerAsync();
        var nextDay = await DigestsAsync(host, fixture.Program.Id);
        host.Clock.SetUtcNow(Monday.AddDays(7).AddHours(2));
        await host.RunSchedulerAsync();
        var nextWeek = await DigestsAsync(host, fixture.Program.Id);

        Assert.Empty(early);
        Assert.Equal([WeeklyDigestJob.OutboxKey(fixture.Program.Id, new DateOnly(2026, 11, 23))], onTheDay);
        Assert.Equal(onTheDay, nextDay);
        Assert.Equal([.. onTheDay, WeeklyDigestJob.OutboxKey(fixture.Program.Id, new DateOnly(2026, 11, 30))], nextWeek);
        var (activity, _) = await host.QueuedAsync(nextWeek[1]);
        Assert.Contains($"{DigestCard.Title}: {fixture.Program.Name}", CardReader.TextOf(NominationHostExtensions.Card(activity)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Digest_FourPeopleAGroupWithAChallengeAndAStalledNomination_WithholdsFiguresListsOnlyTheUncoveredGroupAndTheNomination()
    {
        await using var host = await StartAsync(Monday);
        var (program, stalled) = await host.QueryAsync(async db =>
        {
            var fixture = await new LedgerFixture(db).CreateAsync();
            var people = new List<Participant>();
            for (var i = 0; i < 10; i++)
            {
                people.Add(await fixture.PersonAsync());
            }

            foreach (var person in people.Take(4))
            {
                await fixture.ResultAsync(person, before: 60, withAi: 20, timesPerWeek: 2, at: Monday.AddDays(-2));
            }

            string[] reports = ["Writing the Monday status report for my manager", "The weekly status report for my manager", "Monday status report for my boss",
                "Writing the weekly status report for my manager", "Status report for my manager every Monday"];
            string[] leads = ["Cleaning up the weekly lead list before it goes to sales", "Cleaning the lead list for sales every week", "Weekly lead list clean up for sales",
                "Cleaning up duplicate leads in the weekly lead list", "Tidying the weekly lead list before sales gets it"];
            var items = reports.Concat(leads).Select((text, i) => new DreadItem
            {
                ParticipantId = people[i].Id,
                ProgramId = fixture.Program.Id,
                Text = text,
                MinutesPerOccurrence = 60,
                TimesPerWeek = 1,
                CreatedAt = Monday.AddDays(-3).AddMinutes(i),
            }).ToList();
            db.DreadItems.AddRange(items);
            var covering = TestRows.Challenge();
            covering.ProgramId = fixture.Program.Id;
            db.Challenges.Add(covering);
            await db.SaveChangesAsync();
            covering.SourceDreadItemId = items[7].Id; // one answer of the lead-list group
            people[9].DisplayName = "Nia Nominee";
            var nomination = TestRows.Nomination(people[9]);
            nomination.ProgramId = fixture.Program.Id;
            nomination.EscalatedAt = Monday.AddDays(-1);
            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            return (fixture.Program, people[9].DisplayName);
        });

        await host.RunSchedulerAsync();

        var (activity, deliveries) = await host.QueuedAsync(WeeklyDigestJob.OutboxKey(program.Id, new DateOnly(2026, 11, 23)));
        var text = CardReader.TextOf(NominationHostExtensions.Card(activity));
        Assert.Equal(TestPeople.Owner.ObjectId, Assert.Single(deliveries).RecipientObjectId);
        Assert.Contains(Ledger.Withheld, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Capacity", text, StringComparison.Ordinal);
        Assert.Contains("status", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lead", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(number 1 in **dread top**)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 1.", text, StringComparison.Ordinal); // a bullet then a number drew "• 1."
        Assert.Contains("Stalled nominations (1)", text, StringComparison.Ordinal);
        Assert.Contains(stalled, text, StringComparison.Ordinal);
        Assert.Contains(DigestCard.NominationsHint, text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SendDue_TwoCadenceDaysAWeekApart_OwnerGetsEachWeeksFiguresAndTheChangeSinceTheDigestBefore()
    {
        await using var host = await StartAsync(Monday.AddHours(-1));
        var (fixture, people) = await host.QueryAsync(async db =>
        {
            var fixture = await new LedgerFixture(db).CreateAsync();
            var people = new List<Participant>();
            for (var i = 0; i < 10; i++)
            {
                people.Add(await fixture.PersonAsync());
            }

            // (60 - 20) min x 2 a week = 80 min a week each; ten people of 40 h = 24,000 working minutes a week.
            foreach (var person in people.Take(5))
            {
                await fixture.ResultAsync(person, before: 60, withAi: 20, timesPerWeek: 2, at: Monday.AddDays(-4));
            }

            return (fixture, people);
        });

        // Queued at the cadence (09:00 UTC), sent at 08:00 in the owner's New York morning (quiet hours before).
        host.Clock.SetUtcNow(Monday);
        await host.RunSchedulerAsync();
        host.Clock.Advance(TimeSpan.FromHours(4));
        await host.SendDueAsync();
        var first = DigestsReceived(host);
        await host.WriteAsync(db => db.Results.AddRange(people.Skip(5).Select(person => new Result
        {
            ParticipantId = person.Id,
            ChallengeId = fixture.Challenge.Id,
            Worked = true,
            MinutesBefore = 60,
            MinutesWithAi = 20,
            TimesPerWeek = 2,
            Quality = 4,
            Feeling = 4,
            SubmittedAt = Monday.AddDays(1),
            UpdatedAt = Monday.AddDays(1),
        })));
        host.Clock.SetUtcNow(Monday.AddDays(7));
        await host.RunSchedulerAsync();
        host.Clock.Advance(TimeSpan.FromHours(4));
        await host.SendDueAsync();
        var both = DigestsReceived(host);

        var week1 = Assert.Single(first);
        Assert.Contains("23 Nov 2026: everything reported so far", week1, StringComparison.Ordinal);
        Assert.Contains("1.7 %", week1, StringComparison.Ordinal); // 400 of 24,000 minutes
        Assert.Contains("6 h 40 min a week", week1, StringComparison.Ordinal);
        Assert.Contains("No change shown", week1, StringComparison.Ordinal); // nothing was shown the week before
        Assert.Equal(2, both.Count);
        var week2 = both[1];
        Assert.Contains("30 Nov 2026: everything reported so far, and what changed since 23 Nov", week2, StringComparison.Ordinal);
        Assert.Contains("3.3 % (+1.7 points since 23 Nov)", week2, StringComparison.Ordinal); // 800 of 24,000
        Assert.Contains("13 h 20 min a week (+6 h 40 min since 23 Nov)", week2, StringComparison.Ordinal); // one way to write time
        Assert.Contains("10 (+5 since 23 Nov)", week2, StringComparison.Ordinal);
    }

    /// <summary>The digests the owner's 1:1 chat received, oldest first, each as its card's text.</summary>
    private static List<string> DigestsReceived(AppHost host) =>
        [.. host.Connector.Calls.Select(c => c.CardText).Where(text => text.Contains(DigestCard.Title + ":", StringComparison.Ordinal))];

    /// <summary>The app with the digest on, and the owner's 1:1 chat known (the owner has said hello).</summary>
    private static async Task<AppHost> StartAsync(DateTimeOffset start)
    {
        var host = (await AppHost.StartAsync<TDatabase>(start)).With("Outcomes:Digest:Enabled", "true");
        await host.SayAsync("help", TestPeople.Owner);
        host.Connector.Clear();
        return host;
    }

    private static Task<List<string>> DigestsAsync(AppHost host, int programId) => host.QueryAsync(db =>
    {
        var prefix = $"digest:{programId}:";
        return db.OutboundMessages.AsNoTracking().Where(m => m.IdempotencyKey!.StartsWith(prefix))
            .OrderBy(m => m.IdempotencyKey).Select(m => m.IdempotencyKey!).ToListAsync();
    });
}
