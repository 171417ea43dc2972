using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>
/// <c>challenge list</c>: the program's challenges by status, then the library, each with its id and its own buttons
/// (show, schedule for the next free week, post now), so an owner never has to type an id.
/// </summary>
public static class ChallengeListCard
{
    public const string Title = "Challenges";

    public static AdaptiveCard Build(string programName, IReadOnlyList<ChallengeStatusLine> challenges)
    {
        ArgumentNullException.ThrowIfNull(challenges);
        var body = new List<CardElement>
        {
            new TextBlock($"{Title}: {programName}") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("Each challenge has its own buttons. Library challenges are ready-made; scheduling one adds it to your program.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        var groups = new (string Heading, Func<ChallengeStatusLine, bool> Filter)[]
        {
            ("Scheduled", c => c.Status == ChallengeStatus.Scheduled),
            ("Drafts", c => c.Status == ChallengeStatus.Draft && !c.FromLibrary),
            ("Posted", c => c.Status == ChallengeStatus.Posted),
            ("Library (ready-made, not scheduled)", c => c.Status == ChallengeStatus.Draft && c.FromLibrary),
        };

        foreach (var (heading, filter) in groups)
        {
            var rows = challenges.Where(filter).ToList();
            body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{heading} ({rows.Count})")) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large });
            if (rows.Count == 0)
            {
                body.Add(new TextBlock("None yet.") { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
                continue;
            }

            body.AddRange(Rows(rows));
        }

        return new AdaptiveCard { Body = body, MsTeams = TeamsCardOptions.FullWidth, FallbackText = $"{Title}: {challenges.Count}" };
    }

    private static IEnumerable<CardElement> Rows(List<ChallengeStatusLine> rows) => rows.Select(r => new Container
    {
        Separator = true,
        Spacing = Spacing.Small,
        Items =
        [
            new TextBlock($"**{r.Title}**") { Wrap = true },
            new TextBlock(string.Create(CultureInfo.InvariantCulture, $"Id {r.Id} · for {ChallengeAudience.Describe(r.AudienceRole)} · {r.When ?? "not scheduled"}")) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            new ActionSet { Actions = [.. Buttons(r)] },
        ],
    });

    private static IEnumerable<CardAction> Buttons(ChallengeStatusLine row)
    {
        var id = row.Id.ToString(CultureInfo.InvariantCulture);
        yield return CommandButton.For($"challenge show {id}", "Show");
        if (row.Status is ChallengeStatus.Draft or ChallengeStatus.Scheduled)
        {
            yield return row.Status == ChallengeStatus.Scheduled
                ? CommandButton.For($"challenge unschedule {id}", "Unschedule")
                : CommandButton.For($"challenge schedule {id} next", "Schedule next week");
            yield return CommandButton.For($"challenge post {id}", "Post now");
        }
    }
}
