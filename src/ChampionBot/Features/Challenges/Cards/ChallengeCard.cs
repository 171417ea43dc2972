using System.Globalization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>The card participants receive, 1:1 and in the pilot channel: one task, done one specific way.</summary>
public static class ChallengeCard
{
    public const string Kicker = "This week's challenge";
    public const string ReportTitle = "Report my result";

    public static AdaptiveCard Build(ChallengeCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = new List<CardElement>
        {
            new TextBlock(Kicker) { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = TextColor.Accent, Wrap = true },
            new TextBlock(content.Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            new TextBlock(content.Task) { Wrap = true },
        };

        if (!string.IsNullOrWhiteSpace(content.Why))
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Items = [new TextBlock($"**Why:** {content.Why}") { Wrap = true, Size = TextSize.Small }],
            });
        }

        AddSteps(body, content);
        body.Add(Heading("What good looks like"));
        body.Add(new TextBlock(content.WhatGoodLooksLike) { Wrap = true, Spacing = Spacing.Small });
        body.Add(new FactSet { Facts = Facts(content), Spacing = Spacing.Medium });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                Results.ResultCard.OpenAction(content.ChallengeId, ReportTitle, keepCard: true),
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"{Kicker}: {content.Title}. {content.Task}",
        };
    }

    public static string UsuallyTakes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min");

    private static void AddSteps(List<CardElement> body, ChallengeCardContent content)
    {
        if (content.Steps.Count > 0)
        {
            body.Add(Heading("How to do it"));
            body.AddRange(content.Steps.Select((step, index) =>
                new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {step}")) { Wrap = true, Spacing = Spacing.Small }));
        }

        if (content.Prompt is { } prompt)
        {
            body.Add(Heading(content.Steps.Count > 0 ? "The prompt to use" : "How to do it: paste this prompt"));
            body.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Small,
                Items = [new TextBlock(prompt) { FontType = FontType.Monospace, Wrap = true }],
            });
        }
    }

    private static List<Fact> Facts(ChallengeCardContent content)
    {
        var facts = new List<Fact> { new("Usually takes", UsuallyTakes(content.BaselineMinutes)) };
        if (content.ChampionName is { } champion)
        {
            facts.Add(new Fact("Stuck? Ask", champion));
        }

        return facts;
    }

    private static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
}
