using System.Text;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Features.Programs;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Outcomes;

public sealed class SqliteExportLinkTests(SqliteTestDatabase database) : ExportLinkTests<SqliteTestDatabase>(database);

public sealed class PostgresExportLinkTests(PostgresTestDatabase database) : ExportLinkTests<PostgresTestDatabase>(database);

/// <summary>Export links: one download each, for a few minutes, only as signed, only while the asker owns the program.</summary>
public abstract class ExportLinkTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly FakeTimeProvider _time = new(LedgerFixture.Now);

    [SkippableFact]
    public async Task RedeemAsync_FreshLink_ServesOnceAndRefusesTheSecondTime()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (exports, token, _) = await LinkAsync(db);

        var first = await exports.RedeemAsync(token, CancellationToken.None);
        var second = await exports.RedeemAsync(token, CancellationToken.None);

        Assert.Equal(ExportRefusal.None, first.Refusal);
        Assert.Equal(OutcomeExports.ResultsKind, first.Claim!.Kind);
        Assert.Equal(ExportRefusal.Used, second.Refusal);
    }

    [SkippableFact]
    public async Task RedeemAsync_AfterTenMinutes_IsRefusedAsExpired()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (exports, token, _) = await LinkAsync(db);

        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(ExportRefusal.Expired, (await exports.RedeemAsync(token, CancellationToken.None)).Refusal);
    }

    [SkippableTheory]
    [InlineData("program")]
    [InlineData("expiry")]
    [InlineData("signature")]
    [InlineData("kind")]
    [InlineData("program written as 01")]
    [InlineData("expiry written with a leading 0")]
    public async Task RedeemAsync_ChangedToken_IsRefusedAsTampered(string part)
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (exports, token, _) = await LinkAsync(db);
        var parts = token.Split('.');
        switch (part)
        {
            case "program": parts[2] = (int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "expiry": parts[3] = (long.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "program written as 01": parts[2] = "0" + parts[2]; break;
            case "expiry written with a leading 0": parts[3] = "0" + parts[3]; break;
            case "signature": parts[4] = (parts[4][0] == 'A' ? 'B' : 'A') + parts[4][1..]; break;
            default: parts[1] = OutcomeExports.LedgerKind; break;
        }

        var result = await exports.RedeemAsync(string.Join('.', parts), CancellationToken.None);

        Assert.Equal(ExportRefusal.Tampered, result.Refusal);
        var id = Guid.ParseExact(parts[0], "N");
        Assert.False(await db.OutcomeExports.AsNoTracking().AnyAsync(e => e.Id == id && e.UsedAt != null));
    }

    [SkippableFact]
    public async Task RedeemAsync_AskerNoLongerOwnsTheProgram_IsRefused()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (exports, token, program) = await LinkAsync(db);
        await db.ProgramOwners.Where(o => o.ProgramId == program.Id).ExecuteDeleteAsync();

        Assert.Equal(ExportRefusal.NotOwner, (await exports.RedeemAsync(token, CancellationToken.None)).Refusal);
    }

    [SkippableFact]
    public async Task RedeemAsync_LinkSignedWithAnotherKey_IsRefusedAsTampered()
    {
        database.SkipUnlessAvailable();
        await using var db = await database.CreateMigratedContextAsync();
        var (_, token, _) = await LinkAsync(db);
        var otherKey = Exports(db, Convert.ToBase64String(Encoding.ASCII.GetBytes(new string('k', 32))));

        Assert.Equal(ExportRefusal.Tampered, (await otherKey.RedeemAsync(token, CancellationToken.None)).Refusal);
    }

    private async Task<(OutcomeExports Exports, string Token, ChampionProgram Program)> LinkAsync(ChampionDbContext db)
    {
        var fixture = await new LedgerFixture(db).CreateAsync();
        db.ProgramOwners.Add(new ProgramOwner { ProgramId = fixture.Program.Id, ObjectId = "owner-of-the-export", AddedAt = LedgerFixture.Now });
        await db.SaveChangesAsync();
        var exports = Exports(db, Convert.ToBase64String(Encoding.ASCII.GetBytes(new string('s', 32))));
        var links = await exports.CreateAsync(fixture.Program.Id, "owner-of-the-export", CancellationToken.None);
        var results = Assert.Single(links!, l => l.Kind == OutcomeExports.ResultsKind).Link;
        Assert.StartsWith("https://bot.example.com/outcomes/export/", results.AbsoluteUri, StringComparison.Ordinal);
        return (exports, results.AbsoluteUri[(results.AbsoluteUri.LastIndexOf('/') + 1)..], fixture.Program);
    }

    private OutcomeExports Exports(ChampionDbContext db, string key)
    {
        var options = Options.Create(new OutcomesOptions { PublicBaseUrl = "https://bot.example.com", ExportSigningKey = key });
        var owners = new ServiceCollection().AddOptions<ChampionProgramOptions>().Services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<ChampionProgramOptions>>();
        return new OutcomeExports(db, new ExportLinkSigner(options), new ProgramOwners(owners, db), options, _time);
    }
}
