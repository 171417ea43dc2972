using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadFlowTests(SqliteTestDatabase database) : DreadFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresDreadFlowTests(PostgresTestDatabase database) : DreadFlowTests<PostgresTestDatabase>(database);

/// <summary><c>dread</c>, the dread card's submit, <c>dread survey</c> and <c>dread top</c>, through the real pipeline.</summary>
public abstract class DreadFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string DemoProgram = "demo-marketing-pilot";

    [Fact]
    public async Task Dread_InPersonalChat_SendsTheQuestionWithACardId()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread", TestPeople.Megan));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains(DreadCard.Title, call.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"dread.submit\"", call.CardJson, StringComparison.Ordinal);
        Assert.Contains("\"cardId\"", call.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(DreadCard.RoleInputId, call.CardJson, StringComparison.Ordinal); // Megan's role is known
    }

    [Fact]
    public async Task DreadSubmit_ActionSubmitFallback_UpdatesTheCardInPlaceWithTheThankYou()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var submit = TestActivities.PersonalMessage(string.Empty, TestPeople.Megan);
        submit.Remove("text");
        submit["replyToId"] = "1:survey-card";
        var value = Answer("card-fallback", "Weekly lead list clean-up", "60", "1");
        value["verb"] = DreadCard.SubmitVerb;
        submit["value"] = value;
        await app.SendAndSettleAsync(submit);

        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal(HttpMethod.Put, call.Method);
        Assert.EndsWith("/activities/1%3Asurvey-card", call.Path, StringComparison.Ordinal);
        Assert.Contains("≈ 1 hour a week", call.CardText, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.DreadItems.AnyAsync(d => d.CardInstanceId == "card-fallback")));
    }

    [Fact]
    public async Task DreadSubmit_RoleGivenByNewcomer_IsStoredOnTheParticipantAndTheAnswer()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var newcomer = new TestPerson("Nestor Wilke", "b9000000-0000-4000-8000-000000000099", "29:nestor");
        var answer = Answer("card-role", "Answering RFPs", "90", "0.5");
        answer[DreadCard.RoleInputId] = "content-marketing";
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, answer, newcomer);

        Assert.Contains("Thank you, Nestor", body.CardText(), StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.DreadItems.Include(d => d.Participant).SingleAsync(d => d.CardInstanceId == "card-role"));
        Assert.Equal(("content-marketing", "content-marketing"), (item.Role, item.Participant!.Role));
    }

    [Fact]
    public async Task DreadSubmit_RoleGivenByPersonWithARole_KeepsTheirRole()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var answer = Answer("card-role-known", "Answering RFPs", "90", "0.5");
        answer[DreadCard.RoleInputId] = "content-marketing";
        await app.InvokeAsync(DreadCard.SubmitVerb, answer, TestPeople.Megan);

        var item = await app.QueryAsync(db => db.DreadItems.SingleAsync(d => d.CardInstanceId == "card-role-known"));
        Assert.Equal("demand-generation", item.Role);
    }

    [Fact]
    public async Task Dread_InChannel_AsksToAnswerInPersonalChat()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await app.SendAndSettleAsync(TestActivities.ChannelMention("dread", TestPeople.Megan));

        Assert.Contains("1:1 chat", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DreadSubmit_ValidAnswer_StoresItAndThanksWithHoursPerWeek()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-valid", "Monday status report for my manager", "45", "5"), TestPeople.Megan);

        Assert.Contains("Thank you, Megan", body.CardText(), StringComparison.Ordinal);
        Assert.Contains("≈ 3.8 hours a week", body.CardText(), StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.DreadItems.SingleAsync(d => d.CardInstanceId == "card-valid"));
        Assert.Equal((45, 5.0, "demand-generation", "Marketing Pilot"), (item.MinutesPerOccurrence, item.TimesPerWeek, item.Role, item.Team));
    }

    [Fact]
    public async Task DreadSubmit_SameCardTwice_StoresOneAnswerWithTheLatestValues()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "30", "1"), TestPeople.Megan);
        await Task.WhenAll(
            app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "40", "1"), TestPeople.Megan),
            app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-twice", "Cleaning the lead list", "40", "1"), TestPeople.Megan));

        var items = await app.QueryAsync(db => db.DreadItems.Where(d => d.CardInstanceId == "card-twice").ToListAsync());
        Assert.Equal(40, Assert.Single(items).MinutesPerOccurrence);
    }

    [Theory]
    [InlineData("", "45", "1", "Tell me which part of your week you dread")]
    [InlineData("Status report", "", "1", "how many minutes it takes")]
    [InlineData("Status report", "2000", "1", "between 0 and 1440")]
    [InlineData("Status report", "45", "7", "Choose how often")]
    public async Task DreadSubmit_BadInput_ShowsTheProblemKeepsTypedValuesAndStoresNothing(string text, string minutes, string frequency, string problem)
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-bad", text, minutes, frequency), TestPeople.Megan);

        var card = body.CardText();
        Assert.Contains(problem, card, StringComparison.Ordinal);
        Assert.Contains(DreadCard.Title, card, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.Contains(text, card, StringComparison.Ordinal);
        }

        Assert.False(await app.QueryAsync(db => db.DreadItems.AnyAsync(d => d.CardInstanceId == "card-bad")));
    }

    [Fact]
    public async Task DreadSubmit_TextOver500Characters_IsRefused()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var body = await app.InvokeAsync(DreadCard.SubmitVerb, Answer("card-long", new string('x', 501), "45", "1"), TestPeople.Megan);

        Assert.Contains("Keep it to 500 characters (you wrote 501)", body.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DreadSurvey_Owner_QueuesTheCardForEnrolledPeopleWhoHaveNotOptedOut()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var (enrolled, optedOut) = await EnrolDemoPeopleAsync(app, 6, optOut: 1);
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Owner));

        Assert.Contains("Sending the dread survey to 5 people", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        var message = await app.QueryAsync(db => db.OutboundMessages.SingleAsync(m => m.Kind == OutboundMessageKind.Survey));
        var recipients = await app.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == message.Id).Select(d => d.RecipientObjectId).ToListAsync());
        Assert.Equal(enrolled.Except(optedOut).Order(), recipients.Order());
        Assert.Equal("a:1Hx7personal-chat-megan", message.ProgressConversationId);
        Assert.Contains(DreadCard.SubmitVerb, message.ActivityJson, StringComparison.Ordinal);
        var withoutChat = await app.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == message.Id && d.ConversationId == null).ToListAsync());
        Assert.NotEmpty(withoutChat);
        Assert.All(withoutChat, d => Assert.False(string.IsNullOrEmpty(d.RecipientTeamsUserId) || string.IsNullOrEmpty(d.TenantId)));
    }

    [Fact]
    public async Task DreadSurvey_Participant_IsRefusedAndNothingIsQueued()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await EnrolDemoPeopleAsync(app, 3, optOut: 0);
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread survey", TestPeople.Megan));

        Assert.Contains("is for program owners", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Kind == OutboundMessageKind.Survey)));
    }

    [Fact]
    public async Task DreadTop_FourPeopleShareADread_ShowsNoGroup()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await AddDreadsAsync(app, 4, "Monday status report");
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread top", TestPeople.Owner));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("Not enough answers to show a group yet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("status", card, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Turn into a challenge", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DreadTop_FivePeopleShareADread_ShowsItWithATurnIntoAChallengeButtonAndNoNames()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        var itemIds = await AddDreadsAsync(app, 5, "weekly status update to my boss");
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread top", TestPeople.Owner));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("status · report · manager", call.CardText, StringComparison.Ordinal);
        Assert.Contains("Turn into a challenge", call.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"challenge.new\"", call.CardJson, StringComparison.Ordinal);
        Assert.Contains(itemIds, id => call.CardJson.Contains($"\"dreadItemId\":{id}", StringComparison.Ordinal));
        Assert.Contains("challenge new from dread", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly status update to my boss", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DreadTop_Participant_IsRefused()
    {
        if (!database.IsAvailable)
        {
            return;
        }

        using var app = NewApp();
        await app.SendAndSettleAsync(TestActivities.PersonalMessage("dread top", TestPeople.Megan));

        Assert.Contains("is for program owners", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    private ChampionBotApp NewApp() => new ChampionBotApp(database).With("Delivery:SenderEnabled", "false");

    private static JsonObject Answer(string cardId, string text, string minutes, string frequency) => new()
    {
        [DreadCard.CardIdKey] = cardId,
        [DreadCard.TextInputId] = text,
        [DreadCard.MinutesInputId] = minutes,
        [DreadCard.FrequencyInputId] = frequency,
    };

    /// <summary>Enrols the first <paramref name="count"/> demo people (Megan first) in the demo program; the last <paramref name="optOut"/> opted out.</summary>
    private static async Task<(List<string> Enrolled, List<string> OptedOut)> EnrolDemoPeopleAsync(ChampionBotApp app, int count, int optOut)
    {
        var enrolled = new List<string>();
        var optedOut = new List<string>();
        await app.WriteAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Slug == DemoProgram);
            await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.EnrolledAt, (DateTimeOffset?)null).SetProperty(p => p.OptedOutAt, (DateTimeOffset?)null));
            await db.OutboundMessages.ExecuteDeleteAsync();
            var people = await db.Participants.Where(p => p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.ObjectId).Take(count).ToListAsync();
            foreach (var (person, index) in people.Select((p, i) => (p, i)))
            {
                person.ProgramId = program.Id;
                person.EnrolledAt = DateTimeOffset.UtcNow;
                person.OptedOutAt = index >= count - optOut ? DateTimeOffset.UtcNow : null;
                enrolled.Add(person.ObjectId);
                if (person.OptedOutAt is not null)
                {
                    optedOut.Add(person.ObjectId);
                }
            }
        });
        return (enrolled, optedOut);
    }

    private static async Task<List<int>> AddDreadsAsync(ChampionBotApp app, int people, string text)
    {
        var items = new List<DreadItem>();
        await app.WriteAsync(async db =>
        {
            await db.DreadItems.ExecuteDeleteAsync();
            var program = await db.Programs.SingleAsync(p => p.Slug == DemoProgram);
            var participants = await db.Participants.OrderBy(p => p.ObjectId).Take(people).ToListAsync();
            items.AddRange(participants.Select(p => new DreadItem
            {
                ParticipantId = p.Id,
                ProgramId = program.Id,
                Text = text,
                MinutesPerOccurrence = 60,
                TimesPerWeek = 1,
                Role = p.Role,
                Team = p.Team,
                CardInstanceId = Guid.NewGuid().ToString("N"),
            }));
            db.DreadItems.AddRange(items);
        });
        return [.. items.Select(i => i.Id)];
    }
}
