using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Routing;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadChallengeFromGroupTests : DreadChallengeFromGroupTests<SqliteTestDatabase>;

public sealed class PostgresDreadChallengeFromGroupTests : DreadChallengeFromGroupTests<PostgresTestDatabase>;

/// <summary>
/// <c>challenge new from dread N</c> and the ranking's "Turn into a challenge" button open group N of <c>dread top</c>,
/// built from the group's figures: never one person's answer, and never a group smaller than five.
/// </summary>
public abstract class DreadChallengeFromGroupTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string LeadList = "Cleaning up the weekly lead list before it goes to sales";

    /// <summary>The walkthrough's six answers: five about the status report (one group), one about the lead list (alone).</summary>
    private static readonly (string Text, int Minutes)[] SixAnswers =
    [
        ("Writing the Monday status report for my manager", 30),
        ("The weekly status report for my manager", 45),
        ("Monday status report for my boss", 60),
        ("Writing the weekly status report for my manager", 60),
        ("Status report for my manager every Monday", 135),
        (LeadList, 90),
    ];

    [SkippableFact]
    public async Task NewFromDread_TopGroup_PrefillsFromTheGroupAndShowsNoAnswer()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var ids = await AddDreadsAsync(host, SixAnswers, _ => "demand-generation");

        var form = Assert.Single(await host.SayAsync("challenge new from dread 1", TestPeople.Owner));

        Assert.Contains(ChallengeFormCard.NewTitle, form.CardText, StringComparison.Ordinal);
        Assert.Equal("Take the pain out of: The Monday status report", Value(form.Card!.Value, "title"));
        Assert.True(string.IsNullOrEmpty(Value(form.Card!.Value, "task")), "the task is the owner's words, not a member's answer");
        Assert.Equal("60", Value(form.Card!.Value, "baselineMinutes")); // the median of 30, 45, 60, 60, 135
        Assert.Equal("1", Value(form.Card!.Value, "frequencyPerWeek"));
        Assert.Equal("demand-generation", Value(form.Card!.Value, "audienceRole")); // the ranking names it: all six gave it
        Assert.Contains("Built from the dread group \"The Monday status report\": 5 people, ≈ 5.5 hours a week in total", form.CardText, StringComparison.Ordinal);
        Assert.Contains("the median person spends ≈ 1 hour a week on it, 60 minutes each time", form.CardText, StringComparison.Ordinal);
        Assert.All(SixAnswers, a => Assert.DoesNotContain(a.Text, form.CardJson, StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"\"{ChallengeCardActions.DreadGroupKey}\":1", form.CardJson, StringComparison.Ordinal); // the group's number, never an answer's id
        Assert.DoesNotContain("dreadItemId", form.CardJson, StringComparison.Ordinal);
        Assert.Contains(ids[4], await host.QueryAsync(db => db.DreadItems.Select(d => d.Id).ToListAsync())); // the representative stays stored
    }

    [SkippableFact]
    public async Task NewFromDread_NumberNotAShownGroup_IsRefusedAndNothingIsWritten()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var ids = await AddDreadsAsync(host, SixAnswers, _ => "demand-generation");
        var challengesBefore = await host.QueryAsync(db => db.Challenges.CountAsync());
        var asked = new[] { "2", "0", "999", "other", "-1" }.Concat(ids.Where(id => id != 1).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        foreach (var number in asked.Distinct())
        {
            var reply = Assert.Single(await host.SayAsync($"challenge new from dread {number}", TestPeople.Owner));

            Assert.Null(reply.Card);
            Assert.Contains(DreadGroups.TopHint, reply.Text, StringComparison.Ordinal);
            Assert.All(SixAnswers, a => Assert.DoesNotContain(a.Text, reply.Text!, StringComparison.OrdinalIgnoreCase));
        }

        var two = Assert.Single(await host.SayAsync("challenge new from dread 2", TestPeople.Owner)).Text;
        Assert.Equal(
            "Group 2 isn't in the ranking: only groups of at least 5 people are shown, so answers stay anonymous (there is only group 1). Type **dread top** to see the groups.",
            two);
        Assert.Equal(challengesBefore, await host.QueryAsync(db => db.Challenges.CountAsync()));
    }

    [SkippableFact]
    public async Task NewFromDread_TypedLinkInsteadOfANumber_IsEchoedAsInertText()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var reply = Assert.Single(await host.SayAsync("challenge new from dread [Reset](https://ev.il/a)", TestPeople.Owner)).Text;

        Assert.StartsWith("`(Reset)(https://ev.i…` isn't a group number.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("](", reply, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("dreadGroup", "2")]
    [InlineData("dreadGroup", "abc")]
    [InlineData("dreadItemId", "lead list")]
    [InlineData("dreadItemId", "representative")]
    public async Task NewCardAction_CraftedGroupOrAnswerId_IsRefusedWithoutAForm(string key, string value)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var ids = await AddDreadsAsync(host, SixAnswers, _ => "demand-generation");
        JsonNode sent = value switch
        {
            "lead list" => ids[5],
            "representative" => ids[4],
            _ => value,
        };

        var (type, reply) = await host.InvokeAsync("challenge.new", new JsonObject { [key] = sent }, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Contains(InvokeResponses.PlainText(DreadGroups.TopHint), reply.GetString(), StringComparison.Ordinal); // invoke messages are plain text
        Assert.DoesNotContain(host.Connector.Calls, c => c.Card is not null);
        Assert.Equal(0, await host.QueryAsync(db => db.Challenges.CountAsync(c => !c.FromLibrary)));
    }

    [SkippableFact]
    public async Task NewCardAction_ShownGroupsNumber_OpensThatGroupsForm()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await AddDreadsAsync(host, SixAnswers, i => i % 2 == 0 ? "demand-generation" : "content");

        var (type, _) = await host.InvokeAsync("challenge.new", new JsonObject { [ChallengeCardActions.DreadGroupKey] = 1 }, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        var form = Assert.Single(host.Connector.Calls, c => c.Card is not null);
        Assert.Equal("Take the pain out of: The Monday status report", Value(form.Card!.Value, "title"));
        Assert.Equal(ChallengeForm.GeneralRole, Value(form.Card!.Value, "audienceRole")); // a group spanning roles is for everyone
        Assert.All(SixAnswers, a => Assert.DoesNotContain(a.Text, form.CardJson, StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task DreadTop_TwoGroups_HintsAndButtonsUseTheShownRanks()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var leadLists = Enumerable.Range(0, 5).Select(i => ($"Cleaning the weekly lead list {(i % 2 == 0 ? "export" : "for sales")}", 90));
        await AddDreadsAsync(host, [.. SixAnswers.Take(5), .. leadLists, ("Booking travel for the offsite", 240)], _ => null);

        var top = Assert.Single(await host.SayAsync("dread top", TestPeople.Owner));
        var second = Assert.Single(await host.SayAsync("challenge new from dread 2", TestPeople.Owner));

        var leadListRank = top.CardText.IndexOf("1. The Monday lead list clean-up", StringComparison.Ordinal); // similar enough to join the library's task
        var statusRank = top.CardText.IndexOf("2. The Monday status report", StringComparison.Ordinal);
        Assert.True(leadListRank >= 0 && statusRank > leadListRank, top.CardText);
        Assert.True(top.CardText.IndexOf("challenge new from dread 1", StringComparison.Ordinal) is var hint1 && hint1 > leadListRank && hint1 < statusRank);
        Assert.True(top.CardText.IndexOf("challenge new from dread 2", StringComparison.Ordinal) > statusRank);
        Assert.Contains("\"data\":{\"dreadGroup\":1}", top.CardJson, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"dreadGroup\":2}", top.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("dreadItemId", top.CardJson, StringComparison.Ordinal);
        Assert.Equal("Take the pain out of: The Monday status report", Value(second.Card!.Value, "title"));
        Assert.Equal(ChallengeForm.GeneralRole, Value(second.Card!.Value, "audienceRole"));
    }

    [SkippableFact]
    public async Task ChallengeShowAndEdit_LinkedToAShownGroupOrNot_ShowTheThemeOnlyWhileTheGroupIsShown()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var ids = await AddDreadsAsync(host, SixAnswers, _ => null);
        var fromGroup = await LinkedDraftAsync(host, "From the status report group", ids[4]);
        var fromOneAnswer = await LinkedDraftAsync(host, "Crafted link to one answer", ids[5]); // e.g. a save with crafted card data

        var shown = Assert.Single(await host.SayAsync($"challenge show {fromGroup}", TestPeople.Owner));
        var crafted = Assert.Single(await host.SayAsync($"challenge show {fromOneAnswer}", TestPeople.Owner));
        var (_, craftedEdit) = await host.InvokeAsync("challenge.edit", new JsonObject { ["challengeId"] = fromOneAnswer }, TestPeople.Owner);
        await host.QueryAsync(db => db.DreadItems.Where(d => d.Id == ids[0]).ExecuteDeleteAsync()); // someone asks to be forgotten: the group is 4
        var shrunk = Assert.Single(await host.SayAsync($"challenge show {fromGroup}", TestPeople.Owner));

        Assert.Contains("From dread", shown.CardText, StringComparison.Ordinal);
        Assert.Contains("the group \"The Monday status report\" (5 people)", shown.CardText, StringComparison.Ordinal);
        Assert.Contains(DreadOrigin.NoLongerShown, crafted.CardText, StringComparison.Ordinal);
        Assert.Contains("Built from " + DreadOrigin.NoLongerShown, CardReader.TextOf(craftedEdit), StringComparison.Ordinal);
        Assert.Contains(DreadOrigin.NoLongerShown, shrunk.CardText, StringComparison.Ordinal);
        foreach (var card in new[] { shown.CardJson, crafted.CardJson, craftedEdit.GetRawText(), shrunk.CardJson })
        {
            Assert.All(SixAnswers, a => Assert.DoesNotContain(a.Text, card, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("lead", card, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<int> LinkedDraftAsync(AppHost host, string title, int dreadItemId)
    {
        var draft = await host.AddDraftAsync(title);
        return await host.QueryAsync(async db =>
        {
            await db.Challenges.Where(c => c.Id == draft.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.SourceDreadItemId, dreadItemId));
            return draft.Id;
        });
    }

    /// <summary>One answer per person (the demo organisation's people, owner aside), weekly, in the program; returns the ids in answer order.</summary>
    private static Task<List<int>> AddDreadsAsync(AppHost host, IReadOnlyList<(string Text, int Minutes)> answers, Func<int, string?> role) => host.QueryAsync(async db =>
    {
        await db.DreadItems.ExecuteDeleteAsync(); // the demo's seeded answers: each test ranks only its own
        var program = await db.Programs.SingleAsync();
        var people = await db.Participants.Where(p => p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.ObjectId).Take(answers.Count).ToListAsync();
        var ids = new List<int>();
        foreach (var (person, index) in people.Select((p, i) => (p, i)))
        {
            var item = new DreadItem
            {
                ParticipantId = person.Id,
                ProgramId = program.Id,
                Text = answers[index].Text,
                MinutesPerOccurrence = answers[index].Minutes,
                TimesPerWeek = 1,
                Role = role(index),
                CreatedAt = host.Clock.GetUtcNow().AddMinutes(index),
            };
            db.DreadItems.Add(item);
            await db.SaveChangesAsync(); // one at a time, so ids follow the order people answered in
            ids.Add(item.Id);
        }

        return ids;
    });

    private static string? Value(JsonElement card, string inputId) => Find(card, inputId);

    private static string? Find(JsonElement element, string inputId) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("id", out var id) && id.GetString() == inputId =>
            element.TryGetProperty("value", out var value) ? value.ToString() : null,
        JsonValueKind.Object => element.EnumerateObject().Select(p => Find(p.Value, inputId)).FirstOrDefault(v => v is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(e => Find(e, inputId)).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
