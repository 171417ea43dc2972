using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Report;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteReportFlowTests(SqliteTestDatabase database) : ReportFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresReportFlowTests(PostgresTestDatabase database) : ReportFlowTests<PostgresTestDatabase>(database);

/// <summary><c>report</c> through the real pipeline: owners get the card, everyone else is refused.</summary>
public abstract class ReportFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Report_Owner_GetsTheOutcomeFirstThenTheLedgerAndAPasteableLine()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var program = await app.QueryAsync(db => db.Programs.SingleAsync(p => p.Slug == "demo-marketing-pilot"));
        await app.EnrolEveryoneAsync(); // a funnel of nobody is given in words, not as a chart of zeros
        await app.SendAsync(TestActivities.PersonalMessage("report", TestPeople.Owner));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains(ReportCard.Title, call.CardText, StringComparison.Ordinal);
        Assert.True(call.CardText.IndexOf(program.BusinessOutcome, StringComparison.Ordinal) < call.CardText.IndexOf("To paste into an update", StringComparison.Ordinal));
        Assert.Contains("Chart.VerticalBar", call.CardJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Chart.HorizontalBar.Stacked", call.CardJson, StringComparison.Ordinal); // the funnel's bars are as tall as their numbers
    }

    [SkippableFact]
    public async Task Report_OwnerTypesExtraWords_IsToldTheyAreNotUnderstoodAndGetsNoCard()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("report extra words", TestPeople.Owner));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("I don't know", call.Text, StringComparison.Ordinal);
        Assert.Contains("report extra words", call.Text, StringComparison.Ordinal);
        Assert.Contains("Type just **report**", call.Text, StringComparison.Ordinal);
        Assert.Empty(call.CardJson);
    }

    [SkippableFact]
    public async Task Report_Participant_IsRefused()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("report", TestPeople.Megan));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("is for program owners", call.Text, StringComparison.Ordinal);
        Assert.Empty(call.CardJson);
    }
}
