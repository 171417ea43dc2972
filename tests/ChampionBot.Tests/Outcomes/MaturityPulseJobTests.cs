using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteMaturityPulseJobTests(SqliteTestDatabase database) : MaturityPulseJobTests<SqliteTestDatabase>(database);

public sealed class PostgresMaturityPulseJobTests(PostgresTestDatabase database) : MaturityPulseJobTests<PostgresTestDatabase>(database);

/// <summary>The pulse asks at each person's start and every four weeks, once a round, and never anyone who opted out or was forgotten.</summary>
public abstract class MaturityPulseJobTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task RunOnce_OverTenWeeks_AsksAtTheStartAndEveryFourWeeksOnceARoundAndNeverOptedOutOrForgotten()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync(); // first challenge posted a week ago
        var start = LedgerFixture.Now.AddDays(-7);
        var early = await PersonAsync(db, fixture, enrolledAt: LedgerFixture.Now.AddDays(-10));
        var late = await PersonAsync(db, fixture, enrolledAt: LedgerFixture.Now.AddDays(1));
        var optedOut = await PersonAsync(db, fixture, enrolledAt: LedgerFixture.Now.AddDays(-10), optedOutAt: LedgerFixture.Now.AddDays(-1));
        var forgotten = await PersonAsync(db, fixture, enrolledAt: LedgerFixture.Now.AddDays(-10));
        var notEnrolled = await PersonAsync(db, fixture, enrolledAt: null);
        db.DoNotContactList.Add(new DoNotContact { ObjectId = forgotten.ObjectId, Since = LedgerFixture.Now });
        await db.SaveChangesAsync();
        var clock = new FakeTimeProvider(LedgerFixture.Now);
        var outbox = new RecordingOutbox();

        var asked = new List<int> { await Job(clock, outbox).RunOnceAsync(CancellationToken.None) };   // early: round 0
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // nothing new
        clock.Advance(TimeSpan.FromDays(1));
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // late: round 0
        clock.SetUtcNow(start.AddDays(28).AddMinutes(-1));
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // a minute early
        clock.SetUtcNow(start.AddDays(28));
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // early: round 1
        clock.SetUtcNow(LedgerFixture.Now.AddDays(1 + 28));
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // late: round 1
        clock.SetUtcNow(start.AddDays(56));
        asked.Add(await Job(clock, outbox).RunOnceAsync(CancellationToken.None));                     // early: round 2

        var rounds = await db.MaturityPulses.AsNoTracking().Where(p => p.ProgramId == fixture.Program.Id)
            .OrderBy(p => p.AskedAt).Select(p => new { p.ParticipantId, p.Round, p.AskedAt }).ToListAsync();
        Assert.Equal(
            [(early.Id, 0, LedgerFixture.Now), (late.Id, 0, LedgerFixture.Now.AddDays(1)), (early.Id, 1, start.AddDays(28)), (late.Id, 1, LedgerFixture.Now.AddDays(29)), (early.Id, 2, start.AddDays(56))],
            rounds.Select(r => (r.ParticipantId, r.Round, r.AskedAt)));
        Assert.Equal([1, 0, 1, 0, 1, 1, 1], asked);
        var recipients = outbox.Requests.SelectMany(r => r.Recipients).Select(r => r.ObjectId).ToHashSet();
        var expected = new[] { early.ObjectId, late.ObjectId }.Order(StringComparer.Ordinal);
        Assert.Equal(expected, recipients.Order(StringComparer.Ordinal));
        Assert.All(outbox.Requests, r => Assert.Equal(OutboundMessageKind.Survey, r.Kind));
        Assert.DoesNotContain(optedOut.ObjectId, recipients);
        Assert.DoesNotContain(forgotten.ObjectId, recipients);
        Assert.DoesNotContain(notEnrolled.ObjectId, recipients);
    }

    private MaturityPulseJob Job(TimeProvider clock, IOutbox outbox) =>
        new(database.ContextFactory(), outbox, Options.Create(new MaturityPulseOptions()), clock, NullLogger<MaturityPulseJob>.Instance);

    /// <summary>A person of the fixture's program with a 1:1 chat the bot can reach.</summary>
    private static async Task<Participant> PersonAsync(ChampionDbContext db, LedgerFixture fixture, DateTimeOffset? enrolledAt, DateTimeOffset? optedOutAt = null)
    {
        var person = await fixture.PersonAsync(optedOutAt: optedOutAt);
        person.EnrolledAt = enrolledAt;
        db.ConversationReferences.Add(new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            ConversationId = "a:" + person.ObjectId,
            ConversationType = ConversationReferenceStore.PersonalConversation,
            UserAadObjectId = person.ObjectId,
            UserId = "29:" + person.ObjectId,
            TenantId = "tenant",
            CreatedAt = LedgerFixture.Now,
            UpdatedAt = LedgerFixture.Now,
        });
        await db.SaveChangesAsync();
        return person;
    }
}
