using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengeEditingTests : ChallengeEditingTests<SqliteTestDatabase>;

public sealed class PostgresChallengeEditingTests : ChallengeEditingTests<PostgresTestDatabase>;

/// <summary>The preview's owner buttons: Edit (guarded by the version the form was opened at), Edit a copy, Post now.</summary>
public abstract class ChallengeEditingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Edit_ThenSave_UpdatesTheSameChallengeAndKeepsItsSlug()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Before the edit");
        var (_, form) = await host.InvokeAsync("challenge.edit", new JsonObject { ["challengeId"] = draft.Id }, TestPeople.Owner);
        var submitted = JsonNode.Parse(CardReader.ExecuteData(form, "challenge.save"))!.AsObject();
        foreach (var (key, value) in ChallengeForms.Valid("After the edit"))
        {
            submitted[key] = value?.DeepClone();
        }

        var (_, preview) = await host.InvokeAsync("challenge.save", submitted, TestPeople.Owner);
        var stale = await host.InvokeAsync("challenge.save", submitted, TestPeople.Owner);

        var stored = await host.ChallengeAsync(draft.Id);
        Assert.Equal("After the edit", stored.Title);
        Assert.Equal(draft.Slug, stored.Slug);
        Assert.Contains("After the edit", CardReader.TextOf(preview), StringComparison.Ordinal);
        Assert.Contains("Someone changed this challenge after you opened the form", CardReader.TextOf(stale.Value), StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.Challenges.CountAsync(c => !c.FromLibrary)));
    }

    [SkippableFact]
    public async Task EditACopy_OfALibraryChallenge_SavesANewDraftAndLeavesTheLibraryAlone()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var library = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Slug == "monday-status-report"));
        var (_, form) = await host.InvokeAsync("challenge.edit", new JsonObject { ["challengeId"] = library.Id }, TestPeople.Owner);
        var submitted = JsonNode.Parse(CardReader.ExecuteData(form, "challenge.save"))!.AsObject();
        foreach (var (key, value) in ChallengeForms.Valid(library.Title))
        {
            submitted[key] = value?.DeepClone();
        }

        await host.InvokeAsync("challenge.save", submitted, TestPeople.Owner);

        var copy = await host.QueryAsync(db => db.Challenges.SingleAsync(c => !c.FromLibrary));
        Assert.NotEqual(library.Slug, copy.Slug);
        Assert.Equal(library.Title, copy.Title);
        Assert.Equal(ChallengeStatus.Draft, copy.Status);
        Assert.Equal(library.Version, (await host.ChallengeAsync(library.Id)).Version);
    }

    [SkippableFact]
    public async Task PostNowButton_OnPreview_PostsAndTurnsThePreviewIntoThePostedState()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("From the button");

        var (_, card) = await host.InvokeAsync("challenge.post", new JsonObject { ["challengeId"] = draft.Id }, TestPeople.Owner);
        var (type, again) = await host.InvokeAsync("challenge.post", new JsonObject { ["challengeId"] = draft.Id }, TestPeople.Owner);

        var texts = CardReader.TextOf(card);
        Assert.Contains("Posted", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Schedule next", texts, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Contains("already posted", again.GetString(), StringComparison.Ordinal);
        Assert.Single(host.ChannelThreads());
        Assert.Equal(ChallengeStatus.Posted, (await host.ChallengeAsync(draft.Id)).Status);
    }
}
