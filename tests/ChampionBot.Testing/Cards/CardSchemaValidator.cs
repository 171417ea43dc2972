using System.Text.Json;
using Json.Schema;

namespace ChampionBot.Testing.Cards;

/// <summary>Validates card JSON against the official Adaptive Card 1.5 schema (see <see cref="AdaptiveCardSchema"/>).</summary>
public static class CardSchemaValidator
{
    public static string SchemaPath => RepositoryPaths.Schema("adaptive-card-1.5.json");

    /// <summary>Returns readable problems (<c>/body/0/wieght: not allowed on TextBlock</c> …); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string cardJson)
    {
        using var document = JsonDocument.Parse(cardJson);
        var schema = AdaptiveCardSchema.Instance;
        var results = schema.Whole.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : SchemaProblemFinder.Explain(schema, document.RootElement, results);
    }
}
