using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChampionBot.Testing.Cards;

/// <summary>
/// The official Adaptive Card 1.5 schema (draft-06) from <c>tests/schemas</c>, whole and per definition.
/// </summary>
/// <remarks>
/// The official schema forbids unknown properties on the card, and Teams' <c>msteams</c> extension is not in it.
/// So the schema is loaded with one addition: the root card may carry <c>msteams: {"width": "Full"}</c> and
/// nothing else there. Everything else is the file exactly as published.
/// </remarks>
internal sealed class AdaptiveCardSchema
{
    private static readonly Lazy<AdaptiveCardSchema> Shared = new(() => new AdaptiveCardSchema(CardSchemaValidator.SchemaPath));

    private readonly JsonObject definitions;
    private readonly ConcurrentDictionary<string, JsonSchema> byDefinition = new(StringComparer.Ordinal);

    private AdaptiveCardSchema(string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        definitions = document["definitions"]!.AsObject();
        AddTeamsExtension(definitions);
        Whole = Build(document);
    }

    public static AdaptiveCardSchema Instance => Shared.Value;

    public JsonSchema Whole { get; }

    public bool HasDefinition(string name) => definitions.ContainsKey(name);

    /// <summary>A schema that checks one object against one definition, e.g. <c>TextBlock</c>.</summary>
    public JsonSchema ForDefinition(string name) => byDefinition.GetOrAdd(name, n => Build(new JsonObject
    {
        ["$schema"] = "http://json-schema.org/draft-06/schema#",
        ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/{n}" }),
        ["definitions"] = definitions.DeepClone(),
    }));

    private static void AddTeamsExtension(JsonObject definitions)
    {
        var cardProperties = definitions["AdaptiveCard"]!["properties"]!.AsObject();
        cardProperties["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") } },
            ["additionalProperties"] = false,
        };
    }

    // Each schema gets a registry of its own so two builds never collide on a registered id.
    private static JsonSchema Build(JsonObject document) =>
        JsonSchema.FromText(
            document.ToJsonString(),
            new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() });
}
