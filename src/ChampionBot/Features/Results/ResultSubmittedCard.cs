using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>What the result card becomes once sent: the minutes saved a week, and a way to change the answers.</summary>
public static class ResultSubmittedCard
{
    public static AdaptiveCard Build(Challenge challenge, ResultAnswers answers, ResultReceipt receipt)
    {
        var saved = answers.MinutesSavedPerWeek;
        var headline = (saved > 0, answers.Worked, receipt.TipSent) switch
        {
            (true, true, _) => $"You're saving about **{MinutesSaved.Describe(saved)} a week**.",
            (true, false, true) => $"Even so, you noted about **{MinutesSaved.Describe(saved)} a week** saved. I've sent you a tip to get the rest working.",
            (true, false, false) => $"Even so, you noted about **{MinutesSaved.Describe(saved)} a week** saved.",
            (false, true, _) => "No time saved yet, and that's useful to know too.",
            (false, false, true) => "No time saved yet. I've sent you a tip and a second try.",
            (false, false, false) => "No time saved yet.",
        };
        var title = (receipt.Updated, answers.Worked) switch
        {
            (true, _) => "Result updated",
            (false, true) => "Result sent. Nice work!",
            (false, false) => "Thanks for telling me it didn't work",
        };

        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Color = answers.Worked ? TextColor.Good : TextColor.Default },
                new TextBlock($"**{challenge.Title}**") { Wrap = true, Spacing = Spacing.Small },
                new TextBlock(headline) { Wrap = true },
                .. Changes(receipt),
                new FactSet
                {
                    Facts =
                    [
                        new Fact("Worked", answers.Worked ? "Yes" : "No"),
                        new Fact("Before", $"{answers.MinutesBefore} min"),
                        .. WithAi(answers),
                        new Fact("How often", $"{answers.TimesPerWeek.ToString("0.##", CultureInfo.InvariantCulture)} a week"),
                        new Fact("Minutes saved a week", saved > 0 ? saved.ToString(CultureInfo.InvariantCulture) : "no time saved yet"),
                        new Fact("Quality", $"{answers.Quality} of 5"),
                        new Fact("How it feels now", $"{answers.Feeling} of 5"),
                    ],
                },
                new TextBlock("Type **me** to see everything you've saved so far.") { Wrap = true, IsSubtle = true },
            ],
            Actions =
            [
                ResultCard.OpenAction(challenge.Id, "Edit my answers"),
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"Result for {challenge.Title}: {MinutesSaved.Describe(saved)} a week",
        };
    }

    private static IEnumerable<CardElement> Changes(ResultReceipt receipt) => receipt.Changes switch
    {
        null => [],
        [] => [new TextBlock("Nothing changed: your answers are as they were.") { Wrap = true, IsSubtle = true }],
        var changes => [new TextBlock("What changed: " + string.Join("; ", changes) + ".") { Wrap = true }],
    };

    /// <summary>
    /// A try that didn't work is stored with as many minutes with AI as before (no time saved) when none were typed:
    /// "With AI: 48 min" would claim time the person never said they spent.
    /// </summary>
    private static IEnumerable<Fact> WithAi(ResultAnswers answers) =>
        !answers.Worked && answers.MinutesWithAi == answers.MinutesBefore ? [] : [new Fact("With AI", $"{answers.MinutesWithAi} min")];
}
