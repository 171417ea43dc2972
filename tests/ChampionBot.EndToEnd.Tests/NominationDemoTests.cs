using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.EndToEnd.Tests.Harness;
using Microsoft.Playwright;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>
/// The README's demo of a nomination (issue 17, item 8), as a newcomer runs it: Alex Wilber, the demo program's owner,
/// opens the pilot channel and types <c>enroll</c>; Megan Bowen's past results and Copilot usage make her a nominee by
/// themselves; she says yes on her consent card (the Playground plays Alex only, so the test sends her answer as Teams
/// would); Alex, her manager, gets the card with the evidence, approves it, and the champion is announced in the channel.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class NominationDemoTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "7d0b6a4e-2c1f-4b8e-9a55-1f3c2d4e5a60";
    private const string ConsentTitle = "Would you like to be nominated as an AI champion?";
    private const string ManagerCardTitle = "Nominate Megan Bowen as an AI champion?";
    private const string ApprovedTitle = "Megan Bowen is an AI champion";

    // The rescore after enroll waits Champions:Scoring:RescoreDelaySeconds (30 s) to gather a burst; then the card is sent.
    private static readonly TimeSpan NomineeTimeout = TimeSpan.FromSeconds(150);

    [SkippableFact]
    public async Task DemoNominee_MeganSaysYes_AlexApprovesAndTheChampionIsAnnouncedWithAMention()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "nomination-demo", async playground =>
        {
            var page = playground.Page;
            await playground.OpenConversationAsync("Personal Chat");
            await playground.OpenConversationAsync("AI Challenges");
            await playground.MentionBotAsync("help");
            await playground.WaitForCardAsync("ChampionBot commands");

            await playground.OpenConversationAsync("Personal Chat");
            await playground.SendAsync("enroll");
            await page.GetByText("Enrolled Marketing Pilot", new PageGetByTextOptions { Exact = false }).First
                .WaitForAsync(new LocatorWaitForOptions { Timeout = (float)PlaygroundPage.ReplyTimeout.TotalMilliseconds });

            var consent = await BotDatabase.WaitForSentAsync(fixture.Bot, "nomination:%:consent%", NomineeTimeout);
            var consentCard = consent.Activity.GetProperty("attachments")[0].GetProperty("content");
            await SaveRenderedCardAsync(playground, consentCard, "nomination-1-consent-card.png");

            await playground.SendAsync("nominations");
            await playground.WaitForCardAsync("Megan Bowen");
            await Save(playground, "nomination-2-nominee-listed.png");

            var answer = await AnswerAsMeganAsync(consent, consentCard);
            Assert.Contains("You said yes to being nominated", answer, StringComparison.Ordinal);
            Assert.Contains("Alex Wilber", answer, StringComparison.Ordinal);

            var managerCard = await playground.WaitForCardAsync(ManagerCardTitle);
            Assert.True(await managerCard.GetByText("Completed 2 challenges", new LocatorGetByTextOptions { Exact = false }).IsVisibleAsync());
            await Save(playground, "nomination-3-manager-card.png");

            await managerCard.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve" }).ClickAsync();
            await playground.WaitForCardAsync(ApprovedTitle);
            Assert.Equal(0, await playground.CardsWithText(ManagerCardTitle).CountAsync());
            await Save(playground, "nomination-4-manager-card-approved.png");

            await playground.OpenConversationAsync("AI Challenges");
            var announcement = page.GetByText("as an AI champion of", new PageGetByTextOptions { Exact = false }).Last;
            await announcement.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)PlaygroundPage.ReplyTimeout.TotalMilliseconds });
            await announcement.ScrollIntoViewIfNeededAsync();
            var sent = await BotDatabase.WaitForSentAsync(fixture.Bot, "nomination:%:announced", PlaygroundPage.ReplyTimeout);
            var mention = sent.Activity.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "mention");
            Assert.Equal(("<at>Megan Bowen</at>", "user-id-1"), (mention.GetProperty("text").GetString(), mention.GetProperty("mentioned").GetProperty("id").GetString()));
            await Save(playground, "nomination-5-announcement.png");
        });
    }

    /// <summary>Megan presses "Yes, nominate me": the invoke Teams would send from her 1:1 chat, with the data her card carries.</summary>
    private async Task<string> AnswerAsMeganAsync(SentMessage consent, JsonElement card)
    {
        var yes = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Yes, nominate me");
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "e2e-consent-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = consent.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "user-id-1", ["name"] = "Megan Bowen", ["aadObjectId"] = "a1000000-0000-4000-8000-000000000002" },
            ["recipient"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-00000000000011", ["name"] = "ChampionBot" },
            ["conversation"] = new JsonObject { ["id"] = consent.ConversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = yes.GetProperty("verb").GetString(), ["data"] = JsonNode.Parse(yes.GetProperty("data").GetRawText()) },
                ["trigger"] = "manual",
            },
        };
        using var http = new HttpClient { Timeout = PlaygroundPage.ReplyTimeout };
        using var response = await http.PostAsJsonAsync(fixture.Bot.MessagesEndpoint, invoke);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"Megan's \"yes\" (invoke {yes.GetProperty("data").GetRawText()}): HTTP {(int)response.StatusCode} {body}");
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    /// <summary>The consent card as the Adaptive Cards renderer (the one the Playground uses) draws it, beside a note saying whose it is.</summary>
    private async Task SaveRenderedCardAsync(PlaygroundPage playground, JsonElement card, string name)
    {
        var page = await playground.Page.Context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(640, 720);
            await page.SetContentAsync("<html><body style=\"font-family: sans-serif; background: #f5f5f5; padding: 16px\">" +
                "<p>Megan Bowen's 1:1 chat (the Playground plays Alex only): the consent card the bot sent her, drawn by the Adaptive Cards renderer.</p>" +
                "<div id=\"card\" style=\"background: white; max-width: 560px\"></div></body></html>");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(Testing.RepositoryPaths.Root, "node_modules", "adaptivecards", "dist", "adaptivecards.js") });
            await page.EvaluateAsync("""
                json => {
                    // Teams renders **bold**; the bare renderer needs to be told how (text is escaped first).
                    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
                        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
                        result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
                        result.didProcess = true;
                    };
                    const card = new AdaptiveCards.AdaptiveCard();
                    card.parse(JSON.parse(json));
                    document.getElementById('card').appendChild(card.render());
                }
                """, card.GetRawText());
            Assert.True(await page.GetByText(ConsentTitle).IsVisibleAsync());
            var path = Path.Combine(fixture.Settings.ArtifactsDirectory, name);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"Screenshot: {path}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task Save(PlaygroundPage playground, string name)
    {
        var path = await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, name));
        output.WriteLine($"Screenshot: {path}");
    }
}
