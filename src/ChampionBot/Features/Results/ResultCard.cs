using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Results;

/// <summary>The result form: did it work, the minutes, how often, how good, how it feels now, what was different.</summary>
public static class ResultCard
{
    public const string OpenVerb = "result.open";
    public const string SubmitVerb = "result.submit";

    /// <summary>Set by the challenge card's button: the form comes as a new message so the steps stay in view.</summary>
    public const string KeepCardKey = "keepCard";

    private static readonly IList<Choice> OneToFive =
    [
        new("1", "1"), new("2", "2"), new("3", "3"), new("4", "4"), new("5", "5"),
    ];

    /// <summary>
    /// The button other cards (challenge posts, reminders) use to open this card; <paramref name="keepCard"/> sends the
    /// form as a new message so the card clicked (a challenge's steps) stays in view.
    /// </summary>
    public static ExecuteAction OpenAction(int challengeId, string title = "Report my result", bool keepCard = false)
    {
        var data = new JsonObject { [CardFields.ChallengeId] = challengeId };
        if (keepCard)
        {
            data[KeepCardKey] = true;
        }

        return new() { Title = title, Verb = OpenVerb, Data = data, Style = ActionStyle.Positive };
    }

    /// <summary>The card for a person's result: empty for a first report, else the stored answers to edit.</summary>
    public static AdaptiveCard For(Challenge challenge, Result? stored) =>
        stored is null ? Build(challenge, ResultForm.Empty, []) : Build(challenge, ResultForm.From(stored), [], ResultForm.From(stored));

    /// <param name="stored">The answers stored when an edit card was opened; null on a first report. An edit card carries
    /// them so a save can say what changed, and a refused save stays an edit.</param>
    public static AdaptiveCard Build(Challenge challenge, ResultForm form, IReadOnlyList<string> errors, ResultForm? stored = null)
    {
        var editing = stored is not null;
        var data = new JsonObject { [CardFields.ChallengeId] = challenge.Id };
        if (stored is not null)
        {
            data[ResultForm.StoredKey] = stored.ToJson();
        }

        var body = new List<CardElement>
        {
            new TextBlock(editing ? "Edit your result" : "How did it go?") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(challenge.Title) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            new TextBlock(challenge.Task) { Wrap = true, Spacing = Spacing.None },
        };
        if (errors.Count > 0)
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Attention,
                Items = [.. errors.Select(e => new TextBlock("• " + e) { Wrap = true, Color = TextColor.Attention })],
            });
        }

        body.AddRange(Inputs(form));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = editing ? "Save my changes" : "Send my result",
                    Verb = SubmitVerb,
                    Style = ActionStyle.Positive,
                    Data = data,
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"Report your result for {challenge.Title}",
        };
    }

    private static IEnumerable<CardElement> Inputs(ResultForm form)
    {
        yield return new ChoiceSetInput(ResultForm.WorkedId)
        {
            Label = "Did it work?",
            Style = ChoiceInputStyle.Expanded,
            Choices = [new("Yes, it worked", "yes"), new("No, not this time", "no")],
            Value = Pick(form.Worked, "yes", "no"),
            IsRequired = true,
            ErrorMessage = "Choose yes or no.",
        };
        yield return Minutes(ResultForm.MinutesBeforeId, "Minutes it took before (without AI)", form.MinutesBefore);
        yield return Minutes(ResultForm.MinutesWithAiId, "Minutes it took with AI (leave empty if it didn't work)", form.MinutesWithAi, required: false);
        yield return new NumberInput(ResultForm.TimesPerWeekId)
        {
            Label = "How often do you do this task? (times per week; 0.25 = once a month)",
            Min = 0.1,
            Max = ResultValidator.MaxTimesPerWeek,
            Value = CardData.Number(form.TimesPerWeek),
            IsRequired = true,
            ErrorMessage = $"Enter times per week, more than 0 and at most {ResultValidator.MaxTimesPerWeek}.",
        };
        yield return Rating(ResultForm.QualityId, "Quality of the result (1 = poor, 5 = better than my own)", form.Quality);
        yield return Rating(ResultForm.FeelingId, "How do you feel about this task now? (1 = still dread it, 5 = happy to do it)", form.Feeling);
        yield return new TextInput(ResultForm.DifferentlyId)
        {
            Label = "What did you do differently from the challenge? (optional)",
            Placeholder = "A prompt you changed, another use you found…",
            IsMultiline = true,
            MaxLength = ResultValidator.MaxDifferentlyLength,
            Value = form.Differently,
        };
    }

    private static NumberInput Minutes(string id, string label, string? value, bool required = true) => new(id)
    {
        Label = label,
        Min = 0,
        Max = ResultValidator.MaxMinutes,
        Value = CardData.Number(value),
        IsRequired = required,
        ErrorMessage = $"Enter minutes from 0 to {ResultValidator.MaxMinutes}.",
    };

    private static ChoiceSetInput Rating(string id, string label, string? value) => new(id)
    {
        Label = label,
        Style = ChoiceInputStyle.Expanded,
        Choices = OneToFive,
        Value = Pick(value, "1", "2", "3", "4", "5"),
        IsRequired = true,
        ErrorMessage = "Pick 1 to 5.",
    };

    private static string? Pick(string? value, params string[] allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
