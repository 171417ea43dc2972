using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using static ChampionBot.Tests.Dread.DreadTestData;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadCardFlowTests(SqliteTestDatabase database) : DreadCardFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresDreadCardFlowTests(PostgresTestDatabase database) : DreadCardFlowTests<PostgresTestDatabase>(database);

/// <summary><c>dread</c> and the dread card's submit, through the real pipeline.</summary>
public abstract class DreadCardFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Dread_InPersonalChat_SendsTheQuestionWithACardId()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("dread", TestPeople.Megan));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains(DreadCard.Title, call.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"dread.submit\"", call.CardJson, StringComparison.Ordinal);
        Assert.Contains("\"cardId\"", call.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(DreadCard.RoleInputId, call.CardJson, StringComparison.Ordinal); // Megan's role is known
    }

    [SkippableFact]
    public async Task DreadSubmit_ActionSubmitFallback_UpdatesTheCardInPlaceWithTheThankYou()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var submit = TestActivities.PersonalMessage(string.Empty, TestPeople.Megan);
        submit.Remove("text");
        submit["replyToId"] = "1:survey-card";
        var value = Answer("card-fallback", "Weekly lead list clean-up", "60", "1");
        value["verb"] = DreadCard.SubmitVerb;
        submit["value"] = value;
        await app.SendAsync(submit);

        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal(HttpMethod.Put, call.Method);
        Assert.EndsWith("/activities/1%3Asurvey-card", call.Path, StringComparison.Ordinal);
        Assert.Contains("≈ 1 hour a week", call.CardText, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.DreadItems.AnyAsync(d => d.CardInstanceId == "card-fallback")));
    }

    [SkippableFact]
    public async Task DreadSubmit_RoleGivenByNewcomer_IsStoredOnTheParticipantAndTheAnswer()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var newcomer = new TestPerson("Nestor Wilke", "b9000000-0000-4000-8000-000000000099", "29:nestor");
        var answer = Answer("card-role", "Answering RFPs", "90", "0.5");
        answer[DreadCard.RoleInputId] = "content-marketing";
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, answer, newcomer);

        Assert.Contains("Thank you, Nestor", body.CardText, StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.DreadItems.Include(d => d.Participant).SingleAsync(d => d.CardInstanceId == "card-role"));
        Assert.Equal(("content-marketing", "content-marketing"), (item.Role, item.Participant!.Role));
    }

    [SkippableFact]
    public async Task DreadSubmit_RoleGivenByPersonWithARole_KeepsTheirRole()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var answer = Answer("card-role-known", "Answering RFPs", "90", "0.5");
        answer[DreadCard.RoleInputId] = "content-marketing";
        await app.InvokeAsync(DreadCard.SubmitVerb, answer, TestPeople.Megan);

        var item = await app.QueryAsync(db => db.DreadItems.SingleAsync(d => d.CardInstanceId == "card-role-known"));
        Assert.Equal("demand-generation", item.Role);
    }

    [SkippableFact]
    public async Task Dread_InChannel_AsksToAnswerInPersonalChat()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.ChannelMention("dread", TestPeople.Megan));

        Assert.Contains("1:1 chat", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DreadSubmit_ValidAnswer_StoresItAndThanksWithHoursPerWeek()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-valid", "Monday status report for my manager", "45", "5"), TestPeople.Megan);

        Assert.Contains("Thank you, Megan", body.CardText, StringComparison.Ordinal);
        Assert.Contains("≈ 3.8 hours a week", body.CardText, StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.DreadItems.SingleAsync(d => d.CardInstanceId == "card-valid"));
        Assert.Equal((45, 5.0, "demand-generation", "Marketing Pilot"), (item.MinutesPerOccurrence, item.TimesPerWeek, item.Role, item.Team));
    }

    [SkippableFact]
    public async Task DreadSubmit_SameCardTwice_StoresOneAnswerWithTheLatestValues()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "30", "1"), TestPeople.Megan);
        await Task.WhenAll(
            app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "40", "1"), TestPeople.Megan),
            app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "40", "1"), TestPeople.Megan));

        var items = await app.QueryAsync(db => db.DreadItems.Where(d => d.CardInstanceId == "card-twice").ToListAsync());
        Assert.Equal(40, Assert.Single(items).MinutesPerOccurrence);
    }

    [SkippableTheory]
    [InlineData("", "45", "1", "Tell me which part of your week you dread")]
    [InlineData("Status report", "", "1", "how many minutes it takes")]
    [InlineData("Status report", "2000", "1", "between 0 and 1440")]
    [InlineData("Status report", "45", "7", "Choose how often")]
    public async Task DreadSubmit_BadInput_ShowsTheProblemKeepsTypedValuesAndStoresNothing(string text, string minutes, string frequency, string problem)
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-bad", text, minutes, frequency), TestPeople.Megan);

        var card = body.CardText;
        Assert.Contains(problem, card, StringComparison.Ordinal);
        Assert.Contains(DreadCard.Title, card, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.Contains(text, card, StringComparison.Ordinal);
        }

        Assert.False(await app.QueryAsync(db => db.DreadItems.AnyAsync(d => d.CardInstanceId == "card-bad")));
    }

    [SkippableFact]
    public async Task DreadSubmit_TextOver500Characters_IsRefused()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-long", new string('x', 501), "45", "1"), TestPeople.Megan);

        Assert.Contains("Keep it to 500 characters (you wrote 501)", body.CardText, StringComparison.Ordinal);
    }

    private AppHost NewApp() => new AppHost(database);
}
