using System.Text.Json.Nodes;
using ChampionBot.Features.Programs;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Programs;

public sealed class SqliteProgramFlowTests(SqliteTestDatabase database) : ProgramFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresProgramFlowTests(PostgresTestDatabase database) : ProgramFlowTests<PostgresTestDatabase>(database);

/// <summary><c>program</c>, its edit form and <c>program owner add</c>, through the real pipeline.</summary>
public abstract class ProgramFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Program_Owner_ShowsOutcomeCadenceAndTimeZoneInWordsTeamAndChannelByNameNextDatesAndAnEditButton()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await ResetDemoProgramAsync(app);
        await app.SendAsync(TestActivities.ChannelMention("help"));
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("program", TestPeople.Owner));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("Cut RFP turnaround", call.CardText, StringComparison.Ordinal);
        Assert.Contains("Every Monday at 09:00", call.CardText, StringComparison.Ordinal);
        Assert.Matches("New York time, UTC-0[45]:00", call.CardText);
        Assert.Contains("Marketing Pilot team, AI Challenges channel", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("0 9 * * MON", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("America/New_York", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("@thread.tacv2", call.CardText, StringComparison.Ordinal);
        Assert.Matches(@"Mon \d+ \w+ \d{4}, 09:00; Mon \d+ \w+ \d{4}, 09:00; Mon \d+ \w+ \d{4}, 09:00", call.CardText);
        Assert.Contains("Alex Wilber", call.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"program.edit\"", call.CardJson, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Program_Participant_IsRefused()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("program", TestPeople.Megan));

        Assert.Contains("is for program owners", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ProgramSave_NoDayBadTimeUnknownZoneCapacityAndEmptyOutcome_ShowsEveryProblemKeepsValuesAndSavesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var before = await DemoProgramAsync(app);
        var body = await app.InvokeAsync(ProgramCard.SaveVerb, Form(before.Id, before.Version, outcome: "", days: null, time: "9 o'clock", zone: "Mars/Olympus", capacity: "140"), TestPeople.Owner);

        var card = body.CardText;
        Assert.Contains("Say which business outcome", card, StringComparison.Ordinal);
        Assert.Contains("Pick at least one day of the week", card, StringComparison.Ordinal);
        Assert.Contains("Pick the time to post, for example 09:00", card, StringComparison.Ordinal);
        Assert.Contains("Pick the time zone the program posts in from the list", card, StringComparison.Ordinal);
        Assert.Contains("from 0 to 100", card, StringComparison.Ordinal);
        Assert.Contains("9 o'clock", card.Split('\n'));
        var after = await DemoProgramAsync(app);
        Assert.Equal((before.Version, before.CadenceCron, before.BusinessOutcome), (after.Version, after.CadenceCron, after.BusinessOutcome));
    }

    [SkippableFact]
    public async Task ProgramEdit_Owner_OffersDayAndTimePickersAndTheirTeamsTimeZoneFirst()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await ResetDemoProgramAsync(app);
        var program = await DemoProgramAsync(app);
        var body = await app.InvokeAsync(ProgramCard.EditVerb, new JsonObject { [ProgramCard.ProgramIdKey] = program.Id, [ProgramCard.VersionKey] = program.Version }, TestPeople.Owner);

        var json = body.Value.GetRawText();
        Assert.Contains("\"type\":\"Input.Time\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"09:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"isMultiSelect\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"MON\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("cron", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("IANA", json, StringComparison.Ordinal);
        var firstZone = json.IndexOf("(your Teams time zone)", StringComparison.Ordinal);
        Assert.True(firstZone > 0 && firstZone < json.IndexOf("Tokyo time", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ProgramSave_ValidChange_SavesAuditsAndShowsTheUpdatedCard()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await ResetDemoProgramAsync(app);
        var before = await DemoProgramAsync(app);
        var body = await app.InvokeAsync(ProgramCard.SaveVerb, Form(before.Id, before.Version, outcome: "Cut RFP turnaround from 5 days to 2", days: "TUE", time: "08:30", zone: "Europe/London", capacity: "15"), TestPeople.Owner);

        Assert.Contains("Saved. Changed: business outcome, capacity target, time zone, cadence.", body.CardText, StringComparison.Ordinal);
        Assert.Contains("Every Tuesday at 08:30", body.CardText, StringComparison.Ordinal);
        var after = await DemoProgramAsync(app);
        Assert.Equal(("30 8 * * TUE", "Europe/London", 15.0, before.Version + 1), (after.CadenceCron, after.TimeZoneId, after.CapacityTargetPercent, after.Version));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "program.updated" && a.ProgramId == before.Id)));
    }

    [SkippableFact]
    public async Task ProgramSave_SomeoneSavedInBetween_RefusesKeepsTypedValuesAndOffersTheNewVersion()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var opened = await DemoProgramAsync(app);
        await app.InvokeAsync(ProgramCard.SaveVerb, Form(opened.Id, opened.Version, outcome: "First owner's outcome"), TestPeople.Owner);
        var body = await app.InvokeAsync(ProgramCard.SaveVerb, Form(opened.Id, opened.Version, outcome: "Second owner's outcome"), TestPeople.Owner);

        var card = body.CardText;
        Assert.Contains("Someone else saved changes", card, StringComparison.Ordinal);
        Assert.Contains("Second owner's outcome", card.Split('\n'));
        Assert.Contains($"\"version\":{opened.Version + 1}", body.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("First owner's outcome", (await DemoProgramAsync(app)).BusinessOutcome);
    }

    [SkippableFact]
    public async Task ProgramSave_NewPilotScopeWithoutConfirmation_IsRefused()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var otherChannel = TestActivities.ChannelMention("help").InConversation("19:other-channel@thread.tacv2");
        otherChannel["channelData"]!["channel"]!["id"] = "19:other-channel@thread.tacv2";
        await app.SendAsync(otherChannel);
        var program = await DemoProgramAsync(app);
        var form = Form(program.Id, program.Version);
        form[ProgramFormInput.ScopeId] = "19:marketing-pilot@thread.tacv2|19:other-channel@thread.tacv2";
        var body = await app.InvokeAsync(ProgramCard.SaveVerb, form, TestPeople.Owner);

        Assert.Contains("Tick \"Yes, change the pilot scope\" to confirm", body.CardText, StringComparison.Ordinal);
        Assert.Equal("19:ai-challenges@thread.tacv2", (await DemoProgramAsync(app)).PilotChannelId);
    }

    [SkippableFact]
    public async Task ProgramSave_FromParticipant_IsRefusedAndNothingChanges()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var before = await DemoProgramAsync(app);
        var body = await app.InvokeAsync(ProgramCard.SaveVerb, Form(before.Id, before.Version, outcome: "Hijacked"), TestPeople.Megan);

        Assert.Contains("is for program owners, so I haven't changed anything", body.MessageText, StringComparison.Ordinal);
        Assert.Equal(before.BusinessOutcome, (await DemoProgramAsync(app)).BusinessOutcome);
    }

    [SkippableFact]
    public async Task ProgramOwnerAdd_KnownUpn_AddsAnOwnerWhoCanThenUseOwnerCommands()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("program owner add adelev@contoso.example", TestPeople.Owner));

        Assert.Contains("**Adele Vance** is now an owner", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.ProgramOwners.AnyAsync(o => o.ObjectId == "a1000000-0000-4000-8000-000000000003")));
    }

    [SkippableFact]
    public async Task ProgramOwnerAdd_UnknownUpn_AddsNobody()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var owners = await app.QueryAsync(db => db.ProgramOwners.CountAsync());
        await app.SendAsync(TestActivities.PersonalMessage("program owner add nobody@contoso.example", TestPeople.Owner));

        Assert.Contains("I don't know anyone as `nobody@contoso.example` yet, so nothing changed", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.Equal(owners, await app.QueryAsync(db => db.ProgramOwners.CountAsync()));
    }

    /// <summary>The tests of a class share one database, so each test that reads the program's values starts from the same ones.</summary>
    [SkippableFact]
    public async Task Program_ChannelNameNotKnown_SaysTeamsHasNotToldItInPlainWords()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await ResetDemoProgramAsync(app);
        await app.WriteAsync(async db => await db.TeamChannelNames.ExecuteDeleteAsync());
        await app.SendAsync(TestActivities.PersonalMessage("program", TestPeople.Owner));

        var card = Assert.Single(app.Connector.Calls).CardText;
        Assert.Contains("a channel whose name Teams hasn't told me yet", card, StringComparison.Ordinal);
        Assert.DoesNotContain("heard the name", card, StringComparison.Ordinal);
    }

    private static Task ResetDemoProgramAsync(AppHost app) => app.WriteAsync(async db =>
    {
        var program = await db.Programs.SingleAsync(p => p.Slug == "demo-marketing-pilot");
        (program.Name, program.BusinessOutcome, program.Kpi, program.CapacityTargetPercent) =
            ("Marketing Pilot: AI for the weekly grind", "Cut RFP turnaround", "Minutes saved per participant per week", 12);
        (program.CadenceCron, program.TimeZoneId) = ("0 9 * * MON", "America/New_York");
    });

    private static Task<ChampionBot.Data.Entities.ChampionProgram> DemoProgramAsync(AppHost app) =>
        app.QueryAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Slug == "demo-marketing-pilot"));

    private static JsonObject Form(int programId, int version, string outcome = "Cut RFP turnaround", string? days = "MON", string time = "09:00", string zone = "America/New_York", string capacity = "12") => new()
    {
        [ProgramCard.ProgramIdKey] = programId,
        [ProgramCard.VersionKey] = version,
        [ProgramFormInput.NameId] = "Marketing Pilot: AI for the weekly grind",
        [ProgramFormInput.OutcomeId] = outcome,
        [ProgramFormInput.KpiId] = "Minutes saved per participant per week",
        [ProgramFormInput.CapacityId] = capacity,
        [ProgramFormInput.TimeZoneId] = zone,
        [ProgramFormInput.DaysId] = days,
        [ProgramFormInput.TimeId] = time,
        [ProgramFormInput.ScopeId] = "19:marketing-pilot@thread.tacv2|19:ai-challenges@thread.tacv2",
        [ProgramFormInput.ConfirmScopeId] = "false",
    };
}
