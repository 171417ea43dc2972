using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Results;
using ChampionBot.Testing;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Results;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.WeeklyLoop;

/// <summary>
/// The whole challenge loop through the real HTTP pipeline with Teams-shaped activities: dread → challenge → post →
/// result → rescue. Every step is asserted and written to artifacts/loop-transcript.md for people to read.
/// </summary>
public sealed partial class FullLoopTranscriptTests
{
    private static readonly string[] Dreads =
    [
        "Writing the Monday status report for my manager",
        "The weekly status report for my manager",
        "Monday status report for my boss",
        "Writing the weekly status report for my manager",
        "Status report for my manager every Monday",
    ];

    [SkippableFact]
    public async Task FullLoop_DreadToChallengeToPostToResultToRescue_WorksAndWritesATranscript()
    {
        await using var host = (await AppHost.StartAsync<SqliteTestDatabase>())!;
        var transcript = new TranscriptWriter("One full challenge loop", "Produced by `FullLoopTranscriptTests` through the real HTTP pipeline " +
            "(SQLite, Teams-shaped activities, the Bot Connector recorded). 1:1 copies are read from the outbox, as the sender would send them.");
        try
        {
            await WalkTheLoopAsync(host, transcript);
        }
        finally
        {
            // Written even when a step fails, so the transcript shows where the loop broke.
            await transcript.SaveAsync(RepositoryPaths.InRoot("artifacts", "loop-transcript.md"));
        }
    }

    private static async Task WalkTheLoopAsync(AppHost host, TranscriptWriter transcript)
    {
        var alex = TestPeople.Owner;

        transcript.Step("1. The owner looks at the program, enrols the pilot team and sends the dread survey");
        await host.SendAsync(TestActivities.ChannelMention("help")); // the pilot channel's conversation, for the post's thread
        host.Connector.Clear();
        var program = Assert.Single(await SayAsync(host, transcript, "program", alex));
        Assert.Contains("Marketing Pilot", program.CardText, StringComparison.Ordinal);
        var enrolled = await host.EnrolEveryoneAsync();
        transcript.Note($"Enrolment as `enroll` does it from the Teams roster: {enrolled} people of the demo organisation are enrolled.");
        // The demo organisation already holds answers from people outside the pilot, so the owner says who gets it.
        var survey = Assert.Single(await SayAsync(host, transcript, "dread survey to everyone", alex)).Text;
        Assert.Contains($"Sending the dread survey to {enrolled} people", survey, StringComparison.Ordinal);
        var surveyCard = await QueuedCardAsync(host, OutboundMessageKind.Survey);
        Assert.Contains(DreadCard.Title, CardReader.TextOf(surveyCard), StringComparison.Ordinal);

        transcript.Step("2. Five people answer the dread survey");
        await host.QueryAsync(db => db.DreadItems.ExecuteDeleteAsync()); // the demo's seeded answers: this pilot starts with none
        var people = await PeopleAsync(host, Dreads.Length);
        var megan = Assert.Single(people, p => p.ObjectId == TestPeople.Megan.ObjectId);
        transcript.Card("bot", "each enrolled person", surveyCard, "1:1, queued in the outbox");
        foreach (var (person, dread) in people.Zip(Dreads))
        {
            var (_, question) = await ClickAsync(host, transcript, person, surveyCard, DreadCard.OpenVerb, []);
            var (_, thanks) = await ClickAsync(host, transcript, person, question, DreadCard.SubmitVerb, new()
            {
                [DreadCard.TextInputId] = dread,
                [DreadCard.MinutesInputId] = "60",
                [DreadCard.FrequencyInputId] = "1",
            });
            Assert.Contains($"Thank you, {person.Name.Split(' ')[0]}", CardReader.TextOf(thanks), StringComparison.Ordinal);
        }

        Assert.Equal(Dreads.Length, await host.QueryAsync(db => db.DreadItems.CountAsync()));

        transcript.Step("3. The owner ranks the dread and writes a challenge from it");
        var top = Assert.Single(await SayAsync(host, transcript, "dread top", alex)).CardText;
        Assert.Contains("People\n5", top, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", top, StringComparison.Ordinal);
        Assert.Equal("1", DreadNumber().Match(top).Groups[1].Value); // the group's rank in the ranking, never an answer's id
        var form = Assert.Single(await SayAsync(host, transcript, "challenge new from dread 1", alex)).Card!.Value;
        Assert.Contains("60", InputValue(form, "baselineMinutes"), StringComparison.Ordinal);
        Assert.Contains("Built from the dread group", CardReader.TextOf(form), StringComparison.Ordinal);
        Assert.All(Dreads, d => Assert.DoesNotContain(d, form.GetRawText(), StringComparison.Ordinal));
        var typed = ChallengeForms.Valid("Monday status report in 15 minutes with Copilot")
            .With("task", "The Monday status report for your manager").With("audienceRole", ChallengeForm.GeneralRole);
        var (_, refused) = await ClickAsync(host, transcript, alex, form, "challenge.save", typed.DeepClone().AsObject().With("steps", "Try AI on it."));
        Assert.Contains("too short", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.Contains("Not saved yet", CardReader.TextOf(refused), StringComparison.Ordinal);
        var (_, preview) = await ClickAsync(host, transcript, alex, refused, "challenge.save", typed);
        var challenge = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => !c.FromLibrary));
        Assert.Contains($"Saved as a draft (id {challenge.Id})", CardReader.TextOf(preview), StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Draft, challenge.Status);
        Assert.True(await host.QueryAsync(db => db.DreadItems.AnyAsync(d => d.Id == challenge.SourceDreadItemId)), "the challenge links to the group it came from");
        Assert.Contains("From dread", CardReader.TextOf(preview), StringComparison.Ordinal);

        transcript.Step("4. The owner posts it: a thread in the pilot channel and a 1:1 copy for everyone");
        var posted = Assert.Single(await SayAsync(host, transcript, $"challenge post {challenge.Id}", alex), c => c.Text is not null).Text;
        Assert.Contains($"queued it 1:1 for {enrolled} people", posted, StringComparison.Ordinal);
        var threadCall = Assert.Single(host.ChannelThreads()).Body!.Value;
        Assert.Equal("19:ai-challenges@thread.tacv2", threadCall.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        var thread = threadCall.GetProperty("activity");
        transcript.Card("bot", "#ai-challenges channel", thread.GetProperty("attachments")[0].GetProperty("content"), "new thread");
        var copy = await QueuedCardAsync(host, OutboundMessageKind.Challenge);
        Assert.True(await host.QueryAsync(db => db.Deliveries.AnyAsync(d => d.RecipientObjectId == megan.ObjectId)));
        transcript.Card("bot", "Megan", copy, "1:1, queued in the outbox");
        Assert.Contains(ChallengeCard.ReportTitle, CardReader.TextOf(copy), StringComparison.Ordinal);

        transcript.Step("5. Megan reports that it didn't work, gets the rescue card and tries again");
        var resultCard = Assert.Single(await SayAsync(host, transcript, "result", megan)).Card!.Value;
        Assert.Contains("How did it go?", CardReader.TextOf(resultCard), StringComparison.Ordinal);
        var before = host.Connector.Calls.Count;
        var (_, submitted) = await ClickAsync(host, transcript, megan, resultCard, ResultCard.SubmitVerb, TestChallenges.ResultAnswers(challenge.Id, worked: "no", withAi: "60"));
        Assert.Contains("Thanks for telling me", CardReader.TextOf(submitted), StringComparison.Ordinal);
        var rescue = Assert.Single(host.Connector.Calls.Skip(before));
        Assert.Contains(typed["rescueTip"]!.GetValue<string>(), rescue.CardText, StringComparison.Ordinal);
        var (_, retry) = await ClickAsync(host, transcript, megan, rescue.Card!.Value, RescueCard.RetryVerb, []);
        Assert.Contains("did it work this time", CardReader.TextOf(retry), StringComparison.Ordinal);
        var (_, done) = await ClickAsync(host, transcript, megan, retry, RetryCard.ReportVerb, new() { [RetryCard.MinutesId] = "15" }, answer: "yes");
        Assert.Contains("it worked on the second try", CardReader.TextOf(done), StringComparison.Ordinal);
        var result = await host.QueryAsync(db => db.Results.AsNoTracking().SingleAsync(r => r.Participant!.ObjectId == megan.ObjectId)); // the demo seeds hold other people's past results
        Assert.Equal((false, true, 15), (result.Worked, result.RetryWorked, result.MinutesWithAi));

        transcript.Step("6. Megan looks at her own impact");
        var me = Assert.Single(await SayAsync(host, transcript, "me", megan)).CardText;
        Assert.Contains("45 min a week", me, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Testing.Fakes.ConnectorCall>> SayAsync(AppHost host, TranscriptWriter transcript, string text, TestPerson person)
    {
        transcript.Says(FirstName(person), "bot", text);
        var calls = await host.SayAsync(text, person);
        transcript.BotCalls(FirstName(person), calls);
        return calls;
    }

    /// <summary>A click on the card's button with <paramref name="verb"/> (the one answering <paramref name="answer"/>, when several share it).</summary>
    private static async Task<InvokeAnswer> ClickAsync(
        AppHost host, TranscriptWriter transcript, TestPerson person, JsonElement card, string verb, JsonObject typed, string? answer = null)
    {
        var action = Elements(card).First(e => e.TryGetProperty("verb", out var v) && v.GetString() == verb
            && (answer is null || e.GetProperty("data").GetProperty(RetryCard.WorkedKey).GetString() == answer));
        var data = Submission(card, action, typed);
        var shown = string.Join("; ", data.Where(p => p.Value is JsonValue value && value.ToString().Length > 0
            && p.Key is not ("cardId" or "challengeId" or "version" or "dreadItemId")).Select(p => $"{p.Key}: {p.Value}"));
        transcript.Says(FirstName(person), "bot", $"clicks **[{action.GetProperty("title").GetString()}]** (`{verb}`){(shown.Length > 0 ? " with " + shown : string.Empty)}");
        var before = host.Connector.Calls.Count;
        var reply = await host.InvokeAsync(verb, data, person);
        transcript.InvokeAnswer(FirstName(person), reply.Type, reply.Value);
        transcript.BotCalls(FirstName(person), host.Connector.Calls.Skip(before), "new message");
        return reply;
    }

    /// <summary>What Teams sends for a click: the inputs' current values, the action's hidden data, then what the person typed.</summary>
    private static JsonObject Submission(JsonElement card, JsonElement action, JsonObject typed)
    {
        var data = new JsonObject();
        foreach (var input in Elements(card).Where(e => e.TryGetProperty("id", out _) && e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)))
        {
            data[input.GetProperty("id").GetString()!] = InputValue(card, input.GetProperty("id").GetString()!);
        }

        foreach (var property in action.TryGetProperty("data", out var hidden) ? JsonNode.Parse(hidden.GetRawText())!.AsObject() : [])
        {
            data[property.Key] = property.Value?.DeepClone();
        }

        foreach (var property in typed)
        {
            data[property.Key] = property.Value?.DeepClone();
        }

        return data;
    }

    private static string InputValue(JsonElement card, string id) =>
        Elements(card).FirstOrDefault(e => e.TryGetProperty("id", out var i) && i.GetString() == id) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : string.Empty;

    private static IEnumerable<JsonElement> Elements(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new[] { element }.Concat(element.EnumerateObject().SelectMany(p => Elements(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Elements),
        _ => [],
    };

    private static async Task<JsonElement> QueuedCardAsync(AppHost host, OutboundMessageKind kind)
    {
        var json = await host.QueryAsync(db => db.OutboundMessages.Where(m => m.Kind == kind).Select(m => m.ActivityJson).SingleAsync());
        return JsonDocument.Parse(json).RootElement.GetProperty("attachments")[0].GetProperty("content").Clone();
    }

    /// <summary>Megan and the next enrolled people of the demo organisation, as Teams would name them.</summary>
    private static Task<List<TestPerson>> PeopleAsync(AppHost host, int count) => host.QueryAsync(db => db.Participants.AsNoTracking()
        .Where(p => p.ObjectId != TestPeople.Owner.ObjectId && p.EnrolledAt != null)
        .OrderBy(p => p.ObjectId).Take(count)
        .Select(p => new TestPerson(p.DisplayName, p.ObjectId, p.ObjectId == TestPeople.Megan.ObjectId ? TestPeople.Megan.TeamsUserId : p.TeamsUserId!))
        .ToListAsync());

    private static string FirstName(TestPerson person) => person.Name.Split(' ')[0];

    [GeneratedRegex(@"challenge new from dread (\d+)")]
    private static partial Regex DreadNumber();
}
