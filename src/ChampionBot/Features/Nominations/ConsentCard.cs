using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;

namespace ChampionBot.Features.Nominations;

/// <summary>The nominee's card: "Would you like to be nominated as an AI champion?", with what they did.</summary>
public static class ConsentCard
{
    public const string YesVerb = "nomination.consent.yes";
    public const string NoVerb = "nomination.consent.no";

    public static AdaptiveCard Build(Nomination nomination, string programName, IReadOnlyList<ScoreLine> evidence) => new()
    {
        Body =
        [
            new TextBlock("Would you like to be nominated as an AI champion?") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"What you've done in **{programName}** stands out. A champion is the colleague others ask when AI doesn't work for them " +
                "the first time; I'd name you in the challenge posts. If you say yes, I'll ask your manager to approve it.") { Wrap = true },
            DecisionCard.Evidence(evidence, "What you did"),
        ],
        Actions =
        [
            Button("Yes, nominate me", YesVerb, ActionStyle.Positive, nomination),
            Button("No thanks", NoVerb, ActionStyle.Default, nomination),
        ],
        FallbackText = "Would you like to be nominated as an AI champion?",
    };

    public static AdaptiveCard Answered(bool yes, string? managerName) => new()
    {
        Body =
        [
            new TextBlock(yes ? "You said yes to being nominated" : "You said no thanks") { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock(yes
                ? managerName is { } manager ? $"I've asked **{manager}** to approve it. I'll tell you when they decide." : "I've asked the program owners to decide. I'll tell you when they do."
                : "No problem: I won't nominate you, and nobody else is told.") { Wrap = true },
        ],
        FallbackText = yes ? "You said yes to being nominated" : "You said no thanks",
    };

    private static ExecuteAction Button(string title, string verb, ActionStyle style, Nomination nomination) => new()
    {
        Title = title,
        Verb = verb,
        Style = style,
        Data = new JsonObject { [NominationCardData.NominationKey] = nomination.Id },
    };
}
