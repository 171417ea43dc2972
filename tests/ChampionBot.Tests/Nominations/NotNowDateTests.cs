using ChampionBot.Data.Entities;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Nominations.NominationHostExtensions;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteNotNowDateTests : NotNowDateTests<SqliteTestDatabase>;

public sealed class PostgresNotNowDateTests : NotNowDateTests<PostgresTestDatabase>;

/// <summary>"Not now" dates are days in the program's time zone, for the card's earliest date and the check alike.</summary>
public abstract class NotNowDateTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    // 21:00 on Monday 7 December in New York is already 02:00 on the 8th in UTC.
    private static readonly DateTimeOffset EveningInNewYork = new(2026, 12, 8, 2, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task NotNow_TomorrowInTheProgramsZoneWhileUtcIsAlreadyThere_IsAcceptedAndAskedAgainAtLocalMidnight()
    {
        await using var host = await AppHost.StartAsync<TDatabase>(EveningInNewYork);
        await host.WriteAsync(async db => (await db.Programs.SingleAsync()).TimeZoneId = "America/New_York");
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        var (_, deferred) = await host.PressAsync(card, DecisionCard.NotNowVerb, TestPeople.Owner, until: "2026-12-08");
        await host.RunSchedulerAsync();
        var sameEvening = await host.NominationOfAsync(TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromHours(3.5));
        await host.RunSchedulerAsync();

        Assert.DoesNotContain("\"min\"", card.GetRawText(), StringComparison.Ordinal); // Teams would block every button on a date before it
        Assert.Contains("I'll ask again on 8 December 2026", CardReader.TextOf(deferred), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Deferred, sameEvening.Status);
        Assert.Equal(NominationStatus.Pending, (await host.NominationOfAsync(TestPeople.Megan)).Status);
    }

    [SkippableFact]
    public async Task NotNow_TodayInTheProgramsZone_IsRefused()
    {
        await using var host = await AppHost.StartAsync<TDatabase>(EveningInNewYork);
        await host.WriteAsync(async db => (await db.Programs.SingleAsync()).TimeZoneId = "America/New_York");
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        var (_, refused) = await host.PressAsync(card, DecisionCard.NotNowVerb, TestPeople.Owner, until: "2026-12-07");

        Assert.Contains("pick the day I should ask you again", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Pending, (await host.NominationOfAsync(TestPeople.Megan)).Status);
    }

    [SkippableTheory]
    [InlineData("12/20/2026")]
    [InlineData("20 December 2026")]
    [InlineData("2026-12-20T00:00:00")]
    public async Task NotNow_DateNotInTheDateInputsFormat_IsRefusedAndNothingIsRecorded(string until)
    {
        await using var host = await AppHost.StartAsync<TDatabase>(EveningInNewYork);
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        var (_, refused) = await host.PressAsync(card, DecisionCard.NotNowVerb, TestPeople.Owner, until: until);

        Assert.Contains("pick the day I should ask you again", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Pending, (await host.NominationOfAsync(TestPeople.Megan)).Status);
    }
}
