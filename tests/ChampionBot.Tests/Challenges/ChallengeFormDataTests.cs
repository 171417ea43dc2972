using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengeFormDataTests : ChallengeFormDataTests<SqliteTestDatabase>;

public sealed class PostgresChallengeFormDataTests : ChallengeFormDataTests<PostgresTestDatabase>;

/// <summary>The authoring card's data read by the one card reader: a garbled card keeps what was typed and says what is wrong.</summary>
public abstract class ChallengeFormDataTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Save_GarbledVersion_ShowsTheTypedFormWithTheProblemAndSavesNothing()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Draft the Monday status report");
        var form = ChallengeForms.Valid("Renamed report").With(CardFields.ChallengeId, draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).With(CardFields.Version, "v2");

        var (type, card) = await host.InvokeAsync(ChallengeFormCard.SaveVerb, form, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        var text = CardReader.TextOf(card);
        Assert.Contains("The card's version \"v2\" isn't a whole number", text, StringComparison.Ordinal);
        Assert.Contains("Renamed report", text, StringComparison.Ordinal);
        var stored = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Id == draft.Id));
        Assert.Equal("Draft the Monday status report", stored.Title);
        Assert.Equal(draft.Version, stored.Version);
    }

    [SkippableFact]
    public async Task Save_NumbersSentAsJsonNumbers_AreReadLikeTypedOnes()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var form = ChallengeForms.Valid();
        form[ChallengeForm.BaselineMinutesId] = 60;
        form[ChallengeForm.FrequencyPerWeekId] = 1;

        var (type, _) = await host.InvokeAsync(ChallengeFormCard.SaveVerb, form, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        var saved = Assert.Single(await host.QueryAsync(db => db.Challenges.AsNoTracking().Where(c => !c.FromLibrary).ToListAsync()));
        Assert.Equal(60, saved.BaselineMinutes);
    }
}
