using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Welcome;

public static class WelcomeCards
{
    public const string PersonalTitle = "Welcome to ChampionBot";
    public const string TeamTitle = "Hi team, I'm ChampionBot";

    /// <summary>The 1:1 welcome: what the bot does and three things to try.</summary>
    public static AdaptiveCard Personal(string? firstName) => new()
    {
        Body =
        [
            new TextBlock(PersonalTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"Hi{(string.IsNullOrWhiteSpace(firstName) ? string.Empty : " " + firstName)}! Each week I'll bring you one specific way to use AI on a task you'd rather not do — with the exact steps, what good looks like, and a tip if it doesn't work.")
            {
                Wrap = true,
            },
            new TextBlock("I measure what it gives you back (minutes saved), never how often you use a tool.") { Wrap = true, IsSubtle = true },
            new TextBlock("Things to try") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new FactSet
            {
                Facts =
                [
                    new Fact("dread", "Tell me which part of your week you dread most."),
                    new Fact("challenge", "See this week's challenge for you."),
                    new Fact("help", "Everything I can do."),
                ],
            },
            new TextBlock("You're in control: **optout** stops my messages, **mydata** shows what I keep, **forget me** deletes it.")
            {
                Wrap = true,
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.Medium,
            },
        ],
        Actions =
        [
            CommandButton.For("dread", "Tell me what I dread"),
            CommandButton.For("challenge", "This week's challenge"),
            CommandButton.For("help", "What else can you do?"),
        ],
        FallbackText = PersonalTitle + ". Type help to see what I can do.",
    };

    /// <summary>A short introduction for a channel the bot was added to.</summary>
    public static AdaptiveCard Team(string? teamName) => new()
    {
        Body =
        [
            new TextBlock(TeamTitle) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"I'll post one specific AI challenge a week{(string.IsNullOrWhiteSpace(teamName) ? string.Empty : " for " + teamName)}, built around the work people here dread, and collect how it went — time saved, not time spent in tools.")
            {
                Wrap = true,
            },
            new TextBlock("Mention me with **help** to see what I can do here.") { Wrap = true, IsSubtle = true },
        ],
        FallbackText = TeamTitle + ". Mention me with help to see what I can do.",
    };
}
