using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Challenges;

/// <summary><c>challenge list</c>: the program's challenges by status, then the library, each with its id.</summary>
public static class ChallengeListCard
{
    public const string Title = "Challenges";

    public static AdaptiveCard Build(string programName, IReadOnlyList<ChallengeStatusLine> challenges)
    {
        ArgumentNullException.ThrowIfNull(challenges);
        var body = new List<CardElement>
        {
            new TextBlock($"{Title}: {programName}") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("Use an id with **challenge show <id>**, **challenge schedule <id> next** or **challenge post <id>**. Library challenges are ready-made; scheduling one adds it to your program.")
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

            body.Add(Table(rows));
        }

        return new AdaptiveCard { Body = body, MsTeams = TeamsCardOptions.FullWidth, FallbackText = $"{Title}: {challenges.Count}" };
    }

    private static Table Table(List<ChallengeStatusLine> rows) => new()
    {
        Spacing = Spacing.Small,
        FirstRowAsHeader = true,
        ShowGridLines = false,
        Columns =
        [
            new TableColumnDefinition { Width = ColumnWidth.Weight(1) },
            new TableColumnDefinition { Width = ColumnWidth.Weight(5) },
            new TableColumnDefinition { Width = ColumnWidth.Weight(2) },
            new TableColumnDefinition { Width = ColumnWidth.Weight(3) },
        ],
        Rows =
        [
            new TableRow { Cells = [TableCell.WithText("Id"), TableCell.WithText("Challenge"), TableCell.WithText("Role"), TableCell.WithText("When")] },
            .. rows.Select(r => new TableRow
            {
                Cells =
                [
                    TableCell.WithText(r.Id.ToString(CultureInfo.InvariantCulture)),
                    TableCell.WithText(r.Title),
                    TableCell.WithText(r.AudienceRole),
                    TableCell.WithText(r.When ?? "–"),
                ],
            }),
        ],
    };
}
