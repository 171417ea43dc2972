using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Privacy;

/// <summary>"Forget me" asks before it deletes, and says exactly what goes and what stays.</summary>
public static class ForgetMeCard
{
    public const string ConfirmVerb = "privacy.forget.confirm";
    public const string CancelVerb = "privacy.forget.cancel";
    public const string Title = "Delete everything about you?";

    /// <summary>Forgetting also means "stop contacting me", opted out or not; the card says what that one kept line is.</summary>
    public const string DoNotContactPromise =
        "Forgetting you also stops my messages, even if you never opted out. To keep that promise I keep just one thing: " +
        "your account id on a do-not-contact list, so I never message you again (not even if your team is enrolled again) " +
        "unless you write **optin** to me.";

    /// <summary>The question; an owner is told they stop being one (forgetting never waits for a hand-over).</summary>
    public const string OwnerNotice =
        "You own a program: you'll stop being one of its owners. Its other owners carry on; if you're the only one, ask someone " +
        "to add another owner first (**program owner add**) so the pilot isn't left without one.";

    public static AdaptiveCard Confirm(bool owner = false) => new()
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
            new TextBlock(DoNotContactPromise) { Wrap = true },
            .. owner ? new CardElement[] { new TextBlock(OwnerNotice) { Wrap = true, Weight = TextWeight.Bolder } } : [],
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
            ? "Everything about you is deleted, except your account id on my do-not-contact list, so I won't message you again. " +
              "If you write to me I'll still answer, starting afresh; write **optin** if you want my messages back."
            : "I don't have anything stored about you. I've put your account id on my do-not-contact list, so I won't message you " +
              "on my own; write **optin** if you want my messages back.");

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
