using ChampionBot.Features.Dread;

namespace ChampionBot.Tests.Dread;

public sealed class DreadRankingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private int _nextId;

    [Fact]
    public void Rank_FourPeopleShareADread_ShowsNoGroupAndNoOther()
    {
        var entries = People(4, "Monday status report", minutes: 60, role: "demand-generation");

        var ranking = DreadRanking.Rank(entries);

        Assert.Empty(ranking.Themes);
        Assert.Null(ranking.OtherThemes);
        Assert.Empty(ranking.RolesAndTeams);
        Assert.Equal(4, ranking.Respondents);
    }

    [Fact]
    public void Rank_FivePeopleWithSimilarAnswers_ShowsOneThemeWithTotalTimeAndRepresentative()
    {
        string[] phrasings = ["Monday status report", "weekly status update to my boss", "Status report for my manager", "status updates", "writing the status report"];
        var entries = phrasings.Select((text, i) => Entry(participant: i + 1, text, minutes: 60, timesPerWeek: 1)).ToList();
        entries.Add(Entry(participant: 1, "Monday status report", minutes: 30, timesPerWeek: 1, createdAt: Monday.AddDays(-30)));

        var theme = Assert.Single(DreadRanking.Rank(entries).Themes);

        Assert.Equal(5, theme.People);
        Assert.Equal(300, theme.MinutesPerWeek); // one voice per person: the newer answer replaces the older
        Assert.Contains(theme.RepresentativeItemId, entries.Select(e => e.ItemId));
        Assert.Contains("status", theme.Theme, StringComparison.Ordinal);
        Assert.Contains("report", theme.Theme, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ThemesAreOrderedByMinutesBurnedPerWeek()
    {
        var entries = People(5, "RFP responses", minutes: 120, timesPerWeek: 0.5)
            .Concat(People(6, "Monday status report", minutes: 45, timesPerWeek: 5, firstParticipant: 100))
            .ToList();

        var themes = DreadRanking.Rank(entries).Themes;

        Assert.Equal(2, themes.Count);
        Assert.Equal(6 * 45 * 5, themes[0].MinutesPerWeek);
        Assert.Equal(5 * 120 * 0.5, themes[1].MinutesPerWeek);
    }

    [Fact]
    public void Rank_SmallGroupsTogetherAtLeastFive_AreMergedIntoOther()
    {
        var entries = People(3, "RFP responses", minutes: 60)
            .Concat(People(3, "Building the board deck", minutes: 30, firstParticipant: 50))
            .ToList();

        var ranking = DreadRanking.Rank(entries);

        Assert.Empty(ranking.Themes);
        var other = Assert.IsType<DreadOther>(ranking.OtherThemes);
        Assert.Equal(6, other.People);
        Assert.Equal(2, other.Groups);
        Assert.Equal(270, other.MinutesPerWeek);
    }

    [Fact]
    public void Rank_RoleSharedByFewerThanFive_IsNotNamed()
    {
        var entries = People(5, "Monday status report", minutes: 60, role: "demand-generation")
            .Append(Entry(participant: 77, "status report for the boss", minutes: 60, timesPerWeek: 1, role: "legal-counsel"))
            .ToList();

        var theme = Assert.Single(DreadRanking.Rank(entries).Themes);

        Assert.Equal(["Demand generation", "others"], theme.Roles);
        Assert.DoesNotContain(theme.Roles, r => r.Contains("legal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Rank_FivePeopleParaphraseTheWeeklyCampaignReport_IsOneGroup()
    {
        string[] phrasings =
        [
            "Writing the weekly campaign report for leadership",
            "Pulling campaign numbers into the Monday update for the execs",
            "Campaign performance summary for the leadership meeting",
            "the weekly campaign results report to my director",
            "Putting together campaign metrics for our VP every week",
        ];
        var entries = phrasings.Select((text, i) => Entry(participant: i + 1, text, minutes: 60, timesPerWeek: 1)).ToList();

        var theme = Assert.Single(DreadRanking.Rank(entries).Themes);

        Assert.Equal(5, theme.People);
        Assert.Contains("campaign", theme.Theme, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_PickedTaskWhateverTheWords_GroupsExactlyByItsKey()
    {
        var entries = Enumerable.Range(1, 5)
            .Select(p => Entry(p, p <= 3 ? "The Monday lead list clean-up" : $"completely different words {p}", 60, 1) with { ThemeKey = "task:weekly-lead-list-cleanup" })
            .Append(Entry(9, "The Monday lead list clean-up", 60, 1) with { ThemeKey = "task:another-task" })
            .ToList();

        var names = new Dictionary<string, string> { ["task:weekly-lead-list-cleanup"] = "The Monday lead list clean-up" };
        var theme = Assert.Single(DreadRanking.Rank(entries, taskNames: names).Themes);

        Assert.Equal(5, theme.People);
        Assert.Equal("The Monday lead list clean-up", theme.Theme); // the task's name, never anyone's own words
        Assert.DoesNotContain(entries[^1].ItemId, theme.ItemIds);
    }

    private List<DreadEntry> People(int count, string text, int minutes, double timesPerWeek = 1, string? role = null, int firstParticipant = 1) =>
        [.. Enumerable.Range(firstParticipant, count).Select(p => Entry(p, text, minutes, timesPerWeek, role))];

    private DreadEntry Entry(int participant, string text, int minutes, double timesPerWeek, string? role = null, DateTimeOffset? createdAt = null) =>
        new(++_nextId, participant, text, minutes, timesPerWeek, role, "Marketing Pilot", createdAt ?? Monday);
}
