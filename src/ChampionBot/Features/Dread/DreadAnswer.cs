using System.Text.Json.Serialization;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Dread;

/// <summary>What the dread card sent, exactly as typed, so a card with an error can show it again.</summary>
public sealed record DreadAnswerInput(
    [property: JsonPropertyName(DreadCard.TextInputId)] string? Text,
    [property: JsonPropertyName(DreadCard.MinutesInputId)] string? Minutes,
    [property: JsonPropertyName(DreadCard.FrequencyInputId)] string? Frequency,
    [property: JsonPropertyName(DreadCard.TimesPerWeekInputId)] string? TimesPerWeek,
    [property: JsonPropertyName(DreadCard.RoleInputId)] string? Role,
    [property: JsonPropertyName(DreadCard.TaskInputId)] string? Task = null)
{
    /// <summary>The card instance the answer was given on (a second submit of one card updates the same answer).</summary>
    [JsonPropertyName(DreadCard.CardIdKey)]
    public string? CardId { get; init; }
}

/// <summary>
/// A checked answer to "what part of your week do you dread most?". <see cref="ThemeKey"/> is set when a task was
/// picked from the list (the answer's text is then the task's name); words of one's own get theirs when stored.
/// </summary>
public sealed record DreadAnswer(string Text, int Minutes, double TimesPerWeek, string? Role)
{
    public string? ThemeKey { get; init; }

    public const int MaxTextLength = 500;
    public const int MaxMinutes = 1440;
    public const double MaxTimesPerWeek = 50;

    public double MinutesPerWeek => Minutes * TimesPerWeek;

    /// <summary>
    /// The answer, or every problem with it in words a person can act on. Roles must be one of <paramref name="knownRoles"/>,
    /// a picked task one of <paramref name="tasks"/> (or <see cref="DreadCard.SomethingElse"/>, with words of one's own).
    /// </summary>
    public static (DreadAnswer? Answer, IReadOnlyList<string> Problems) Validate(
        DreadAnswerInput input, IReadOnlyCollection<string> knownRoles, IReadOnlyList<DreadTaskChoice> tasks)
    {
        var problems = new List<string>();
        var text = input.Text?.Trim() ?? string.Empty;
        var picked = input.Task is { Length: > 0 } key && key != DreadCard.SomethingElse
            ? tasks.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal))
            : null;
        if (input.Task is { Length: > 0 } and not DreadCard.SomethingElse && picked is null)
        {
            problems.Add("Pick a task from the list, or choose \"Something else\" and say it in your own words.");
        }
        else if (picked is not null)
        {
            text = picked.Name;
        }
        else if (text.Length == 0)
        {
            problems.Add("Tell me which part of your week you dread: pick it from the list, or say it in your own words.");
        }
        else if (text.Length > MaxTextLength)
        {
            problems.Add($"Keep it to {MaxTextLength} characters (you wrote {text.Length}).");
        }

        var minutes = CardData.Number(input.Minutes);
        if (minutes is null)
        {
            problems.Add("Say how many minutes it takes each time, as a number.");
        }
        else if (minutes < 0 || minutes > MaxMinutes)
        {
            problems.Add($"Minutes each time must be between 0 and {MaxMinutes} (a whole day).");
        }

        var times = ReadTimesPerWeek(input, problems);
        string? role = null;
        if (input.Role is { } typedRole)
        {
            role = knownRoles.FirstOrDefault(r => string.Equals(r, typedRole, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                problems.Add("Pick your role from the list, or leave it empty.");
            }
        }

        return problems.Count > 0 || minutes is null || times is null
            ? (null, problems)
            : (new DreadAnswer(text, (int)Math.Round(minutes.Value), times.Value, role) { ThemeKey = picked?.Key }, problems);
    }

    private static double? ReadTimesPerWeek(DreadAnswerInput input, List<string> problems)
    {
        // A number typed by the person is more precise than the choice, so it wins when both are given.
        if (input.TimesPerWeek is { } typed)
        {
            var number = CardData.Number(typed);
            if (number is > 0 and <= MaxTimesPerWeek)
            {
                return number;
            }

            problems.Add($"Times a week must be a number above 0 and at most {MaxTimesPerWeek}.");
            return null;
        }

        var chosen = CardData.Number(input.Frequency);
        if (chosen is null || !DreadFrequencies.Options.Any(o => o.TimesPerWeek == chosen))
        {
            problems.Add("Choose how often it comes round, or type how many times a week.");
            return null;
        }

        return chosen;
    }
}
