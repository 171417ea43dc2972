using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Dread;

/// <summary>The owners' ranking of dread, by time burned per week. Only groups of at least five people appear.</summary>
public static class DreadTopCard
{
    public const string Title = "What your people dread most";

    public static AdaptiveCard Build(string programName, DreadRankingResult ranking)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"{programName} · {People(ranking.Respondents)} answered · ranked by time burned per week. " +
                $"To protect people, a group appears only when at least {DreadRanking.MinimumGroupSize} people are in it.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        if (ranking.Themes.Count == 0)
        {
            body.Add(new TextBlock(ranking.Respondents == 0
                ? "No answers yet. Send the survey with **dread survey**, or ask people to type **dread** to me."
                : $"Not enough answers to show a group yet: no kind of dread is shared by {DreadRanking.MinimumGroupSize} or more people. " +
                  "Send the survey to more people with **dread survey**, then look again.")
            {
                Wrap = true,
                Spacing = Spacing.Medium,
            });
        }

        var rank = 0;
        foreach (var theme in ranking.Themes)
        {
            rank++;
            body.Add(ThemeBlock(rank, theme));
        }

        if (ranking.OtherThemes is { } other)
        {
            body.Add(new TextBlock($"Other (fewer than {DreadRanking.MinimumGroupSize} people each, or further down): {other.Groups} groups, " +
                $"{People(other.People)}, {DreadFrequencies.DescribeWeeklyTime(other.MinutesPerWeek)}")
            {
                Wrap = true,
                IsSubtle = true,
                Separator = true,
            });
        }

        AddRolesAndTeams(body, ranking);
        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = ranking.Themes.Count == 0
                ? $"{Title}: not enough answers to show yet."
                : $"{Title}: " + string.Join("; ", ranking.Themes.Select(t => $"{t.Theme} ({DreadFrequencies.DescribeWeeklyTime(t.MinutesPerWeek)})")),
        };
    }

    private static Container ThemeBlock(int rank, DreadTheme theme) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock($"{rank}. {theme.Theme}") { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact("People", theme.People.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Fact("Time burned", DreadFrequencies.DescribeWeeklyTime(theme.MinutesPerWeek)),
                    new Fact("Roles", string.Join(", ", theme.Roles)),
                    new Fact("Teams", string.Join(", ", theme.Teams)),
                ],
            },
            new ActionSet
            {
                Actions =
                [
                    Challenges.Cards.ChallengeCardActions.NewAction(rank, "Turn into a challenge"),
                ],
            },
            new TextBlock($"Or type **challenge new from dread {rank}**") { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
        ],
    };

    private static void AddRolesAndTeams(List<CardElement> body, DreadRankingResult ranking)
    {
        if (ranking.RolesAndTeams.Count == 0 && ranking.OtherRolesAndTeams is null)
        {
            return;
        }

        body.Add(new TextBlock("By role and team") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Large, Wrap = true });
        var facts = ranking.RolesAndTeams
            .Select(r => new Fact($"{r.Role} · {r.Team}", $"{People(r.People)}, {DreadFrequencies.DescribeWeeklyTime(r.MinutesPerWeek)}"))
            .ToList();
        if (ranking.OtherRolesAndTeams is { } other)
        {
            facts.Add(new Fact($"Other (fewer than {DreadRanking.MinimumGroupSize} people each)", $"{People(other.People)}, {DreadFrequencies.DescribeWeeklyTime(other.MinutesPerWeek)}"));
        }

        body.Add(new FactSet { Facts = facts });
    }

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";
}
