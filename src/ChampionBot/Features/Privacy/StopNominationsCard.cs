using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// <c>optout nominations</c> asks first when it would take something away (being named as a champion, an open
/// nomination), and says what: the card's button does the opting out, like <c>forget me</c>.
/// </summary>
public static class StopNominationsCard
{
    public const string ConfirmVerb = "privacy.nominations.stop";
    public const string CancelVerb = "privacy.nominations.keep";

    public static AdaptiveCard Confirm(string? championOf, bool openNomination)
    {
        var title = championOf is not null ? "Stop being an AI champion?" : "Withdraw your champion nomination?";
        var what = championOf is not null
            ? $"You're an AI champion of **{championOf}**: I name you in challenge posts, and as the person to ask when a challenge didn't work. " +
              "If you opt out of nominations, I stop naming you as a champion everywhere" +
              (openNomination ? ", withdraw your open nomination" : string.Empty) + " and never nominate you again."
            : "You have an open champion nomination. If you opt out of nominations, I withdraw it, delete the cards I sent about it (your manager's included) and never nominate you again.";
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(what) { Wrap = true },
                new TextBlock(
                    "You still get challenges. **optin nominations** later lets me nominate you again, but doesn't make you a champion: " +
                    "that takes a new nomination, which your manager decides.") { Wrap = true, IsSubtle = true },
            ],
            Actions =
            [
                new ExecuteAction { Title = championOf is not null ? "Yes, stop naming me" : "Yes, withdraw it", Verb = ConfirmVerb, Style = ActionStyle.Destructive },
                new ExecuteAction { Title = championOf is not null ? "No, stay a champion" : "No, keep it", Verb = CancelVerb },
            ],
            FallbackText = title,
        };
    }

    public static AdaptiveCard Done((int Nominations, int Champions)? withdrawn) => Notice(
        withdrawn is null ? "You're already opted out of nominations" : "Done: you're opted out of nominations",
        (withdrawn is { } changed ? "I'll never nominate you as an AI champion." + ParticipationChoices.Withdrawn(changed) : "I'll never nominate you.") +
        " You still get challenges. Type **optin nominations** to undo.");

    public static AdaptiveCard Kept() => Notice("Nothing changed", "You're opted in to nominations as before. Type **optout nominations** if you change your mind.");

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
