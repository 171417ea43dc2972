using System.Text.Json.Nodes;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>infra/main.bicep compiled to an ARM template once, with every resource of every module flattened out.</summary>
public sealed class CompiledTemplateFixture : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = null!;

    public string Text { get; private set; } = string.Empty;

    public IReadOnlyList<JsonObject> Resources { get; private set; } = [];

    public JsonObject Resource(string type) =>
        Resources.Single(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase));

    public async Task InitializeAsync()
    {
        var outcome = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed: {outcome}");
        }

        Text = outcome.StandardOutput;
        Template = JsonNode.Parse(Text)!.AsObject();
        Resources = Flatten(Template).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // Templates list resources as an array, or as an object keyed by symbolic name (languageVersion 2.0);
    // modules nest a whole template under properties.template.
    private static IEnumerable<JsonObject> Flatten(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject byName => byName.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
