using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.Data;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Dread;

/// <summary>Universal Action invokes as Teams sends them, and a look into the app's database.</summary>
public static class CardActions
{
    public static JsonObject Invoke(string verb, JsonObject data, TestPerson from)
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action").From(from);
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        return activity;
    }

    /// <summary>Posts the invoke and returns the invoke response body (its "type" and "value").</summary>
    public static async Task<JsonElement> InvokeAsync(this ChampionBotApp app, string verb, JsonObject data, TestPerson from)
    {
        using var response = await app.PostActivityAsync(Invoke(verb, data, from));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Everything a card in an invoke answer says, one string per line.</summary>
    public static string CardText(this JsonElement invokeBody) =>
        invokeBody.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive"
            ? string.Join('\n', Strings(invokeBody.GetProperty("value")))
            : string.Empty;

    public static string MessageText(this JsonElement invokeBody) =>
        invokeBody.GetProperty("value").ValueKind == JsonValueKind.String ? invokeBody.GetProperty("value").GetString()! : string.Empty;

    public static async Task<T> QueryAsync<T>(this ChampionBotApp app, Func<ChampionDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChampionDbContext>());
    }

    public static async Task WriteAsync(this ChampionBotApp app, Func<ChampionDbContext, Task> write)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value" or "label")
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var inner in Strings(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(Strings))
            {
                yield return inner;
            }
        }
    }
}
