using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>
/// The maturity pulse: "in one word, where is your team with AI?", its refusal of a bad answer (the typed text kept,
/// the problem said), and the thank-you that replaces it. The card carries only the program and round it asks about;
/// the server checks that this person was asked that round.
/// </summary>
public static class MaturityPulseCard
{
    public const string SubmitVerb = "maturity.submit";
    public const string Title = "One word: your team and AI";
    public const string WordInputId = "maturityWord";
    public const string ProgramKey = "programId";
    public const string RoundKey = "round";

    public static AdaptiveCard Build(int programId, int round, string? typed = null, string? problem = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("In one word, how would you describe where your team is with AI today?") { Wrap = true },
            new TextBlock("For example *skeptical*, *curious*, *experimenting*, *confident*. I ask again every few weeks, so " +
                "your program sees how it changes. Owners only see words that at least 5 people gave, never who said what.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        if (problem is not null)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention, Wrap = true });
        }

        body.Add(new TextInput(WordInputId)
        {
            Label = "One word",
            Placeholder = "e.g. curious",
            MaxLength = MaturityWord.MaxLength,
            IsRequired = true,
            Regex = @"^\s*\S+\s*$",
            ErrorMessage = $"One word, up to {MaturityWord.MaxLength} characters.",
            Value = typed,
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Send",
                    Verb = SubmitVerb,
                    Style = ActionStyle.Positive,
                    AssociatedInputs = AssociatedInputs.Auto,
                    Data = new JsonObject { [ProgramKey] = programId, [RoundKey] = round },
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = Title + ": in one word, where is your team with AI today? Reply in Teams to answer.",
        };
    }

    public static AdaptiveCard Thanks(string word) => new()
    {
        Body =
        [
            new TextBlock("Thank you — got it.") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet { Facts = [new Fact("Your word", word)] },
            new TextBlock("I'll ask again in a few weeks. Type **mydata** to see your answers, **forget me** to delete them.")
            {
                Wrap = true,
                IsSubtle = true,
            },
        ],
        FallbackText = $"Thank you: your word was {word}.",
    };
}

/// <summary>What the pulse card sends: the word typed and the round it answers.</summary>
public sealed record MaturityAnswerInput(
    [property: JsonPropertyName(MaturityPulseCard.WordInputId)] string? Word,
    [property: JsonPropertyName(MaturityPulseCard.ProgramKey)] int? ProgramId,
    [property: JsonPropertyName(MaturityPulseCard.RoundKey)] int? Round);
