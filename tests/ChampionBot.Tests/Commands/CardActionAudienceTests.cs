using System.Text.Json.Nodes;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Challenges;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Commands;

public sealed class SqliteCardActionAudienceTests : CardActionAudienceTests<SqliteTestDatabase>;

public sealed class PostgresCardActionAudienceTests : CardActionAudienceTests<PostgresTestDatabase>;

/// <summary>Card actions declare who may use them; someone outside the audience is refused before the handler runs.</summary>
public abstract class CardActionAudienceTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public static TheoryData<string> OwnerVerbs =>
    [
        ChallengeCardActions.NewVerb,
        ChallengeFormCard.SaveVerb,
        ChallengePreviewCard.EditVerb,
        ChallengePreviewCard.ScheduleVerb,
        ChallengePreviewCard.PostVerb,
        ProgramCard.EditVerb,
        ProgramCard.ViewVerb,
        ProgramCard.SaveVerb,
    ];

    [SkippableTheory]
    [MemberData(nameof(OwnerVerbs))]
    public async Task OwnerVerb_FromSomeoneWhoIsNotAnOwner_IsRefusedAndNothingChanges(string verb)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Draft the Monday status report");
        var program = await host.ProgramAsync();
        var before = await SnapshotAsync(host);
        host.Connector.Clear();

        var (type, value) = await host.InvokeAsync(verb, Data(verb, draft.Id, program), TestPeople.Megan);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal(InvokeText(CommandRefusals.NotInAudience("that button", CommandAudience.ProgramOwners)), value.GetString());
        Assert.Equal(before, await SnapshotAsync(host));
        Assert.Empty(host.Connector.Calls);
    }

    [SkippableFact]
    public async Task OwnerVerb_FromAnOwner_ReachesItsHandler()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Draft the Monday status report");

        var (type, _) = await host.InvokeAsync(ChallengePreviewCard.EditVerb, new JsonObject { [CardFields.ChallengeId] = draft.Id }, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
    }

    private static JsonObject Data(string verb, int challengeId, ChampionBot.Data.Entities.ChampionProgram program) => verb switch
    {
        ChallengeCardActions.NewVerb => new JsonObject { [ChallengeCardActions.DreadGroupKey] = 1 },
        ChallengeFormCard.SaveVerb => ChallengeForms.Valid(),
        _ when verb.StartsWith("program.", StringComparison.Ordinal) => new JsonObject
        {
            [ProgramCard.ProgramIdKey] = program.Id,
            [ProgramCard.VersionKey] = program.Version,
            [ProgramFormInput.OutcomeId] = "Hijacked",
        },
        _ => new JsonObject { [CardFields.ChallengeId] = challengeId },
    };

    private static string InvokeText(string text) => BotFramework.Routing.InvokeResponses.PlainText(text);

    /// <summary>Everything an owner's button could change: challenges, the program, the outbox and the audit log.</summary>
    private static Task<string> SnapshotAsync(AppHost host) => host.QueryAsync(async db =>
    {
        var challenges = await db.Challenges.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.Id}:{c.Status}:{c.Version}:{c.ProgramId}:{c.ScheduledFor}").ToListAsync();
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Version}:{p.BusinessOutcome}").ToListAsync();
        var outbox = await db.OutboundMessages.CountAsync();
        var audit = await db.AuditEntries.CountAsync();
        return string.Join('\n', [.. challenges, .. programs, $"outbox {outbox}", $"audit {audit}"]);
    });
}
