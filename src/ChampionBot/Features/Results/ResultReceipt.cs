using System.Globalization;

namespace ChampionBot.Features.Results;

/// <summary>
/// What the submitted card tells the person: whether this was a first report or a change, exactly which answers changed,
/// and whether a tip was sent just now. Nothing on it may claim what did not happen.
/// </summary>
/// <param name="Changes">Each changed answer as "Label: before → after"; empty when an edit changed nothing. Null when the
/// card was not an edit (a first report), so there is nothing to compare with.</param>
public sealed record ResultReceipt(bool Updated, bool TipSent, IReadOnlyList<string>? Changes)
{
    public static readonly ResultReceipt FirstReport = new(false, false, null);

    /// <param name="stored">The answers the edit card was opened with; null for a first-report card.</param>
    /// <param name="previouslyWorked">The latest try stored before this save; null when nothing was stored.</param>
    /// <param name="tipSent">Whether this save sent the rescue card.</param>
    public static ResultReceipt For(ResultForm? stored, ResultAnswers answers, bool? previouslyWorked, bool tipSent)
    {
        if (stored is null)
        {
            // A first-report card sent twice (a double click) lands as an update with the same answer: it is still the
            // one report the person meant, and the tip its first click sent is still on its way.
            return previouslyWorked is { } before && before != answers.Worked
                ? new ResultReceipt(true, tipSent, null)
                : new ResultReceipt(false, tipSent || (previouslyWorked == false && !answers.Worked), null);
        }

        return ResultValidator.Validate(stored).Answers is { } was
            ? new ResultReceipt(true, tipSent, Between(was, answers))
            : new ResultReceipt(true, tipSent, null);
    }

    private static List<string> Between(ResultAnswers was, ResultAnswers now)
    {
        var changes = new List<string>();
        Add(changes, "Worked", YesNo(was.Worked), YesNo(now.Worked));
        Add(changes, "Before", Minutes(was.MinutesBefore), Minutes(now.MinutesBefore));
        Add(changes, "With AI", Minutes(was.MinutesWithAi), Minutes(now.MinutesWithAi));
        Add(changes, "How often", Times(was.TimesPerWeek), Times(now.TimesPerWeek));
        Add(changes, "Quality", $"{was.Quality} of 5", $"{now.Quality} of 5");
        Add(changes, "How it feels now", $"{was.Feeling} of 5", $"{now.Feeling} of 5");
        if (!string.Equals(was.Differently, now.Differently, StringComparison.Ordinal))
        {
            changes.Add(now.Differently is null ? "What you did differently: removed" : "What you did differently: updated");
        }

        return changes;
    }

    private static void Add(List<string> changes, string label, string was, string now)
    {
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            changes.Add($"{label}: {was} → {now}");
        }
    }

    private static string YesNo(bool worked) => worked ? "Yes" : "No";

    private static string Minutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min");

    private static string Times(double times) => times.ToString("0.##", CultureInfo.InvariantCulture) + " a week";
}
