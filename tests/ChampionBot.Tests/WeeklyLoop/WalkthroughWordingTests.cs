using System.Text.Json;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Reminders;
using ChampionBot.Features.Results;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.WeeklyLoop;

/// <summary>Wording a walkthrough tripped on: jargon in help, and titles run into the task with a second colon.</summary>
public sealed class WalkthroughWordingTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Help_FromOwner_SaysHowToNameAChallengeWithoutJargon()
    {
        await _app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Owner));

        var card = Assert.Single(_app.Connector.Calls).CardText;
        Assert.Contains("challenge show", card, StringComparison.Ordinal);
        Assert.DoesNotContain("slug", card, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ResultAndReminderCards_TitleWithAColon_ShowTitleAndTaskApart()
    {
        var challenge = new Challenge { Id = 7, Slug = "one-to-one", Title = "Prepare a 1:1 in five minutes", Task = "List the promises you made last time.", AudienceRole = "everyone", WhatGoodLooksLike = "A short list." };

        foreach (var card in new[] { ResultCard.For(challenge, null), ReminderCard.Build(challenge) })
        {
            var texts = JsonDocument.Parse(card.ToJsonElement().GetRawText()).RootElement.GetProperty("body").EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == "TextBlock")
                .Select(e => e.GetProperty("text").GetString()).ToList();
            Assert.Contains(challenge.Title, texts);
            Assert.Contains(challenge.Task, texts);
        }
    }
}
