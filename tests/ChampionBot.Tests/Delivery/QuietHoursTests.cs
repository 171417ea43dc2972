using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Testing.Databases;
using Microsoft.Extensions.Options;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

public sealed class QuietHoursTests
{
    private static readonly QuietHours EveningsOff = new(Options.Create(new DeliveryOptions
    {
        QuietHours = new QuietHoursOptions { Enabled = true, StartHour = 18, EndHour = 8, DefaultTimeZone = "Europe/Berlin" },
    }));

    [SkippableFact]
    public void DeferUntil_EveningInTheRecipientsZone_WaitsForTheirNextMorning()
    {
        // 19:30 in New York (EST, UTC-5) is 00:30 UTC the next day.
        var now = new DateTimeOffset(2026, 11, 26, 0, 30, 0, TimeSpan.Zero);

        var morning = EveningsOff.DeferUntil(now, "America/New_York");

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(-5)), morning);
    }

    [SkippableFact]
    public void DeferUntil_EarlyMorning_WaitsUntilTheSameDaysStartHour()
    {
        var now = new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero); // 06:00 in Berlin

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(1)), EveningsOff.DeferUntil(now, recipientTimeZone: null));
    }

    [SkippableFact]
    public void DeferUntil_WorkingHoursOrDisabled_SendsNow()
    {
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var disabled = new QuietHours(Options.Create(new DeliveryOptions { QuietHours = new QuietHoursOptions { Enabled = false } }));

        Assert.Null(EveningsOff.DeferUntil(now, "Europe/London"));
        Assert.Null(disabled.DeferUntil(now.AddHours(12), "Europe/London"));
    }

    [SkippableFact]
    public void DeferUntil_UnknownZone_FallsBackToTheProgramsZone()
    {
        var now = new DateTimeOffset(2026, 11, 25, 17, 30, 0, TimeSpan.Zero); // 18:30 in Berlin, 17:30 in UTC

        Assert.NotNull(EveningsOff.DeferUntil(now, "Not/AZone"));
    }

    [SkippableFact]
    public async Task SendDueAsync_RecipientInTheirEvening_DefersToTheirMorningThenSends()
    {
        var evening = new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero);
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase(), o => o.QuietHours.Enabled = true, evening);
        var id = await harness.Outbox.EnqueueAsync(DeliveryTesting.Request(
            [DeliveryTesting.Person(1, timeZone: "Europe/London"), DeliveryTesting.Person(2, timeZone: "America/Los_Angeles")]));

        await harness.SendDueAsync();
        Assert.Equal(["a:conv-2"], harness.Scripted().Sends.Select(c => c.ConversationId));

        var london = (await harness.DeliveriesAsync(id)).Single(d => d.RecipientObjectId == "object-1");
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), london.NextAttemptAt);

        harness.Clock.SetUtcNow(london.NextAttemptAt);
        await harness.SendDueAsync();
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }
}
