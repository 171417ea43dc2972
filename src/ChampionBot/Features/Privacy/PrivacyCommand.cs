using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Graph;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Privacy;

/// <summary><c>privacy</c>: what the bot reads, what it can do about a person and what it keeps, from the code's own registries.</summary>
public sealed class PrivacyCommand(IOptions<GraphOptions> graph) : IBotCommand
{
    public string Name => "privacy";

    public IReadOnlyList<string> Aliases => ["what do you read", "data sources"];

    public string Usage => "privacy";

    public string Description => "What I read from Microsoft Graph, what I can do about you, and what I keep and for how long.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public Task HandleAsync(CommandContext context) =>
        context.Turn.SendAsync(MessageFactory.Card(PrivacyCard.Build(graph.Value).ToJsonElement(), PrivacyCard.Title));
}
