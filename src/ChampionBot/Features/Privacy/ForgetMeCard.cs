using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Privacy;

/// <summary>"Forget me" asks before it deletes, and says exactly what goes and what stays.</summary>
public static class ForgetMeCard
{
    public const string ConfirmVerb = "privacy.forget.confirm";
    public const string CancelVerb = "privacy.forget.cancel";
    public const string Title = "Delete everything about you?";

    public static AdaptiveCard Confirm() => new()
    {
        Body =
        [
            new TextBlock(Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(
                "I'll delete your profile, what you told me you dread, your reminders, champion evidence, nominations and the " +
                "chats I can reach you in, and cancel anything waiting to be sent to you. This can't be undone.") { Wrap = true },
            new TextBlock(
                "Your results' numbers (minutes, ratings) stay in the program's totals, without your name or anything you wrote, " +
                "so the team's outcomes still add up.") { Wrap = true, IsSubtle = true },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Yes, delete everything", Verb = ConfirmVerb, Style = ActionStyle.Destructive },
            new ExecuteAction { Title = "No, keep my data", Verb = CancelVerb },
        ],
        FallbackText = Title,
    };

    public static AdaptiveCard Done(bool hadData) => Notice(
        hadData ? "Done: I've forgotten you" : "There was nothing to delete",
        hadData
            ? "Everything about you is deleted. If you message me again I'll start afresh, as if we'd never met."
            : "I don't have anything stored about you. If you message me again I'll only keep what I need to reply.");

    public static AdaptiveCard Kept() => Notice("Nothing deleted", "Your data is as it was. Type **mydata** to see it.");

    private static AdaptiveCard Notice(string title, string text) => new()
    {
        Body =
        [
            new TextBlock(title) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock(text) { Wrap = true },
        ],
        FallbackText = title,
    };
}
