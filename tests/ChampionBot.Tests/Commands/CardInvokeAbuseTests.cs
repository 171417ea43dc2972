using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Commands;

public sealed class SqliteCardInvokeAbuseTests : CardInvokeAbuseTests<SqliteTestDatabase>;

public sealed class PostgresCardInvokeAbuseTests : CardInvokeAbuseTests<PostgresTestDatabase>;

/// <summary>
/// Crafted Action.Execute invokes, as an attacker or a broken client would send them: each is answered in words, with
/// a success status, and changes no challenge.
/// </summary>
public abstract class CardInvokeAbuseTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public static TheoryData<string, string> Crafted => new()
    {
        { "no.such.verb", """{"challengeId":1}""" },
        { "", """{}""" },
        { "challenge.post", """{"challengeId":"abc"}""" },
        { "challenge.post", """{"challengeId":1e30}""" },
        { "challenge.post", """{"challengeId":-1}""" },
        { "challenge.post", """{"challengeId":[1,2]}""" },
        { "challenge.post", """{"challengeId":{"id":1}}""" },
        { "challenge.schedule", """{"challengeId":true}""" },
        { "challenge.save", """{"challengeId":"x","version":"y","title":[],"baselineMinutes":{}}""" },
        { "result.submit", """{"challengeId":2147483647,"worked":"maybe","minutesBefore":-5}""" },
        { "result.open", """{"challengeId":"9999999999999999999999"}""" },
        { "command.run", """{"command":123}""" },
        { "command.run", """{"command":null}""" },
        { "program.save", """{"name":"","cadence":"* * * * * * *","timeZone":"Mars/Olympus"}""" },
    };

    [SkippableTheory]
    [MemberData(nameof(Crafted))]
    public async Task Invoke_CraftedData_IsAnsweredAndChangesNoChallenge(string verb, string data)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Keep me a draft");

        var (type, _) = await host.InvokeAsync(verb, JsonNode.Parse(data)!.AsObject(), TestPeople.Owner);

        Assert.StartsWith("application/vnd.microsoft.", type, StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Draft, (await host.ChallengeAsync(draft.Id)).Status);
        Assert.Equal(draft.Version, (await host.ChallengeAsync(draft.Id)).Version);
    }

    [SkippableFact]
    public async Task Invoke_HugeCommandTextWithALink_IsAnsweredWithoutEchoingItAllOrTheLink()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var huge = "[sign in again](https://evil.example) " + new string('9', 200_000);

        var (type, value) = await host.InvokeAsync("command.run", new JsonObject { ["command"] = huge }, TestPeople.Megan);

        Assert.StartsWith("application/vnd.microsoft.", type, StringComparison.Ordinal);
        Assert.True(value.GetRawText().Length < 5_000, $"answer of {value.GetRawText().Length} characters");
        Assert.DoesNotContain("](", value.GetString(), StringComparison.Ordinal);
        Assert.All(host.Connector.Calls, call => Assert.True(call.Body?.GetRawText().Length < 5_000, $"a message of {call.Body?.GetRawText().Length} characters"));
    }

    [SkippableTheory]
    [InlineData("challenge.post")]
    [InlineData("challenge.schedule")]
    [InlineData("challenge.edit")]
    public async Task OwnerVerb_WithAnotherProgramsChallenge_IsRefusedAndThatChallengeStaysADraft(string verb)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        var theirs = await host.QueryAsync(async db =>
        {
            var mine = await db.Programs.AsNoTracking().SingleAsync();
            var program = new ChampionProgram { Name = "Someone else's", BusinessOutcome = "Theirs", TimeZoneId = mine.TimeZoneId, CadenceCron = mine.CadenceCron };
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            var challenge = await db.Challenges.FirstAsync(c => c.ProgramId == null);
            var copy = new Challenge
            {
                Slug = "theirs-" + Guid.NewGuid().ToString("N")[..8], Title = "Theirs", Task = challenge.Task, AudienceRole = "everyone",
                Steps = challenge.Steps, WhatGoodLooksLike = challenge.WhatGoodLooksLike, BaselineMinutes = 60, FrequencyPerWeek = 1,
                RescueTip = challenge.RescueTip, Status = ChallengeStatus.Draft, ProgramId = program.Id,
                CreatedAt = challenge.CreatedAt, UpdatedAt = challenge.UpdatedAt,
            };
            db.Challenges.Add(copy);
            await db.SaveChangesAsync();
            return copy;
        });
        host.Connector.Clear();

        var (type, value) = await host.InvokeAsync(verb, new JsonObject { ["challengeId"] = theirs.Id }, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Contains("can't find that challenge", value.GetString(), StringComparison.Ordinal);
        Assert.Equal((ChallengeStatus.Draft, theirs.Version), ((await host.ChallengeAsync(theirs.Id)).Status, (await host.ChallengeAsync(theirs.Id)).Version));
        Assert.Empty(host.ChannelThreads());
    }
}
