using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>The follow-up to a "didn't work": the challenge's tip, a champion to ask, and a one-click second try.</summary>
public static class RescueCard
{
    public const string RetryVerb = "result.retry";

    private const string GenericTip =
        "Give the AI more to work with: paste in a real example of the finished thing, say who it's for, and ask for a first draft you can edit rather than a perfect answer.";

    public static AdaptiveCard Build(Challenge challenge, string? championName)
    {
        var body = new List<CardElement>
        {
            new TextBlock("Let's get it working") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"Most people don't get **{challenge.Title}** right first time. Here's what usually fixes it:") { Wrap = true },
            new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(challenge.RescueTip ?? GenericTip) { Wrap = true }] },
        };
        if (!string.IsNullOrWhiteSpace(challenge.Prompt))
        {
            body.Add(new TextBlock("The prompt to start from:") { Weight = TextWeight.Bolder, Wrap = true });
            body.Add(new TextBlock(challenge.Prompt) { Wrap = true, FontType = FontType.Monospace, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(championName is null
            ? "Still stuck? Ask your program owner or a colleague who does this task: a quick look together usually fixes it."
            : $"Stuck again? Ask **{championName}**, our AI champion: they've got this kind of task working.") { Wrap = true });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Try again",
                    Verb = RetryVerb,
                    Style = ActionStyle.Positive,
                    Data = new JsonObject { ["challengeId"] = challenge.Id },
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"A tip for {challenge.Title}, and a second try",
        };
    }
}
