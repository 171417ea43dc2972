using System.Globalization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>
/// What the give-up notice says about one post. <paramref name="Queued"/>: 1:1 copies that made it into the outbox
/// (they are still delivered); <paramref name="Audience"/>: people enrolled and not opted out when it was given up.
/// </summary>
public sealed record ChallengeGaveUpContent(
    IReadOnlyList<(int Id, string Title)> Challenges,
    string ClaimedAt,
    bool ThreadPosted,
    int Queued,
    int Audience);

/// <summary>
/// The 1:1 notice to the owner(s) when ChampionBot stops retrying a challenge post whose fan-out kept failing:
/// what was meant to go out, how far it got, and what the owner can do now (only what the bot really supports).
/// </summary>
public static class ChallengeGaveUpCard
{
    public const string Heading = "A challenge post didn't go out in full";

    public static AdaptiveCard Build(ChallengeGaveUpContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var titles = string.Join(", ", content.Challenges.Select(c => c.Title));
        var body = new List<CardElement>
        {
            new TextBlock(Heading) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true },
            new TextBlock($"I kept failing to send **{titles}** out in full since it was claimed, so I've stopped retrying. Nothing more of this post will go out by itself.") { Wrap = true },
            new FactSet { Facts = Facts(content), Spacing = Spacing.Medium },
            new TextBlock("What you can do") { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            new TextBlock(Reach(content)) { Wrap = true, Spacing = Spacing.Small },
            new TextBlock(
                "A posted challenge can't be posted again, so to reach people now, start a new one with **challenge new** " +
                $"(**challenge show {content.Challenges[0].Id}** shows this one's text to copy), then **challenge post** it or **challenge schedule** it.")
            { Wrap = true, Spacing = Spacing.Small },
            new TextBlock("Whoever runs ChampionBot can find why it failed in the logs: events 5107 (each failed attempt) and 5109 (given up).") { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        };

        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"ChampionBot stopped retrying the post of {titles}: it didn't go out in full.",
        };
    }

    private static List<Fact> Facts(ChallengeGaveUpContent content)
    {
        var facts = content.Challenges
            .Select(c => new Fact(content.Challenges.Count == 1 ? "Challenge" : "Challenge " + c.Id.ToString(CultureInfo.InvariantCulture), $"{c.Title} (id {c.Id.ToString(CultureInfo.InvariantCulture)})"))
            .ToList();
        facts.Add(new Fact("Claimed", content.ClaimedAt));
        facts.Add(new Fact("Channel thread", content.ThreadPosted ? "posted" : "not posted"));
        facts.Add(new Fact("1:1 copies queued", string.Create(CultureInfo.InvariantCulture, $"{content.Queued} of {content.Audience} enrolled people")));
        return facts;
    }

    private static string Reach(ChallengeGaveUpContent content) => content.Queued switch
    {
        0 => "No 1:1 copy was queued, so participants got nothing from this post" + (content.ThreadPosted ? " except the channel thread." : "."),
        _ => string.Create(CultureInfo.InvariantCulture, $"The {content.Queued} copies already queued are still delivered; the others are not sent."),
    };
}
