using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Results;

public sealed class SqliteResultCardTests(SqliteTestDatabase database) : ResultCardTests<SqliteTestDatabase>(database);

public sealed class PostgresResultCardTests(PostgresTestDatabase database) : ResultCardTests<PostgresTestDatabase>(database);

/// <summary>The result card through the real pipeline: open, submit, update, double-click, bad input, closed challenges.</summary>
public abstract class ResultCardTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task ResultCommand_InPersonalChat_SendsTheCardForTheLatestChallengeOfTheSendersRole()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        // Later than any other test's challenge in this shared database, so it is the current one.
        var mine = await app.PostChallengeAsync(DateTimeOffset.UtcNow.AddDays(30));
        await app.PostChallengeAsync(DateTimeOffset.UtcNow.AddDays(31), role: "content-marketing");

        await app.SendAsync(TestActivities.PersonalMessage("result", TestPeople.Megan));

        var card = Assert.Single(app.Connector.Calls).CardJson;
        Assert.Contains("How did it go?", card, StringComparison.Ordinal);
        Assert.Contains($"\"challengeId\":{mine.Id}", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"result.submit\"", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Open_FromTheChannelPost_SendsTheFormOneToOneAndSaysSoInTheChannel()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var click = TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id });
        var channel = TestActivities.ChannelMention("challenge", TestPeople.Megan);
        (click["conversation"], click["channelData"]) = (channel["conversation"]!.DeepClone(), channel["channelData"]!.DeepClone());

        var answer = await app.InvokeAsync(click);

        Assert.Equal("application/vnd.microsoft.activity.message", answer.Type);
        Assert.Contains("1:1 chat", answer.MessageText, StringComparison.Ordinal);
        var created = Assert.Single(app.Connector.Calls, c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains(TestPeople.Megan.TeamsUserId, created.Body!.Value.GetRawText(), StringComparison.Ordinal);
        var form = Assert.Single(app.Connector.Calls, c => c.Card is not null);
        Assert.Contains("/v3/conversations/conversation-", form.Path, StringComparison.Ordinal);
        Assert.Contains("How did it go?", form.CardJson, StringComparison.Ordinal);
        Assert.Contains($"\"challengeId\":{challenge.Id}", form.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Connector.Calls, c => c.Path.Contains("ai-challenges", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Submit_DidNotWorkWithNoMinutesWithAi_CardClaimsNoMinutesWithAi()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var submitted = await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, worked: "no", before: "48", withAi: "")));

        var card = submitted.CardJson;
        Assert.Contains("No time saved yet", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Before\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"With AI\"", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OpenThenSubmit_ValidAnswers_StoresResultAndReplacesCardWithMinutesSaved()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var opened = await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id }));
        var submitted = await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, before: "60", withAi: "15", times: "2", differently: "Asked for a table too")));

        Assert.Contains("How did it go?", opened.CardJson, StringComparison.Ordinal);
        var card = submitted.CardJson;
        Assert.Contains("1 h 30 min a week", card, StringComparison.Ordinal);
        Assert.Contains("Edit my answers", card, StringComparison.Ordinal);
        var result = Assert.Single(await app.ResultsAsync(challenge.Id));
        Assert.Equal((true, 60, 15, 2.0, 4, 4, "Asked for a table too"),
            (result.Worked, result.MinutesBefore, result.MinutesWithAi, result.TimesPerWeek, result.Quality, result.Feeling, result.WhatTheyDidDifferently));
        var kinds = await app.QueryAsync(db => db.ChampionEvidence.Where(e => e.ParticipantId == result.ParticipantId && e.SourceKey == $"challenge:{challenge.Id}").Select(e => e.Kind).ToListAsync());
        Assert.Equal([EvidenceKind.FastCompletion, EvidenceKind.NovelUse, EvidenceKind.TimeSaved], kinds.Order());
    }

    [SkippableFact]
    public async Task Submit_SecondTime_UpdatesTheSameResultAndEditReopensWithStoredValues()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, withAi: "15")));

        var second = await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, withAi: "70")));
        var edit = await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id }));

        // A first-report card sent again (a double click, an old card) stores the latest answers and is still the one report.
        Assert.Contains("Result sent", second.CardJson, StringComparison.Ordinal);
        Assert.Contains("no time saved yet", second.CardJson, StringComparison.Ordinal);
        Assert.Equal(70, Assert.Single(await app.ResultsAsync(challenge.Id)).MinutesWithAi);
        Assert.Contains("\"value\":70", edit.CardJson, StringComparison.Ordinal);
        Assert.Contains("Edit your result", edit.CardJson, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Submit_DoubleClickedConcurrently_StoresOneResult()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id)))));

        Assert.All(answers, a => Assert.Contains("a week", a.CardJson, StringComparison.Ordinal));
        Assert.Single(await app.ResultsAsync(challenge.Id));
    }

    [SkippableFact]
    public async Task Submit_ManyPeopleAtOnce_EachGetsTheirOwnCardAndResult()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var people = Enumerable.Range(0, 40)
            .Select(i => new TestPerson($"Burst person {i}", Guid.NewGuid().ToString(), $"29:burst-{i}"))
            .ToList();
        await app.EnrolAsync(challenge, [.. people]);

        // Forty people report at once: they land in shared batches, each with their own numbers.
        var answers = await Task.WhenAll(people.Select((person, i) =>
            app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, withAi: $"{i + 1}"), person))));

        Assert.All(answers, a => Assert.Contains("a week", a.CardJson, StringComparison.Ordinal));
        var stored = await app.QueryAsync(db => db.Results
            .Where(r => r.ChallengeId == challenge.Id)
            .Select(r => new { r.Participant!.ObjectId, r.Participant.DisplayName, r.MinutesWithAi })
            .ToListAsync());
        Assert.Equal(40, stored.Count);
        Assert.All(people.Select((person, i) => (person, i)), p =>
            Assert.Contains(stored, r => r.ObjectId == p.person.ObjectId && r.DisplayName == p.person.Name && r.MinutesWithAi == p.i + 1));
    }

    [SkippableFact]
    public async Task Submit_CraftedBySomeoneNotEnrolledInTheChallengesProgram_RefusesClearlyAndStoresNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var outsider = new TestPerson("Mallory Outside", Guid.NewGuid().ToString(), "29:mallory");
        var metOnce = new TestPerson("Met Once", Guid.NewGuid().ToString(), "29:met-once");
        await app.SendAsync(TestActivities.PersonalMessage("help", metOnce));
        var crafted = TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, before: "1440", withAi: "0", times: "1.5"), outsider);
        crafted["conversation"]!["tenantId"] = "another-organisation";

        var answers = new[]
        {
            await app.InvokeAsync(crafted),
            await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id), metOnce)),
        };

        Assert.All(answers, a => Assert.Contains("enrolled in the program this challenge belongs to", a.CardJson, StringComparison.Ordinal));
        Assert.Empty(await app.ResultsAsync(challenge.Id));
        Assert.Equal(0, await app.QueryAsync(db => db.Participants.CountAsync(p => p.ObjectId == outsider.ObjectId)));
        Assert.Equal(0, await app.QueryAsync(db => db.ChampionEvidence.CountAsync(e => e.SourceKey == $"challenge:{challenge.Id}")));
    }

    [SkippableFact]
    public async Task Submit_OutOfRangeAndMissingValues_ReturnsCardWithErrorsAndTypedValuesAndStoresNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var data = TestChallenges.ResultAnswers(challenge.Id, before: "2000", withAi: "12", times: "3", quality: "", feeling: "9", differently: "Kept this text");

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", data))).CardJson;

        Assert.Contains("Minutes before should be between 0 and 1440", card, StringComparison.Ordinal);
        Assert.Contains("Quality is missing", card, StringComparison.Ordinal);
        Assert.Contains("should be 1 to 5", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":2000", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":12", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":3", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"yes\"", card, StringComparison.Ordinal);
        Assert.Contains("Kept this text", card, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(challenge.Id));
    }

    [SkippableFact]
    public async Task Submit_SavesMoreThanAWorkingWeek_RefusesWithTheTotalKeepsTypedValuesAndStoresNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        // Each figure passes its own range check; together they save 2,400 hours a week.
        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, before: "1440", withAi: "0", times: "100")))).CardJson;

        Assert.Contains("That adds up to 2,400 hours a week, more than your 40-hour working week: check the minutes and how often you do it.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("saving about", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":1440", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":100", card, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(challenge.Id));
        await CardAssert.ValidAsync([("result card with the working-week error", card)]);
    }

    [SkippableFact]
    public async Task Submit_SavesExactlyAWorkingWeek_IsStored()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, before: "480", withAi: "0", times: "5")))).CardJson;

        Assert.Contains("40 h a week", card, StringComparison.Ordinal);
        Assert.Single(await app.ResultsAsync(challenge.Id));
    }

    [SkippableFact]
    public async Task Submit_TextInNumberFields_ExplainsAndStoresNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(challenge.Id, before: "an hour", times: "weekly")))).CardJson;

        Assert.Contains("should be a number of minutes", card, StringComparison.Ordinal);
        Assert.Contains("should be a number of times per week", card, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(challenge.Id));
    }

    [SkippableTheory]
    [InlineData("not-a-number")]
    [InlineData(null)]
    public async Task Submit_MalformedChallengeId_SaysTheCardCouldNotBeReadAndStoresNothing(string? challengeId)
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var data = TestChallenges.ResultAnswers(1);
        data["challengeId"] = challengeId;
        var before = await app.QueryAsync(db => db.Results.CountAsync());

        var card = (await app.InvokeAsync(TestActivities.CardAction("result.submit", data))).CardJson;

        // Either "I couldn't read this card" or, when the person has a current challenge, their answers on its card.
        Assert.Contains("saved nothing", card, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Results.CountAsync()));
    }

    [SkippableFact]
    public async Task Submit_ArchivedOrUnknownChallenge_ShowsClosedInTheCardAndStoresNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var archived = await app.PostChallengeAsync(status: ChallengeStatus.Archived);

        var closed = (await app.InvokeAsync(TestActivities.CardAction("result.submit", TestChallenges.ResultAnswers(archived.Id)))).CardJson;
        var reopened = (await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = archived.Id }))).CardJson;
        var unknown = await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = 987654 }));

        Assert.Contains("This challenge is closed", closed, StringComparison.Ordinal);
        Assert.Contains("This challenge is closed", reopened, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", unknown.Type);
        Assert.Contains("can't find that challenge", unknown.MessageText, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(archived.Id));
    }

    [SkippableTheory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.Scheduled)]
    public async Task Open_FromAnOwnersPreviewOfAChallengeNotPostedYet_LeavesThePreviewAndSaysItIsAPreview(ChallengeStatus status)
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var preview = await app.PostChallengeAsync(status: status);

        var answer = await app.InvokeAsync(TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = preview.Id }, TestPeople.Owner));

        Assert.Equal("application/vnd.microsoft.activity.message", answer.Type);
        Assert.Contains("This is a preview", answer.MessageText, StringComparison.Ordinal);
        Assert.Empty(await app.ResultsAsync(preview.Id));
    }

    [SkippableFact]
    public async Task SubmitFallback_ActionSubmitMessage_StoresResultAndUpdatesTheCardInPlace()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var message = TestActivities.PersonalMessage(string.Empty, TestPeople.Megan);
        var value = TestChallenges.ResultAnswers(challenge.Id);
        value["verb"] = "result.submit";
        message["value"] = value;
        message["replyToId"] = "1:card-message";

        await app.SendAsync(message);

        var call = Assert.Single(app.Connector.Calls);
        Assert.Equal(HttpMethod.Put, call.Method);
        Assert.Contains("Result sent", call.CardJson, StringComparison.Ordinal);
        Assert.Single(await app.ResultsAsync(challenge.Id));
    }

    [SkippableFact]
    public async Task Open_FromAChannelPost_AnswersWithAMessageAndLeavesTheSharedCardAlone()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var challenge = await app.PostChallengeAsync();
        var activity = TestActivities.CardAction("result.open", new JsonObject { ["challengeId"] = challenge.Id });
        activity["conversation"] = new JsonObject { ["conversationType"] = "channel", ["id"] = "19:ai-challenges@thread.tacv2;messageid=1763888740118" };

        var answer = await app.InvokeAsync(activity);

        Assert.Equal("application/vnd.microsoft.activity.message", answer.Type);
        Assert.Contains("1:1 chat", answer.MessageText, StringComparison.Ordinal);
    }
}
