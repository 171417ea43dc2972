using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengeAuthoringTests : ChallengeAuthoringTests<SqliteTestDatabase>;

public sealed class PostgresChallengeAuthoringTests : ChallengeAuthoringTests<PostgresTestDatabase>;

/// <summary>Owners write a specific challenge on a card; vague ones are refused with reasons and nothing is written.</summary>
public abstract class ChallengeAuthoringTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task ChallengeNew_FromOwner_OpensTheFormCard()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var reply = Assert.Single(await host.SayAsync("challenge new", TestPeople.Owner));

        Assert.Contains(ChallengeFormCard.NewTitle, reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Audience role", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("demand-generation", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"challenge.save\"", reply.CardJson, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Save_SpecificChallenge_StoresOneDraftWithStableSlugAndAnswersWithPreview()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var (type, card) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid(), TestPeople.Owner);
        var (_, again) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid(), TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        var saved = Assert.Single(await host.QueryAsync(db => db.Challenges.Where(c => !c.FromLibrary).ToListAsync()));
        Assert.Equal("write-the-monday-status-report-with-copilot", saved.Slug);
        Assert.Equal(ChallengeStatus.Draft, saved.Status);
        Assert.Equal("people-manager", saved.AudienceRole);
        Assert.Equal(60, saved.BaselineMinutes);
        Assert.Contains(ChallengePreviewCard.PanelTitle, CardReader.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Schedule next\"", again.GetRawText(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("steps", "", "Steps or prompt** are missing")]
    [InlineData("steps", "Try AI on it.", "too short")]
    [InlineData("steps", "Explore Copilot and play with it on your weekly work, see what it can do.", "too generic (\"play with\"")]
    [InlineData("whatGoodLooksLike", "", "What good looks like** is empty")]
    [InlineData("baselineMinutes", "", "Baseline minutes** is empty")]
    [InlineData("frequencyPerWeek", "0", "How often per week** is 0")]
    [InlineData("rescueTip", "  ", "Rescue tip** is empty")]
    public async Task Save_VagueChallenge_IsRefusedWithTheReasonKeepsEveryValueAndWritesNothing(string field, string value, string reason)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var form = ChallengeForms.Valid().With(field, value);
        var (type, card) = await host.InvokeAsync("challenge.save", form, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        var json = CardReader.TextOf(card);
        Assert.Contains(reason, json, StringComparison.Ordinal);
        Assert.Contains("Not saved yet", json, StringComparison.Ordinal);
        foreach (var input in new[] { "title", "task", "whatGoodLooksLike", "rescueTip", "steps" })
        {
            // Kept as typed, trimmed: a box holding only spaces comes back empty, with the reason it is refused.
            Assert.Equal(form[input]!.GetValue<string>().Trim(), Value(card, input));
        }

        Assert.Equal(0, await host.QueryAsync(db => db.Challenges.CountAsync(c => !c.FromLibrary)));
    }

    [SkippableFact]
    public async Task Preview_ShowsExactlyTheParticipantsCardPlusOwnerButtons()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var (_, preview) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid(), TestPeople.Owner);
        var saved = await host.QueryAsync(db => db.Challenges.SingleAsync(c => !c.FromLibrary));
        var program = await host.ProgramAsync();
        var participantCard = JsonNode.Parse(ChallengeCard.Build(ChallengeCardContent.From(saved, program, null)).ToJson())!;
        var previewCard = JsonNode.Parse(preview.GetRawText())!;

        var participantBody = participantCard["body"]!.AsArray();
        var previewBody = previewCard["body"]!.AsArray();
        Assert.Equal(participantBody.Count + 1, previewBody.Count);
        for (var i = 0; i < participantBody.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(participantBody[i], previewBody[i]), $"body element {i} differs");
        }

        Assert.True(JsonNode.DeepEquals(participantCard["actions"]![0], previewCard["actions"]![0]));
        var ownerButtons = previewCard["actions"]!.AsArray().Skip(1).Select(a => a!["title"]!.GetValue<string>());
        Assert.Equal(["Edit", "Schedule next", "Post now"], ownerButtons);
        Assert.Contains(program.BusinessOutcome, CardReader.TextOf(preview), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ListShowAndUnknownId_AnswerWithTableThePreviewAndAHint()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Draft the Monday status report");

        var list = Assert.Single(await host.SayAsync("challenge list", TestPeople.Owner));
        var show = Assert.Single(await host.SayAsync($"challenge show {draft.Slug}", TestPeople.Owner));
        var library = Assert.Single(await host.SayAsync("challenge show weekly-lead-list-cleanup", TestPeople.Owner));
        var unknown = Assert.Single(await host.SayAsync("challenge show 99999", TestPeople.Owner));

        Assert.Contains("Drafts (1)", list.CardText, StringComparison.Ordinal);
        Assert.Contains("Library (ready-made, not scheduled) (18)", list.CardText, StringComparison.Ordinal);
        Assert.Contains("Draft the Monday status report", list.CardText, StringComparison.Ordinal);
        Assert.Contains(ChallengePreviewCard.PanelTitle, show.CardText, StringComparison.Ordinal);
        Assert.Contains("Edit a copy", library.CardText, StringComparison.Ordinal);
        Assert.Contains("There's no challenge `99999`", unknown.Text, StringComparison.Ordinal);
        Assert.Contains("challenge list", unknown.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ChallengeListAndShow_LibraryChallenge_NameRolesNotSlugs()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var list = Assert.Single(await host.SayAsync("challenge list", TestPeople.Owner));

        var show = Assert.Single(await host.SayAsync("challenge show weekly-lead-list-cleanup", TestPeople.Owner));

        Assert.Contains("for Demand generation", list.CardText, StringComparison.Ordinal);
        Assert.Contains("Demand generation", show.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly-lead-list-cleanup", show.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("demand-generation", list.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("people-manager", list.CardText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Save_DreadLinkToAnAnswerOutsideTheProgram_SavesWithoutTheLink()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var elsewhere = await host.QueryAsync(async db =>
        {
            var megan = await db.Participants.SingleAsync(p => p.ObjectId == TestPeople.Megan.ObjectId);
            var item = new DreadItem { ParticipantId = megan.Id, ProgramId = null, Text = "Chasing expense receipts", MinutesPerOccurrence = 30, TimesPerWeek = 1 };
            db.DreadItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

        await host.InvokeAsync("challenge.save", ChallengeForms.Valid().With("dreadItemId", elsewhere.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestPeople.Owner);

        var saved = Assert.Single(await host.QueryAsync(db => db.Challenges.Where(c => !c.FromLibrary).ToListAsync()));
        Assert.Null(saved.SourceDreadItemId);
    }

    [SkippableTheory]
    [InlineData("challenge new")]
    [InlineData("challenge list")]
    [InlineData("challenge schedule 1 next")]
    [InlineData("challenge post 1")]
    public async Task OwnerCommands_FromParticipant_AreRefusedAndChangeNothing(string command)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var reply = Assert.Single(await host.SayAsync(command, TestPeople.Megan));
        var (type, value) = await host.InvokeAsync("challenge.save", ChallengeForms.Valid(), TestPeople.Megan);

        Assert.Contains("is for program owners", reply.Text, StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Contains("is for program owners", value.GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Challenges.CountAsync(c => !c.FromLibrary || c.Status != ChallengeStatus.Draft)));
    }

    private static string? Value(JsonElement card, string inputId) => Find(card, inputId);

    private static string? Find(JsonElement element, string inputId)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var id) && id.GetString() == inputId)
            {
                return element.TryGetProperty("value", out var value) ? value.ToString() : null;
            }

            return element.EnumerateObject().Select(p => Find(p.Value, inputId)).FirstOrDefault(v => v is not null);
        }

        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => Find(e, inputId)).FirstOrDefault(v => v is not null) : null;
    }
}
