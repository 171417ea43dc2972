using ChampionBot.Scheduling;

namespace ChampionBot.Tests.Challenges;

/// <summary>Cadence arithmetic in the program's time zone, including daylight-saving changes.</summary>
public sealed class CronCadenceTests
{
    [Fact]
    public void NextAfter_MondayNineInLondon_StaysAtNineLocalAcrossTheSpringChange()
    {
        Assert.True(CronCadence.TryParse("0 9 * * MON", "Europe/London", out var cadence));

        var before = cadence!.NextAfter(new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero))!.Value;
        var after = cadence.NextAfter(before)!.Value;

        Assert.Equal(new DateTimeOffset(2027, 3, 22, 9, 0, 0, TimeSpan.Zero), before.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero), after.ToUniversalTime());
        Assert.Equal(9, cadence.ToLocal(after).Hour);
    }

    [Fact]
    public void NextAfter_MondayNineInNewYork_StaysAtNineLocalAcrossTheAutumnChange()
    {
        Assert.True(CronCadence.TryParse("0 9 * * MON", "America/New_York", out var cadence));

        var after = cadence!.NextAfter(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero))!.Value; // the day the clocks went back

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), after.ToUniversalTime());
    }

    [Fact]
    public void TryParse_SixFields_ReadsSeconds()
    {
        Assert.True(CronCadence.TryParse("30 0 9 * * MON", "UTC", out var cadence));

        Assert.Equal(30, cadence!.NextAfter(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero))!.Value.Second);
    }

    [Theory]
    [InlineData("every monday", "UTC")]
    [InlineData("0 9 * * MON", "Mars/Olympus_Mons")]
    [InlineData("", "UTC")]
    public void TryParse_BadExpressionOrZone_IsRefused(string expression, string zone) =>
        Assert.False(CronCadence.TryParse(expression, zone, out _));

    [Fact]
    public void LatestAtOrBefore_AfterDowntime_IsOnlyTheMostRecentOccurrence()
    {
        Assert.True(CronCadence.TryParse("0 9 * * MON", "America/New_York", out var cadence));

        var latest = cadence!.LatestAtOrBefore(new DateTimeOffset(2026, 12, 17, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(30));

        Assert.Equal(new DateTimeOffset(2026, 12, 14, 14, 0, 0, TimeSpan.Zero), latest!.Value.ToUniversalTime());
    }
}
