using System.Text.Json;
using System.Text.Json.Nodes;
using ChampionBot.Testing;
using Json.Schema;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>The azd project schema from tests/schemas, built for offline use.</summary>
public static class AzureYamlSchema
{
    private static readonly Lazy<JsonSchema> LazySchema = new(Build);

    public static EvaluationResults Evaluate(JsonNode? document) =>
        LazySchema.Value.Evaluate(
            JsonSerializer.SerializeToElement(document),
            new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static JsonSchema Build()
    {
        var text = File.ReadAllText(RepositoryPaths.Schema("azure.yaml-1.0.json"));
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };

        // Only the AI-agent hosts point at schemas on the internet. This project uses none of those hosts, so each
        // remote reference is answered with an empty schema instead of a download.
        foreach (var remote in RemoteReferences(text))
        {
            options.SchemaRegistry.Register(remote, JsonSchema.FromText($$"""{ "$id": "{{remote}}" }""", options));
        }

        return JsonSchema.FromText(text, options);
    }

    public static IReadOnlyList<Uri> RemoteReferences(string schemaText) =>
        System.Text.RegularExpressions.Regex.Matches(schemaText, "\"\\$ref\":\\s*\"(https?://[^\"#]+)")
            .Select(match => new Uri(match.Groups[1].Value))
            .Distinct()
            .ToList();
}
