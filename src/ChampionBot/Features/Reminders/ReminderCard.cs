using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Results;

namespace ChampionBot.Features.Reminders;

/// <summary>The one reminder per challenge: report now, or snooze reminders for two weeks.</summary>
public static class ReminderCard
{
    public const string SnoozeVerb = "reminder.snooze";

    public static AdaptiveCard Build(Challenge challenge) => new()
    {
        Body =
        [
            new TextBlock("How did this week's challenge go?") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(challenge.Title) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(challenge.Task) { Wrap = true, Spacing = Spacing.None },
            new TextBlock("It takes a minute to report, and it counts even if it didn't work: that's how I know which tips to send.") { Wrap = true, IsSubtle = true },
        ],
        Actions =
        [
            ResultCard.OpenAction(challenge.Id),
            new ExecuteAction { Title = "Snooze two weeks", Verb = SnoozeVerb, Data = new JsonObject { [Commands.CardFields.ChallengeId] = challenge.Id } },
        ],
        MsTeams = TeamsCardOptions.FullWidth,
        FallbackText = $"Reminder: how did {challenge.Title} go?",
    };

    public static AdaptiveCard Snoozed(DateTimeOffset until) => new()
    {
        Body =
        [
            new TextBlock("Snoozed for two weeks") { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock($"No reminders until {until.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}. You can still report any time: type **result**. To stop all my messages, type **optout**.") { Wrap = true },
        ],
        FallbackText = "Reminders snoozed for two weeks",
    };
}
