using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

public sealed class SqliteDreadTrustTests : DreadTrustTests<SqliteTestDatabase>;

public sealed class PostgresDreadTrustTests : DreadTrustTests<PostgresTestDatabase>;

/// <summary>
/// The survey and the ranking against crafted invokes and comparisons: one person cannot flood it, an answer id never
/// reaches an owner, and one new answer never moves what owners were shown. Also what the survey offers to pick.
/// </summary>
public abstract class DreadTrustTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task DreadSubmit_FloodOfFreshCardIds_KeepsOnlyThePersonsLatestAnswers()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        for (var i = 0; i < 12; i++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            await host.InvokeAsync(DreadCard.SubmitVerb, DreadTestData.Answer($"flood-{i}", $"Monday status report number {i}", "600", "5"), TestPeople.Megan);
        }

        var cards = await host.QueryAsync(db => db.DreadItems.Where(d => d.Participant!.ObjectId == TestPeople.Megan.ObjectId)
            .OrderBy(d => d.CardInstanceId).Select(d => d.CardInstanceId).ToListAsync());
        Assert.Equal(["flood-10", "flood-11", "flood-9"], cards);
    }

    [SkippableFact]
    public async Task DreadTop_OneNewAnswer_MovesNoPublishedFigureUntilFivePeopleAnswered()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var people = await AddAnswersAsync(host, 6, "Monday status report");
        var before = Assert.Single(await host.SayAsync("dread top", TestPeople.Owner)).CardText;

        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.InvokeAsync(DreadCard.SubmitVerb, DreadTestData.Answer("one-more", "the monday status report", "600", "5"), people[6]);
        var afterOne = Assert.Single(await host.SayAsync("dread top", TestPeople.Owner)).CardText;

        for (var i = 7; i < 11; i++)
        {
            await host.InvokeAsync(DreadCard.SubmitVerb, DreadTestData.Answer("more", "Monday status report", "60", "1"), people[i]);
        }

        var afterFive = Assert.Single(await host.SayAsync("dread top", TestPeople.Owner)).CardText;

        Assert.Contains("People\n6", before, StringComparison.Ordinal);
        Assert.Equal(before, afterOne); // nothing shows who the seventh person is, or what they said
        Assert.Contains("People\n11", afterFive, StringComparison.Ordinal);
        Assert.Contains("11 people answered", afterFive, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ChallengeSave_CraftedAnswerIdOfOwnProgram_RevealsNoGroupAndStoresNoLink()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        await AddAnswersAsync(host, 6, "Monday status report");
        var answerId = await host.QueryAsync(db => db.DreadItems.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var crafted = answerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, refused) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid().With("steps", "Try AI.").With("dreadItemId", crafted), TestPeople.Owner);
        var (_, saved) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid().With("dreadItemId", crafted), TestPeople.Owner);

        Assert.DoesNotContain("Built from", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("dread group", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("From dread", CardReader.TextOf(saved), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await host.QueryAsync(db => db.Challenges.Where(c => !c.FromLibrary).ToListAsync())).SourceDreadItemId);
    }

    [SkippableFact]
    public async Task DreadOpen_RoleKnown_OffersTheRolesTasksAndAPickGroupsExactly()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var (_, card) = await host.InvokeAsync(DreadCard.OpenVerb, [], TestPeople.Megan); // Megan: demand generation
        var picked = DreadTestData.Answer("picked", string.Empty, "90", "1");
        picked[DreadCard.TaskInputId] = DreadItem.PickedTheme("campaign-performance-recap");
        await host.InvokeAsync(DreadCard.SubmitVerb, picked, TestPeople.Megan);

        var texts = CardReader.TextOf(card);
        Assert.Contains("The Monday lead list clean-up", texts, StringComparison.Ordinal);
        Assert.Contains("Something else", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("The RFP response", texts, StringComparison.Ordinal); // a sales task
        Assert.DoesNotContain(DreadCard.RoleInputId, card.GetRawText(), StringComparison.Ordinal);
        var stored = await host.QueryAsync(db => db.DreadItems.SingleAsync(d => d.CardInstanceId == "picked"));
        Assert.Equal(("task:campaign-performance-recap", "The Monday campaign performance recap"), (stored.ThemeKey, stored.Text));
    }

    [SkippableFact]
    public async Task DreadTop_DemoOrganisation_ShowsGroupsOutOfTheBox()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var top = Assert.Single(await host.SayAsync("dread top", TestPeople.Owner)).CardText;

        Assert.Contains("1. The RFP response", top, StringComparison.Ordinal);
        Assert.Contains("2. The Monday campaign performance recap", top, StringComparison.Ordinal);
        Assert.Contains("3. The Monday status report", top, StringComparison.Ordinal);
    }

    /// <summary>Deletes every answer, then adds <paramref name="count"/> demo people's answers (an hour apart); returns the demo people, owner aside.</summary>
    private static async Task<List<TestPerson>> AddAnswersAsync(AppHost host, int count, string text)
    {
        var people = await host.QueryAsync(async db =>
        {
            await db.DreadItems.ExecuteDeleteAsync();
            var program = await db.Programs.SingleAsync();
            var all = await db.Participants.Where(p => p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.ObjectId).ToListAsync();
            foreach (var person in all.Take(count))
            {
                db.DreadItems.Add(new DreadItem
                {
                    ParticipantId = person.Id,
                    ProgramId = program.Id,
                    Text = text,
                    MinutesPerOccurrence = 60,
                    TimesPerWeek = 1,
                    Role = person.Role,
                    CardInstanceId = "added",
                    CreatedAt = host.Clock.GetUtcNow(),
                });
            }

            await db.SaveChangesAsync();
            return all;
        });
        return [.. people.Select(p => new TestPerson(p.DisplayName, p.ObjectId, p.TeamsUserId ?? "29:" + p.ObjectId))];
    }
}
