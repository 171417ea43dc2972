using System.Globalization;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Results;

/// <summary>The server's own check of a result card (the card's checks are hints some clients skip).</summary>
public static class ResultValidator
{
    public const int MaxMinutes = 1440;
    public const double MaxTimesPerWeek = 100;
    public const int MaxDifferentlyLength = 1000;

    /// <param name="workingHoursPerWeek">
    /// The person's working week: the time saved can't be more. The submit path passes the default week
    /// (<see cref="Participant.DefaultWorkingHoursPerWeek"/>): it answers without reading the person, and nothing sets
    /// another value yet.
    /// </param>
    public static (ResultAnswers? Answers, IReadOnlyList<string> Errors) Validate(ResultForm form, double workingHoursPerWeek = Participant.DefaultWorkingHoursPerWeek)
    {
        var errors = new List<string>();
        bool? worked = form.Worked?.Trim().ToLowerInvariant() switch
        {
            "yes" or "true" => true,
            "no" or "false" => false,
            _ => null,
        };
        if (worked is null)
        {
            errors.Add("Tell me whether it worked: choose yes or no.");
        }

        var before = Minutes(form.MinutesBefore, "Minutes before", errors);
        // "Didn't work" asks only what applies: without a usable result there may be no minutes with AI to give, and
        // then nothing was saved (with AI = before).
        var withAi = worked == false && string.IsNullOrWhiteSpace(form.MinutesWithAi) ? before : Minutes(form.MinutesWithAi, "Minutes with AI", errors);
        var times = TimesPerWeek(form.TimesPerWeek, errors);
        var quality = Rating(form.Quality, "Quality", errors);
        var feeling = Rating(form.Feeling, "How you feel about the task now", errors);
        if (before is { } b && withAi is { } w && times is { } t)
        {
            WithinWorkingWeek(b, w, t, workingHoursPerWeek, errors);
        }

        var differently = string.IsNullOrWhiteSpace(form.Differently) ? null : form.Differently.Trim();
        if (differently is { Length: > MaxDifferentlyLength })
        {
            errors.Add($"\"What you did differently\" is {differently.Length} characters; please keep it to {MaxDifferentlyLength}.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ResultAnswers(worked!.Value, before!.Value, withAi!.Value, times!.Value, quality!.Value, feeling!.Value, differently), errors);
    }

    /// <summary>
    /// Each figure can be plausible on its own (a whole day, 100 times a week) while together they save more time than
    /// the person works: refused, since one such result would swamp every total and capacity figure it is part of.
    /// </summary>
    public static bool WithinWorkingWeek(int minutesBefore, int minutesWithAi, double timesPerWeek, double workingHoursPerWeek, List<string> errors)
    {
        var week = workingHoursPerWeek > 0 ? workingHoursPerWeek : Participant.DefaultWorkingHoursPerWeek;
        var saved = MinutesSaved.PerWeek(minutesBefore, minutesWithAi, timesPerWeek);
        if (saved <= week * 60)
        {
            return true;
        }

        var hours = (saved / 60.0).ToString("#,##0.#", CultureInfo.InvariantCulture);
        errors.Add($"That adds up to {hours} hours a week, more than your {week.ToString("0.#", CultureInfo.InvariantCulture)}-hour working week: check the minutes and how often you do it.");
        return false;
    }

    /// <summary>Checks an optional minutes value (the retry card); null when empty.</summary>
    public static int? OptionalMinutes(string? text, string label, List<string> errors) =>
        string.IsNullOrWhiteSpace(text) ? null : Minutes(text, label, errors);

    private static int? Minutes(string? text, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{label} is missing: enter a number of minutes from 0 to {MaxMinutes}.");
            return null;
        }

        if (CardData.Number(text) is not { } value)
        {
            errors.Add($"{label} should be a number of minutes, like 45 (I got {EchoedText.Quote(text, 20)}).");
            return null;
        }

        if (value is < 0 or > MaxMinutes)
        {
            errors.Add($"{label} should be between 0 and {MaxMinutes} minutes (a whole day).");
            return null;
        }

        return (int)Math.Round(value, MidpointRounding.AwayFromZero);
    }

    private static double? TimesPerWeek(string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("How often you do the task is missing: times per week, e.g. 1, or 0.25 for once a month.");
            return null;
        }

        if (CardData.Number(text) is not { } value)
        {
            errors.Add($"How often should be a number of times per week, like 2 (I got {EchoedText.Quote(text, 20)}).");
            return null;
        }

        if (value is <= 0 or > MaxTimesPerWeek)
        {
            errors.Add($"How often should be more than 0 and at most {MaxTimesPerWeek} times a week (0.25 means once a month).");
            return null;
        }

        return value;
    }

    private static int? Rating(string? text, string label, List<string> errors)
    {
        if (CardData.TryWholeNumber(text, out var value) && value is >= 1 and <= 5)
        {
            return value;
        }

        errors.Add(string.IsNullOrWhiteSpace(text) ? $"{label} is missing: pick 1 to 5." : $"{label} should be 1 to 5 (I got {EchoedText.Quote(text, 20)}).");
        return null;
    }
}
