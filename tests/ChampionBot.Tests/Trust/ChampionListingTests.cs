using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Trust;

public sealed class SqliteChampionListingTests : ChampionListingTests<SqliteTestDatabase>;

public sealed class PostgresChampionListingTests : ChampionListingTests<PostgresTestDatabase>;

/// <summary>The owners' <c>nominations</c> and <c>champions</c> listings, and a champion's <c>propose</c>.</summary>
public abstract class ChampionListingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task NominationsAndChampions_NothingYet_ClearEmptyStates()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var nominations = await host.SayAsync("nominations", TestPeople.Owner);
        var champions = await host.SayAsync("champions", TestPeople.Owner);

        Assert.Contains(NominationListCard.Empty, nominations[^1].CardText, StringComparison.Ordinal);
        Assert.Contains(ChampionListCard.Empty.Replace("**", string.Empty, StringComparison.Ordinal), champions[^1].CardText.Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nominations_EveryState_ListedWithManagersReasonsAndWaitingTimes()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        var now = host.Clock.GetUtcNow();
        await host.QueryAsync(async db =>
        {
            var program = await db.Programs.SingleAsync();
            var people = await db.Participants.Where(p => p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.Id).Take(5).ToListAsync();
            Nomination Nominate(Participant p, NominationStatus status, int daysAgo) => new()
            {
                ParticipantId = p.Id, ProgramId = program.Id, ManagerObjectId = TestPeople.Owner.ObjectId, Status = status, EvidenceJson = "[]",
                CreatedAt = now.AddDays(-daysAgo), LastSentAt = now.AddDays(-daysAgo), SentCount = 1,
            };
            db.Nominations.AddRange(
                Nominate(people[0], NominationStatus.Pending, 2),
                Nominate(people[1], NominationStatus.Pending, 10),
                Nominate(people[2], NominationStatus.Approved, 5),
                Nominate(people[3], NominationStatus.Declined, 4),
                Nominate(people[4], NominationStatus.Withdrawn, 3));
            await db.SaveChangesAsync();
            var declined = await db.Nominations.SingleAsync(n => n.ParticipantId == people[3].Id);
            (declined.Reason, declined.DecidedAt) = ("Too busy with the audit this quarter", now.AddDays(-1));
            var approved = await db.Nominations.SingleAsync(n => n.ParticipantId == people[2].Id);
            approved.DecidedAt = now.AddDays(-3);
            db.Champions.Add(new Champion { ParticipantId = people[2].Id, ProgramId = program.Id, NominationId = approved.Id, ApprovedAt = now.AddDays(-3), RetiredAt = now.AddDays(-1) });
            return await db.SaveChangesAsync();
        });

        var text = (await host.SayAsync("nominations", TestPeople.Owner))[^1].CardText;

        Assert.Contains("Stalled: waiting too long for the manager (1)", text, StringComparison.Ordinal);
        Assert.Contains("waiting 10 days; sent once, last 10 days ago", text, StringComparison.Ordinal);
        Assert.Contains("Waiting for the manager (1)", text, StringComparison.Ordinal);
        Assert.Contains("waiting 2 days", text, StringComparison.Ordinal);
        Assert.Contains("approved", text, StringComparison.Ordinal);
        Assert.Contains("no longer a champion since", text, StringComparison.Ordinal); // retired by optout nominations: the listing agrees with champions
        Assert.Contains("\"Too busy with the audit this quarter\"", text, StringComparison.Ordinal);
        Assert.Contains("withdrawn (the nominee opted out)", text, StringComparison.Ordinal);
        Assert.Contains("manager: Alex Wilber", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Champions_OneActiveOneRetired_ListsTheActiveOneWithEvidence()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        var megan = await MakeChampionAsync(host, TestPeople.Megan.ObjectId);
        await host.QueryAsync(async db =>
        {
            db.ChampionScores.Add(new ChampionScore
            {
                ParticipantId = megan, ProgramId = (await db.Programs.SingleAsync()).Id, Points = 13, ComputedAt = host.Clock.GetUtcNow(),
                LinesJson = ScoreLine.ToJson([new ScoreLine(10, "Completed 2 challenges: \"Status report\", \"Lead list\"."), new ScoreLine(3, "Saves about 2 hours a week.")]),
            });
            var other = await db.Participants.Where(p => p.Id != megan && p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.Id).FirstAsync();
            db.Champions.Add(new Champion { ParticipantId = other.Id, ProgramId = other.ProgramId!.Value, ApprovedAt = host.Clock.GetUtcNow(), RetiredAt = host.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        var text = (await host.SayAsync("champions", TestPeople.Owner))[^1].CardText;

        Assert.Contains("Megan Bowen, champion since", text, StringComparison.Ordinal);
        Assert.Contains("Completed 2 challenges", text, StringComparison.Ordinal);
        Assert.Contains("1 former champion retired (opted out).", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Propose_NotAChampion_RefusedAndNothingSaved()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();

        var typed = await host.SayAsync("propose", TestPeople.Megan);
        var (type, value) = await host.InvokeAsync(ChallengeFormCard.ProposeVerb, ChallengeForms.Valid("A sneaky proposal"), TestPeople.Megan);
        var help = await host.SayAsync("help", TestPeople.Megan);

        // The audience is declared (CommandAudience.Champions) and checked before the handler, for the command and the card alike.
        Assert.Equal(CommandRefusals.NotInAudience("**propose**", CommandAudience.Champions), typed[^1].Text);
        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Contains("Sorry, that button is for AI champions, so I haven't changed anything.", value.GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("propose", help[^1].CardText, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Challenges.AnyAsync(c => c.Title == "A sneaky proposal")));
    }

    [SkippableFact]
    public async Task Propose_ChampionSubmitsTwiceWithACraftedId_OneNewDraftByThemAndOwnersToldOnceWithTheirName()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        await MakeChampionAsync(host, TestPeople.Megan.ObjectId);
        var existing = await host.AddDraftAsync("An owner's own draft");
        await host.SayAsync("help", TestPeople.Owner);

        var form = await host.SayAsync("propose", TestPeople.Megan);
        var data = ChallengeForms.Valid("Meeting notes to actions in five minutes");
        data[CardFields.ChallengeId] = existing.Id;
        var (type, value) = await host.InvokeAsync(ChallengeFormCard.ProposeVerb, data, TestPeople.Megan);
        await host.InvokeAsync(ChallengeFormCard.ProposeVerb, data, TestPeople.Megan);

        var help = await host.SayAsync("help", TestPeople.Megan);
        Assert.Contains("For AI champions", help[^1].CardText, StringComparison.Ordinal);
        Assert.Contains("propose", help[^1].CardText, StringComparison.Ordinal);
        Assert.Contains(ChallengeFormCard.ProposeTitle, form[^1].CardText, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        Assert.Contains("with your name on it", value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("An owner's own draft", (await host.ChallengeAsync(existing.Id)).Title);
        var proposed = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Title == "Meeting notes to actions in five minutes"));
        Assert.Equal((ChallengeStatus.Draft, TestPeople.Megan.ObjectId), (proposed.Status, proposed.CreatedByObjectId));
        var message = await host.QueryAsync(db => db.OutboundMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == ChallengeProposals.OutboxKey(proposed.Id)));
        Assert.Contains("Proposed by Megan Bowen (champion)", message.ActivityJson, StringComparison.Ordinal);
        Assert.Equal([TestPeople.Owner.ObjectId], await host.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == message.Id).Select(d => d.RecipientObjectId).ToListAsync()));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboundMessages.CountAsync(m => m.IdempotencyKey != null && m.IdempotencyKey.StartsWith("challenge-proposed:"))));
    }

    private static Task<int> MakeChampionAsync(AppHost host, string objectId) => host.QueryAsync(async db =>
    {
        var person = await db.Participants.SingleAsync(p => p.ObjectId == objectId);
        db.Champions.Add(new Champion { ParticipantId = person.Id, ProgramId = person.ProgramId!.Value, ApprovedAt = host.Clock.GetUtcNow(), ApprovedByObjectId = TestPeople.Owner.ObjectId });
        await db.SaveChangesAsync();
        return person.Id;
    });
}
