using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Results;

/// <summary>The second try: "did it work this time?", with the minutes it took if it did.</summary>
public static class RetryCard
{
    public const string ReportVerb = "result.retry.report";
    public const string WorkedKey = "retryWorked";
    public const string MinutesId = "retryMinutesWithAi";

    public static AdaptiveCard Build(Challenge challenge, string? minutes, IReadOnlyList<string> errors)
    {
        var body = new List<CardElement>
        {
            new TextBlock("Second try") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"Give **{challenge.Title}** another go with this tip, then tell me: did it work this time?") { Wrap = true },
        };

        // The tip stays on the card the "Try again" click replaces the rescue with: it is what the second try needs.
        body.AddRange(RescueCard.TipAndPrompt(challenge));
        if (errors.Count > 0)
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Attention,
                Items = [.. errors.Select(e => new TextBlock("• " + e) { Wrap = true, Color = TextColor.Attention })],
            });
        }

        body.Add(new NumberInput(MinutesId)
        {
            Label = "If it worked: minutes it took with AI this time (optional)",
            Min = 0,
            Max = ResultValidator.MaxMinutes,
            Value = CardData.Number(minutes),
            ErrorMessage = $"Enter minutes from 0 to {ResultValidator.MaxMinutes}.",
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions = [Answer(challenge.Id, "Yes, it worked", "yes", ActionStyle.Positive), Answer(challenge.Id, "Still no", "no", ActionStyle.Default)],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"Did {challenge.Title} work this time?",
        };
    }

    public static AdaptiveCard Done(Challenge challenge, bool worked, int minutesSavedPerWeek, string? championName, IReadOnlyList<string>? owners = null)
    {
        var text = worked
            ? minutesSavedPerWeek > 0
                ? $"Brilliant: it worked on the second try. That's about **{MinutesSaved.Describe(minutesSavedPerWeek)} a week** back."
                : "Brilliant: it worked on the second try. I've noted it."
            : (championName, owners) switch
            {
                ({ } champion, _) => $"Thanks for sticking with it. **{champion}** can show you how they do it; the next challenge may suit you better too.",
                (null, [var owner, ..]) => $"Thanks for sticking with it. I've noted it. **{owner}**, who runs this program, can help you get it working; the next challenge may suit this task better too.",
                _ => "Thanks for sticking with it. I've noted it, and the next challenge may suit this task better.",
            };
        return NoticeCard.Build(worked ? $"{challenge.Title}: it worked" : $"{challenge.Title}: noted", text);
    }

    private static ExecuteAction Answer(int challengeId, string title, string answer, ActionStyle style) => new()
    {
        Title = title,
        Verb = ReportVerb,
        Style = style,
        Data = new JsonObject { [CardFields.ChallengeId] = challengeId, [WorkedKey] = answer },
    };
}
