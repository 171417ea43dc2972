using ChampionBot.Features.Programs;

namespace ChampionBot.Tests.Programs;

public sealed class CadenceTests
{
    [Theory]
    [InlineData("0 9 * * MON", "Every Monday at 09:00")]
    [InlineData("30 8 * * 1,4", "Every Monday and Thursday at 08:30")]
    [InlineData("0 10 * * MON-FRI", "Every weekday (Monday to Friday) at 10:00")]
    [InlineData("0 7 * * *", "Every day at 07:00")]
    [InlineData("0 9 1 * *", "On day 1 of every month at 09:00")]
    [InlineData("*/15 * * * *", "On a custom schedule")]
    public void Describe_CommonShapes_ReadAsWords(string cron, string words) => Assert.Equal(words, Cadence.Describe(cron));

    [Fact]
    public void Next_AcrossDaylightSavingEnd_StaysAtNineLocalTime()
    {
        var zone = Cadence.FindTimeZone("America/New_York")!;
        var from = new DateTimeOffset(2026, 10, 26, 14, 0, 0, TimeSpan.Zero);

        var next = Cadence.Next(Cadence.TryParse("0 9 * * MON")!, zone, from, 3);

        Assert.Equal(["Mon 2 Nov 2026, 09:00", "Mon 9 Nov 2026, 09:00", "Mon 16 Nov 2026, 09:00"], next.Select(o => Cadence.Format(o, zone)));
        Assert.Equal(TimeSpan.FromHours(-5), TimeZoneInfo.ConvertTime(next[0], zone).Offset);
    }

    [Theory]
    [InlineData("every monday")]
    [InlineData("0 9 * *")]
    [InlineData("61 9 * * MON")]
    public void TryParse_NotACronExpression_IsNull(string cron) => Assert.Null(Cadence.TryParse(cron));

    [Fact]
    public void FindTimeZone_UnknownId_IsNull() => Assert.Null(Cadence.FindTimeZone("Mars/Olympus_Mons"));
}
