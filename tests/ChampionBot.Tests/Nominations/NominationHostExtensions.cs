using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Cards;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Nominations;

/// <summary>What nomination tests share: people who talked to the bot, the pilot channel known, and the outbox read back.</summary>
internal static class NominationHostExtensions
{
    public static readonly TestPerson Adele = new("Adele Vance", "a1000000-0000-4000-8000-000000000003", "29:1adele");

    /// <summary>Someone the directory (the Graph stand-in) does not know: Graph answers 404 for their manager.</summary>
    public static readonly TestPerson Dana = new("Dana Newhire", "c1000000-0000-4000-8000-0000000000d1", "29:1dana");

    /// <summary>Megan, Alex (her manager and the owner), Adele and Dana have 1:1 chats, the pilot channel is known, everyone is enrolled.</summary>
    public static async Task PrepareAsync(this AppHost host)
    {
        foreach (var person in new[] { TestPeople.Megan, TestPeople.Owner, Adele, Dana })
        {
            await host.SayAsync("help", person);
        }

        await host.SendAsync(TestActivities.ChannelMention("help", TestPeople.Owner));
        await host.QueryAsync(db =>
        {
            var now = host.Clock.GetUtcNow();
            db.Participants.Add(new Participant { ObjectId = Dana.ObjectId, DisplayName = Dana.Name, TeamsUserId = Dana.TeamsUserId, CreatedAt = now, UpdatedAt = now });
            return db.SaveChangesAsync();
        });
        await host.EnrolEveryoneAsync();
        host.Connector.Clear();
    }

    public static Task<Nomination> NominationOfAsync(this AppHost host, TestPerson person) =>
        host.QueryAsync(db => db.Nominations.AsNoTracking().OrderByDescending(n => n.Id).FirstAsync(n => n.Participant!.ObjectId == person.ObjectId));

    /// <summary>The activity the outbox holds under <paramref name="key"/>, and who it goes to.</summary>
    public static Task<(JsonElement Activity, IReadOnlyList<MessageDelivery> Deliveries)> QueuedAsync(this AppHost host, string key) => host.QueryAsync(async db =>
    {
        var message = await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.OutboundMessageId == message.Id).ToListAsync();
        return (JsonDocument.Parse(message.ActivityJson).RootElement.Clone(), (IReadOnlyList<MessageDelivery>)deliveries);
    });

    public static Task<bool> IsQueuedAsync(this AppHost host, string key) =>
        host.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.IdempotencyKey == key));

    public static JsonElement Card(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>Presses the button with <paramref name="verb"/> on a queued card as <paramref name="person"/>, with typed inputs.</summary>
    public static Task<InvokeAnswer> PressAsync(
        this AppHost host, JsonElement card, string verb, TestPerson person, string? reason = null, string? until = null)
    {
        var data = JsonNode.Parse(CardReader.ExecuteData(card, verb))!.AsObject();
        if (reason is not null)
        {
            data[NominationCardData.ReasonId] = reason;
        }

        if (until is not null)
        {
            data[NominationCardData.UntilId] = until;
        }

        return host.InvokeAsync(verb, data, person);
    }

    /// <summary>Megan nominated by the owner and her "yes" given: returns the manager card Alex got.</summary>
    public static async Task<JsonElement> MeganAwaitingAlexAsync(this AppHost host)
    {
        await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (consent, _) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");
        await host.PressAsync(Card(consent), ConsentCard.YesVerb, TestPeople.Megan);
        nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (managerCard, _) = await host.QueuedAsync($"nomination:{nomination.Id}:manager:{nomination.Version}");
        return Card(managerCard);
    }
}
