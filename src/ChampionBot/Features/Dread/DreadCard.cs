using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Dread;

/// <summary>The dread survey card: "What part of your week do you dread most?", with its error state and its thank-you.</summary>
public static class DreadCard
{
    public const string SubmitVerb = "dread.submit";
    public const string OpenVerb = "dread.open";
    public const string Title = "What part of your week do you dread most?";
    public const string CardIdKey = "cardId";
    public const string TextInputId = "dreadText";
    public const string MinutesInputId = "dreadMinutes";
    public const string FrequencyInputId = "dreadFrequency";
    public const string TimesPerWeekInputId = "dreadTimesPerWeek";
    public const string RoleInputId = "dreadRole";
    public const string TaskInputId = "dreadTask";

    /// <summary>The task list's last choice: none of these, in my own words.</summary>
    public const string SomethingElse = "other";

    /// <summary>
    /// The question. <paramref name="cardId"/> identifies this card so a second submit updates the same answer.
    /// <paramref name="roles"/> (slug → title) adds an optional role question; pass none when the person's role is known.
    /// <paramref name="tasks"/> are the common dreaded tasks to pick from, before "something else" in one's own words.
    /// </summary>
    public static AdaptiveCard Build(
        string cardId,
        IReadOnlyList<(string Slug, string Title)> roles,
        IReadOnlyList<DreadTaskChoice> tasks,
        DreadAnswerInput? typed = null,
        IReadOnlyList<string>? problems = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("The report nobody reads, the list that never stays clean… Tell me about it: your answer shapes the " +
                "challenges your program runs. Owners only ever see answers grouped with at least 4 other people, never your name.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        if (problems is { Count: > 0 })
        {
            body.Add(new TextBlock("Almost there — please fix this:\n\n" + string.Join("\n", problems.Select(p => "- " + p)))
            {
                Color = TextColor.Attention,
                Wrap = true,
                Spacing = Spacing.Medium,
            });
        }

        if (tasks.Count > 0)
        {
            body.Add(new ChoiceSetInput(TaskInputId)
            {
                Label = "The task you dread",
                Choices = [.. tasks.Select(t => new Choice(t.Title, t.Key)), new Choice("Something else (say it below)", SomethingElse)],
                Style = ChoiceInputStyle.Compact,
                Placeholder = "Choose the closest one",
                Value = typed?.Task,
            });
        }

        body.Add(new TextInput(TextInputId)
        {
            Label = tasks.Count > 0 ? "…or in your own words" : "The task you dread",
            Placeholder = "e.g. Writing the Monday status report for my manager",
            IsMultiline = true,
            MaxLength = DreadAnswer.MaxTextLength,
            IsRequired = tasks.Count == 0,
            ErrorMessage = "Tell me which part of your week you dread (up to 500 characters).",
            Value = typed?.Text,
        });
        body.Add(new NumberInput(MinutesInputId)
        {
            Label = "Minutes it takes each time",
            Placeholder = "e.g. 45",
            Min = 0,
            Max = DreadAnswer.MaxMinutes,
            IsRequired = true,
            ErrorMessage = "Enter the minutes it takes each time, from 0 to 1440.",
            Value = CardData.Number(typed?.Minutes),
        });
        body.Add(new ChoiceSetInput(FrequencyInputId)
        {
            Label = "How often it comes round",
            Choices = DreadFrequencies.Choices(),
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Choose one",
            Value = typed?.Frequency ?? DreadFrequencies.Format(1),
        });
        body.Add(new NumberInput(TimesPerWeekInputId)
        {
            Label = "…or how many times a week, if none of those fits",
            Placeholder = "e.g. 3",
            Min = 0,
            Max = DreadAnswer.MaxTimesPerWeek,
            Value = CardData.Number(typed?.TimesPerWeek),
        });
        if (roles.Count > 0)
        {
            body.Add(new ChoiceSetInput(RoleInputId)
            {
                Label = "Your role (optional)",
                Choices = [.. roles.Select(r => new Choice(r.Title, r.Slug))],
                Style = ChoiceInputStyle.Compact,
                Placeholder = "Choose your role",
                Value = typed?.Role,
            });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Send my answer",
                    Verb = SubmitVerb,
                    Style = ActionStyle.Positive,
                    AssociatedInputs = AssociatedInputs.Auto,
                    Data = new JsonObject { [CardIdKey] = cardId },
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = Title + " Reply in Teams to answer.",
        };
    }

    /// <summary>
    /// What the survey sends everyone: one question and a button that opens the card made for the person who presses
    /// it (their role's tasks to pick from, the role question only when their role is not known).
    /// </summary>
    public static AdaptiveCard Invitation() => new()
    {
        Body =
        [
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("One minute: pick the task you dread from your role's usual suspects, or say it in your own words. " +
                "Your answer shapes the challenges your program runs. Owners only ever see answers grouped with at least 4 other people, never your name.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Answer", Verb = OpenVerb, Style = ActionStyle.Positive },
        ],
        MsTeams = TeamsCardOptions.FullWidth,
        FallbackText = Title + " Reply in Teams to answer.",
    };

    /// <summary>What replaces the question once it is answered.</summary>
    public static AdaptiveCard ThankYou(string? firstName, DreadAnswer answer)
    {
        var weekly = DreadFrequencies.DescribeWeeklyTime(answer.MinutesPerWeek);
        var thanks = string.IsNullOrWhiteSpace(firstName) ? "Thank you — got it." : $"Thank you, {firstName} — got it.";
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(thanks) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock($"That's **{weekly}** spent on something you dread.") { Wrap = true, Spacing = Spacing.Small },
                new FactSet
                {
                    Facts =
                    [
                        new Fact("You dread", answer.Text),
                        new Fact("Each time", $"{answer.Minutes} minutes"),
                        new Fact("Times a week", DreadFrequencies.Format(answer.TimesPerWeek)),
                    ],
                },
                new TextBlock("Your program owner sees answers like yours grouped with at least 4 others and turns the worst " +
                    "drudge work into a specific weekly challenge. Changed your mind? Type **dread** to answer again.")
                {
                    Wrap = true,
                    IsSubtle = true,
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"{thanks} That's {weekly} on something you dread.",
        };
    }
}
