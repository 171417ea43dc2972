using System.Net;
using System.Text.RegularExpressions;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteExportFlowTests(SqliteTestDatabase database) : ExportFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresExportFlowTests(PostgresTestDatabase database) : ExportFlowTests<PostgresTestDatabase>(database);

/// <summary><c>export</c> through the real pipeline and the bot's own download endpoint.</summary>
public abstract partial class ExportFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task Export_Owner_GetsLinksThatDownloadCsvOnceThenRefuse()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("export", TestPeople.Owner));
        var links = LinkPattern().Matches(Assert.Single(app.Connector.Calls).Text!).Select(m => new Uri(m.Groups[1].Value)).ToList();
        using var client = app.CreateClient();

        Assert.Equal(2, links.Count);
        var first = await client.GetAsync(links[0].PathAndQuery);
        var again = await client.GetAsync(links[0].PathAndQuery);
        var ledger = await client.GetAsync(links[1].PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/csv", first.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(string.Join(',', OutcomeCsv.ResultsHeader) + "\r\n", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith(string.Join(',', OutcomeCsv.LedgerHeader) + "\r\n", await ledger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Export_ChangedLink_IsRefusedAndTheRealOneStillWorks()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("export", TestPeople.Owner));
        var link = LinkPattern().Match(Assert.Single(app.Connector.Calls).Text!).Groups[1].Value;
        using var client = app.CreateClient();

        var changed = await client.GetAsync(new Uri(link[..^1] + (link[^1] == 'x' ? 'y' : 'x')).PathAndQuery);
        var real = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
        Assert.Contains("isn't valid", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [SkippableFact]
    public async Task Export_Participant_IsRefusedAndNoLinkIsMade()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("export", TestPeople.Megan));

        var reply = Assert.Single(app.Connector.Calls).Text;
        Assert.Contains("is for program owners", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(OutcomeExports.Path, reply, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WriteResultsAsync_ResultAfterOptingOut_IsLeftOutAndFormulasEscaped()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var fixture = await new LedgerFixture(db).CreateAsync();
        fixture.Challenge.Title = "=HYPERLINK(\"x\")";
        await db.SaveChangesAsync();
        await fixture.ResultAsync(await fixture.PersonAsync(), 90, 20, 1);
        for (var i = 0; i < 4; i++)
        {
            await fixture.ResultAsync(await fixture.PersonAsync(), 120, 30, 1);
        }

        await fixture.ResultAsync(await fixture.PersonAsync(optedOutAt: LedgerFixture.Now.AddDays(-30)), 60, 30, 1); // after opting out: counted nowhere

        var lines = await fixture.ResultsCsvAsync();

        Assert.Equal(6, lines.Length);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",2026-11-23,yes,no,90,20,1,70,4,4", lines[1]);
    }

    [SkippableFact]
    public async Task Export_SameLinkFetchedByEightRequestsAtOnce_ServesExactlyOneFile()
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("export", TestPeople.Owner));
        var link = new Uri(LinkPattern().Match(Assert.Single(app.Connector.Calls).Text!).Groups[1].Value);
        using var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => client.GetAsync(link.PathAndQuery))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Gone, r.StatusCode));
    }

    [SkippableTheory]
    [InlineData("truncated")]
    [InlineData("swapped")]
    [InlineData("garbage")]
    public async Task Export_TamperedLink_IsRefusedWith403AndNeverAServerError(string how)
    {
        database.SkipUnlessAvailable();

        using var app = NewApp();
        await app.SendAsync(TestActivities.PersonalMessage("export", TestPeople.Owner));
        var links = LinkPattern().Matches(Assert.Single(app.Connector.Calls).Text!).Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToList();
        var results = links[0];
        var ledger = links[1];
        var bad = how switch
        {
            "truncated" => results[..^10],
            "swapped" => results[..results.LastIndexOf('.')] + ledger[ledger.LastIndexOf('.')..],
            _ => OutcomeExports.Path + "/" + Uri.EscapeDataString("a.results.1.99999999999999999999.\u00e9\"<>" + new string('z', 4000)),
        };
        using var client = app.CreateClient();

        var response = await client.GetAsync(bad);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{how}: {response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(results)).StatusCode);
    }

    private AppHost NewApp() => new AppHost(database)
        
        .With("Outcomes:PublicBaseUrl", "http://localhost");

    [GeneratedRegex(@"\((http://localhost/outcomes/export/[^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
