using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Support;

/// <summary>What people do in Teams: messages and card actions through the real /api/messages pipeline.</summary>
public sealed partial class AppHost
{
    /// <summary>
    /// How long a test waits for the bot to go idle before it fails instead of hanging: a bound on a broken turn, not a
    /// measure of speed. A fresh host's first turn compiles the whole pipeline, which on a loaded machine took over 30 s.
    /// </summary>
    private static readonly TimeSpan TurnsGiveUp = TimeSpan.FromMinutes(2);

    /// <summary>The 1:1 chat of a person with the bot, one per person.</summary>
    public static string PersonalConversation(TestPerson person) => "a:1personal-" + person.ObjectId;

    /// <summary>Posts an activity as Teams would and returns the raw HTTP answer (for endpoint tests).</summary>
    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? bearerToken = null) =>
        PostRawAsync(activity.ToJsonString(), bearerToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        var response = await client.SendAsync(request);

        // An invoke ran inline; its conversation reference is written behind, and tests read references from the database.
        await Services.GetRequiredService<ConversationReferenceStore>().FlushAsync(CancellationToken.None);
        return response;
    }

    /// <summary>
    /// Posts an activity, waits until the bot has handled everything queued and returns the Bot Connector calls it
    /// made meanwhile (its answers).
    /// </summary>
    public async Task<IReadOnlyList<ConnectorCall>> SendAsync(JsonObject activity)
    {
        var before = Connector.Calls.Count;
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        await Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WaitAsync(TurnsGiveUp);

        // References are written behind; proactive sends (and tests) read them from the database.
        await Services.GetRequiredService<ConversationReferenceStore>().FlushAsync(CancellationToken.None);
        return [.. Connector.Calls.Skip(before)];
    }

    /// <summary>A person types <paramref name="text"/> in their own 1:1 chat with the bot; returns the bot's answers.</summary>
    public Task<IReadOnlyList<ConnectorCall>> SayAsync(string text, TestPerson person) =>
        SendAsync(TestActivities.PersonalMessage(text, person).InConversation(PersonalConversation(person)));

    /// <summary>A person @mentions the bot with <paramref name="command"/> in the demo team's channel.</summary>
    public Task<IReadOnlyList<ConnectorCall>> SayInChannelAsync(string command, TestPerson person) =>
        SendAsync(TestActivities.ChannelMention(command, person));

    /// <summary>A person presses a card's Action.Execute button (<paramref name="verb"/>) in their own 1:1 chat.</summary>
    public Task<InvokeAnswer> InvokeAsync(string verb, JsonObject data, TestPerson person) =>
        InvokeAsync(TestActivities.CardAction(verb, data, person).InConversation(PersonalConversation(person)));

    /// <summary>Posts an invoke activity (e.g. a crafted or channel one) and returns the invoke response.</summary>
    public async Task<InvokeAnswer> InvokeAsync(JsonObject activity)
    {
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        await Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WaitAsync(TurnsGiveUp);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return new InvokeAnswer(body.GetProperty("type").GetString()!, body.GetProperty("value"));
    }

    /// <summary>The channel threads the bot opened (create-conversation calls with isGroup).</summary>
    public IReadOnlyList<ConnectorCall> ChannelThreads() =>
        [.. Connector.Calls.Where(c => c.Method == HttpMethod.Post && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && c.Body is { } body && body.TryGetProperty("isGroup", out var group) && group.ValueKind == JsonValueKind.True)];
}

/// <summary>The answer to a card action: a card (<see cref="CardText"/>, <see cref="CardJson"/>) or a message.</summary>
public sealed record InvokeAnswer(string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Everything the answered card says, one string per line; empty when the answer is not a card.</summary>
    public string CardText => Type == CardType ? CardReader.TextOf(Value) : string.Empty;

    /// <summary>The answered card's JSON text (fails the test when the answer is not a card).</summary>
    public string CardJson => Type == CardType ? Value.GetRawText() : throw new InvalidOperationException($"Expected a card, got {Type}: {Value}");

    /// <summary>The answered message's text; empty when the answer is a card.</summary>
    public string MessageText => Value.ValueKind == JsonValueKind.String ? Value.GetString()! : string.Empty;
}
