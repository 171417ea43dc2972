using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Scheduling;

namespace ChampionBot.Tests.Challenges;

/// <summary>The status line owners read under a scheduled challenge says the time zone as people say it.</summary>
public sealed class PostingTimeTextTests
{
    [Fact]
    public void PostingTimeText_ScheduledDay_SaysTheZoneAsPeopleSayIt()
    {
        Assert.True(CronCadence.TryParse("0 9 * * MON", "America/New_York", out var cadence));

        var text = ChallengeCalendar.PostingTimeText(cadence!, new DateOnly(2026, 11, 30));

        Assert.Equal("Mon 30 Nov 2026 09:00 (New York time)", text);
    }
}
