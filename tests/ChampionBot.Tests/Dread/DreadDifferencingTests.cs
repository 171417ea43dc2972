using ChampionBot.Features.Dread;

namespace ChampionBot.Tests.Dread;

/// <summary>The respondent count minus the roles and teams shown never leaves one to four people.</summary>
public sealed class DreadDifferencingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rank_OneRoleAndTeamUnderFive_HidesTheNextSmallestAndShowsBothAsOther()
    {
        // 7 respondents: 5 demand-generation (60 min each), 2 sales (90 min each).
        // Before: demand-generation shown with 5 people, so 7 − 5 = 2 sales people could be read off the count.
        var entries = Enumerable.Range(1, 5).Select(p => Entry(p, "demand-generation", 60))
            .Concat(Enumerable.Range(6, 2).Select(p => Entry(p, "sales", 90)))
            .ToList();

        var ranking = DreadRanking.Rank(entries);

        Assert.Equal(7, ranking.Respondents);
        Assert.Empty(ranking.RolesAndTeams);
        var other = Assert.IsType<DreadOther>(ranking.OtherRolesAndTeams);
        Assert.Equal(7, other.People);
        Assert.Equal((5 * 60) + (2 * 90), other.MinutesPerWeek);
    }

    [Fact]
    public void Rank_HiddenRolesTogetherFiveOrMore_KeepsTheShownOnes()
    {
        var entries = Enumerable.Range(1, 5).Select(p => Entry(p, "demand-generation", 60))
            .Concat(Enumerable.Range(6, 3).Select(p => Entry(p, "sales", 90)))
            .Concat(Enumerable.Range(9, 2).Select(p => Entry(p, "people-manager", 30)))
            .ToList();

        var ranking = DreadRanking.Rank(entries);

        Assert.Equal(5, Assert.Single(ranking.RolesAndTeams).People);
        Assert.Equal(5, ranking.OtherRolesAndTeams!.People);
    }

    private static DreadEntry Entry(int participant, string role, int minutes) =>
        new(participant, participant, "Monday status report", minutes, 1, role, "Marketing Pilot", Monday);
}
