using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Routing;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteMaturityAnswerFlowTests(SqliteTestDatabase database) : MaturityAnswerFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresMaturityAnswerFlowTests(PostgresTestDatabase database) : MaturityAnswerFlowTests<PostgresTestDatabase>(database);

/// <summary>The pulse card through the real pipeline: a bad word refused on the card, a good one stored, shown by mydata and deleted by forget me.</summary>
public abstract class MaturityAnswerFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Submit_BadWordThenGoodWord_RefusesOnTheCardKeepingTheTextThenStoresItForMyDataUntilForgetMe()
    {
        database.SkipUnlessAvailable();
        await using var app = new AppHost(database);
        var sam = NewPerson("Sam Pulse");
        await app.SayAsync("optin", sam);
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, sam);
        var programId = challenge.ProgramId!.Value;
        var samId = await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == sam.ObjectId).Select(p => p.Id).SingleAsync());
        await app.WriteAsync(db => db.MaturityPulses.Add(new MaturityPulse { ProgramId = programId, ParticipantId = samId, Round = 0, AskedAt = app.Clock.GetUtcNow() }));

        var refused = await app.InvokeAsync(MaturityPulseCard.SubmitVerb, Answer(programId, 0, "getting there"), sam);
        var stored = await app.InvokeAsync(MaturityPulseCard.SubmitVerb, Answer(programId, 0, " Curious. "), sam);
        var notAsked = await app.InvokeAsync(MaturityPulseCard.SubmitVerb, Answer(programId, 3, "lost"), sam);
        var myData = (await app.SayAsync("mydata", sam)).Last(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal)).CardText;
        await ForgetMeAsync(app, sam);

        Assert.Contains("One word only", refused.CardText, StringComparison.Ordinal);
        Assert.Contains("getting there", refused.CardText, StringComparison.Ordinal); // what they typed stays in the box
        Assert.Contains("curious", stored.CardText, StringComparison.Ordinal);
        Assert.Equal(MaturityAnswerHandler.NotAsked, notAsked.MessageText);
        Assert.Contains("\"curious\" (round 1", myData, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.MaturityPulses.AnyAsync(p => p.ParticipantId == samId)));
    }

    [SkippableFact]
    public async Task Submit_AfterOptingOut_StoresNothing()
    {
        database.SkipUnlessAvailable();
        await using var app = new AppHost(database);
        var kim = NewPerson("Kim Quiet");
        await app.SayAsync("optin", kim);
        var challenge = await app.PostChallengeAsync();
        await app.EnrolAsync(challenge, kim);
        var kimId = await app.QueryAsync(db => db.Participants.Where(p => p.ObjectId == kim.ObjectId).Select(p => p.Id).SingleAsync());
        await app.WriteAsync(db => db.MaturityPulses.Add(new MaturityPulse { ProgramId = challenge.ProgramId!.Value, ParticipantId = kimId, Round = 0, AskedAt = app.Clock.GetUtcNow() }));
        await app.SayAsync("optout", kim);

        var answer = await app.InvokeAsync(MaturityPulseCard.SubmitVerb, Answer(challenge.ProgramId!.Value, 0, "curious"), kim);

        Assert.Equal(InvokeResponses.PlainText(MaturityAnswerHandler.OptedOut), answer.MessageText);
        Assert.Null(await app.QueryAsync(db => db.MaturityPulses.Where(p => p.ParticipantId == kimId).Select(p => p.Word).SingleAsync()));
    }

    private static JsonObject Answer(int programId, int round, string word) => new()
    {
        [MaturityPulseCard.ProgramKey] = programId,
        [MaturityPulseCard.RoundKey] = round,
        [MaturityPulseCard.WordInputId] = word,
    };
}
