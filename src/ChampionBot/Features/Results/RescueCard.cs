using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>The follow-up to a "didn't work": the challenge's tip, a champion to ask, and a one-click second try.</summary>
public static class RescueCard
{
    public const string RetryVerb = "result.retry";

    private const string GenericTip =
        "Give the AI more to work with: paste in a real example of the finished thing, say who it's for, and ask for a first draft you can edit rather than a perfect answer.";

    /// <param name="owners">The program owners to name when there is no champion (at most two are named).</param>
    public static AdaptiveCard Build(Challenge challenge, string? championName, IReadOnlyList<string>? owners = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock("Let's get it working") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"Most people don't get **{challenge.Title}** right first time. Here's what usually fixes it:") { Wrap = true },
        };
        body.AddRange(TipAndPrompt(challenge));
        body.Add(new TextBlock(WhoToAsk(championName, owners ?? [])) { Wrap = true });

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Try again",
                    Verb = RetryVerb,
                    Style = ActionStyle.Positive,
                    Data = new JsonObject { [Commands.CardFields.ChallengeId] = challenge.Id },
                },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"A tip for {challenge.Title}, and a second try",
        };
    }

    /// <summary>The tip, and the prompt to start from when the challenge has one: the rescue shows them, and so does the second try.</summary>
    public static IEnumerable<CardElement> TipAndPrompt(Challenge challenge)
    {
        yield return new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock(challenge.RescueTip ?? GenericTip) { Wrap = true }] };
        if (!string.IsNullOrWhiteSpace(challenge.Prompt))
        {
            yield return new TextBlock("The prompt to start from:") { Weight = TextWeight.Bolder, Wrap = true };
            yield return new TextBlock(challenge.Prompt) { Wrap = true, FontType = FontType.Monospace, Spacing = Spacing.Small };
        }
    }

    /// <summary>The champion when there is one; else the program's owners by name; else anyone who does the task.</summary>
    private static string WhoToAsk(string? championName, IReadOnlyList<string> owners) => (championName, owners.Count) switch
    {
        ({ } champion, _) => $"Stuck again? Ask **{champion}**, our AI champion: they've got this kind of task working.",
        (null, 0) => "Still stuck? Ask your program owner or a colleague who does this task: a quick look together usually fixes it.",
        (null, 1) => $"Still stuck? Ask **{owners[0]}**, who runs this program, or a colleague who does this task: a quick look together usually fixes it.",
        _ => $"Still stuck? Ask **{owners[0]}** or **{owners[1]}**, who run this program, or a colleague who does this task: a quick look together usually fixes it.",
    };
}
