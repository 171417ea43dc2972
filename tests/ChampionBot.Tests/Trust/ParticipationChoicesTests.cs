using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Trust;

public sealed class SqliteParticipationChoicesTests(SqliteTestDatabase database) : ParticipationChoicesTests<SqliteTestDatabase>(database);

public sealed class PostgresParticipationChoicesTests(PostgresTestDatabase database) : ParticipationChoicesTests<PostgresTestDatabase>(database);

/// <summary>
/// <c>optout usage</c> and <c>optout nominations</c>, apart from the program opt-out, and withdrawal: a nominee who
/// opts out of either is withdrawn everywhere; <c>forget me</c> deletes nominations and champion rows.
/// </summary>
public abstract class ParticipationChoicesTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task OptOutUsage_WithUsageRead_DeletesItAndTheScoreSaysOwnEvidenceOnly()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        await app.QueryAsync(db =>
        {
            db.CopilotUsage.Add(new CopilotUsageSnapshot { ParticipantId = participantId, App = "Word", LastActivityDate = new DateOnly(2026, 12, 1), ReportRefreshDate = new DateOnly(2026, 12, 2) });
            return db.SaveChangesAsync();
        });

        await app.SendAsync(TestActivities.PersonalMessage("optout usage", person));
        var reply = app.Connector.Calls[^1].Text;
        var score = await RescoreAsync(app, participantId);
        await app.SendAsync(TestActivities.PersonalMessage("mydata", person));

        Assert.Contains("I won't look you up in Microsoft 365's Copilot usage report", reply, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.CopilotUsage.AnyAsync(u => u.ParticipantId == participantId)));
        Assert.False(score.IncludesCopilotUsage);
        Assert.Contains(ScoreLine.FromJson(score.LinesJson), l => l.Text == ChampionScoreCalculator.OptedOutLine);
        Assert.Contains("Copilot usage lookups: off since", app.Connector.Calls[^1].CardText, StringComparison.Ordinal);
        Assert.Contains("Can be nominated as a champion: yes", app.Connector.Calls[^1].CardText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OptOutNominations_Champion_AskedFirstAndNothingChangesUntilConfirmed()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        await NominateAndApproveAsync(app, participantId);

        await app.SendAsync(TestActivities.PersonalMessage("optout nominations", person));

        var question = app.Connector.Calls[^1].CardText;
        Assert.Contains("Stop being an AI champion?", question, StringComparison.Ordinal);
        Assert.Contains("I stop naming you as a champion everywhere, withdraw your open nomination and never nominate you again", question, StringComparison.Ordinal);
        Assert.Contains("Yes, stop naming me", app.Connector.Calls[^1].CardJson, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Pending, await app.QueryAsync(db => db.Nominations.Where(n => n.ParticipantId == participantId).Select(n => n.Status).SingleAsync()));
        Assert.Null(await app.QueryAsync(db => db.Champions.Where(c => c.ParticipantId == participantId).Select(c => c.RetiredAt).SingleAsync()));
        Assert.Null(await app.QueryAsync(db => db.Participants.Where(p => p.Id == participantId).Select(p => p.NominationsOptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task OptOutNominations_ChampionConfirms_WithdrawnRetiredToldAndNoLongerFeatured()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        var programId = await NominateAndApproveAsync(app, participantId);
        await app.SendAsync(TestActivities.PersonalMessage("optout nominations", person));

        var answer = await app.InvokeAsync(StopNominationsCard.ConfirmVerb, [], person);
        var again = await app.InvokeAsync(StopNominationsCard.ConfirmVerb, [], person);

        Assert.Contains("I withdrew your open nomination and you're no longer named as a champion.", answer.CardText, StringComparison.Ordinal);
        Assert.Contains("You're already opted out of nominations", again.CardText, StringComparison.Ordinal);
        await AssertWithdrawnAsync(app, participantId, programId);
        var participant = await app.QueryAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == participantId));
        var blocks = await app.QueryAsync(db => NominationEligibility.BlocksAsync(db, programId, [participantId], CancellationToken.None));
        Assert.Equal(NominationBlock.NominationsOptedOut, blocks[participantId]);
        Assert.Null(participant.OptedOutAt);
        Assert.Equal("**Nia** has asked not to be nominated as a champion (optout nominations), so I won't nominate them.", NominationEligibility.Explain(blocks[participantId], "Nia"));
    }

    [SkippableFact]
    public async Task OptOutNominations_ChampionCancels_StaysAChampion()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        await NominateAndApproveAsync(app, participantId);
        await app.SendAsync(TestActivities.PersonalMessage("optout nominations", person));

        var answer = await app.InvokeAsync(StopNominationsCard.CancelVerb, [], person);

        Assert.Contains("Nothing changed", answer.CardText, StringComparison.Ordinal);
        Assert.NotNull(await app.QueryAsync(db => ActiveChampion.FindAsync(db, person.ObjectId, CancellationToken.None)));
        Assert.Null(await app.QueryAsync(db => db.Participants.Where(p => p.Id == participantId).Select(p => p.NominationsOptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task OptInNominations_RetiredChampion_CanBeNominatedAgainButIsNotMadeAChampion()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        await NominateAndApproveAsync(app, participantId);
        await app.SendAsync(TestActivities.PersonalMessage("optout nominations", person));
        await app.InvokeAsync(StopNominationsCard.ConfirmVerb, [], person);

        await app.SendAsync(TestActivities.PersonalMessage("optin nominations", person));

        var reply = app.Connector.Calls[^1].Text;
        Assert.Contains("you can be nominated as an AI champion again", reply, StringComparison.Ordinal);
        Assert.Contains("You're not a champion now: being one again takes a new nomination, which your manager decides.", reply, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => ActiveChampion.FindAsync(db, person.ObjectId, CancellationToken.None)));
        Assert.Null(await app.QueryAsync(db => db.Participants.Where(p => p.Id == participantId).Select(p => p.NominationsOptedOutAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task OptOut_Program_WithdrawsTheOpenNominationAndRetiresTheChampion()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        var programId = await NominateAndApproveAsync(app, participantId);

        await app.SendAsync(TestActivities.PersonalMessage("optout", person));

        await AssertWithdrawnAsync(app, participantId, programId);
    }

    [SkippableFact]
    public async Task OptInNominations_AfterOptingOut_CanBeNominatedAgain()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);

        await app.SendAsync(TestActivities.PersonalMessage("opt out of nominations", person));
        var programId = await app.QueryAsync(db => db.Participants.Where(p => p.Id == participantId).Select(p => p.ProgramId!.Value).SingleAsync());
        var optedOut = await app.QueryAsync(db => NominationEligibility.BlocksAsync(db, programId, [participantId], CancellationToken.None));
        await app.SendAsync(TestActivities.PersonalMessage("optin nominations", person));
        var optedIn = await app.QueryAsync(db => NominationEligibility.BlocksAsync(db, programId, [participantId], CancellationToken.None));

        Assert.Equal(NominationBlock.NominationsOptedOut, optedOut[participantId]);
        Assert.Empty(optedIn);
        Assert.Contains("you can be nominated as an AI champion again", app.Connector.Calls[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not a champion now", app.Connector.Calls[^1].Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_PersonOptedOutOfUsage_TheirReportRowIsNotJoined()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        var upn = $"nominee-{Guid.NewGuid():N}@contoso.example";
        await app.QueryAsync(async db =>
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
            participant.UserPrincipalName = upn;
            return await db.SaveChangesAsync();
        });
        await app.SendAsync(TestActivities.PersonalMessage("optout usage", person));
        var handler = new Graph.FakeGraphHandler()
            .Then(System.Net.HttpStatusCode.OK, "{\"displayConcealedNames\":false}")
            .Then(System.Net.HttpStatusCode.OK, Graph.GraphFakes.Page(null, upn));

        await using var db = database.CreateContext();
        var status = await new CopilotUsageImport(db, Graph.GraphFakes.Direct(handler), new CopilotUsageState(), Options.Create(new ChampionBot.Graph.GraphOptions()),
            new FakeTimeProvider(), Microsoft.Extensions.Logging.Abstractions.NullLogger<CopilotUsageImport>.Instance).ImportAsync(CancellationToken.None);

        Assert.Equal(CopilotUsageStatus.Included, status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.False(await db.CopilotUsage.AnyAsync(u => u.ParticipantId == participantId));
    }

    [SkippableFact]
    public async Task ForgetMe_ANomineeWhoIsAChampion_NominationsAndChampionRowsDeleted()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database);
        var (person, participantId) = await EnrolledPersonAsync(app);
        var programId = await NominateAndApproveAsync(app, participantId);
        await app.SendAsync(TestActivities.PersonalMessage("forget me", person));

        await app.InvokeAsync("privacy.forget.confirm", [], person);

        Assert.False(await app.QueryAsync(db => db.Nominations.AnyAsync(n => n.ParticipantId == participantId)));
        Assert.False(await app.QueryAsync(db => db.Champions.AnyAsync(c => c.ParticipantId == participantId)));
        Assert.NotEqual(person.Name, await app.QueryAsync(db => FeaturedChampion.NameAsync(db, programId, null, CancellationToken.None)));
    }

    private static async Task<(TestPerson Person, int ParticipantId)> EnrolledPersonAsync(AppHost app)
    {
        var id = Guid.NewGuid().ToString();
        var person = new TestPerson("Nia Nominee " + id[..8], id, "29:nia-" + id);
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, person);
        var participantId = await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == id).Select(p => p.Id).SingleAsync());
        return (person, participantId);
    }

    /// <summary>An open nomination (a second, later one) and an approved champion row, as the nomination flow leaves them.</summary>
    private static Task<int> NominateAndApproveAsync(AppHost app, int participantId) => app.QueryAsync(async db =>
    {
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        var programId = participant.ProgramId!.Value;
        db.Champions.Add(new Champion { ParticipantId = participantId, ProgramId = programId, ApprovedAt = DateTimeOffset.UtcNow.AddYears(1) });
        db.Nominations.Add(new Nomination
        {
            ParticipantId = participantId, ProgramId = programId, ManagerObjectId = Guid.NewGuid().ToString(), Status = NominationStatus.Pending,
            EvidenceJson = "[]", CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return programId;
    });

    private static async Task AssertWithdrawnAsync(AppHost app, int participantId, int programId)
    {
        var nomination = await app.QueryAsync(db => db.Nominations.AsNoTracking().SingleAsync(n => n.ParticipantId == participantId));
        var champion = await app.QueryAsync(db => db.Champions.AsNoTracking().SingleAsync(c => c.ParticipantId == participantId));
        Assert.Equal(NominationStatus.Withdrawn, nomination.Status);
        Assert.NotNull(champion.RetiredAt);
        Assert.NotEqual(
            await app.QueryAsync(db => db.Participants.Where(p => p.Id == participantId).Select(p => p.DisplayName).SingleAsync()),
            await app.QueryAsync(db => FeaturedChampion.NameAsync(db, programId, null, CancellationToken.None)));
    }

    private static async Task<ChampionScore> RescoreAsync(AppHost app, int participantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChampionScorer>().ScoreAsync([participantId], CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ChampionDbContext>().ChampionScores.AsNoTracking().SingleAsync(s => s.ParticipantId == participantId);
    }
}
