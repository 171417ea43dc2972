using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Commands;

/// <summary>Checks who is using a card action against the audience its feature declared, and words the refusal.</summary>
public sealed partial class CardActionGate(ProgramOwners owners, IEnumerable<ICardAudience> cardAudiences, ILogger<CardActionGate> logger)
{
    /// <summary>The answer for someone outside <paramref name="audience"/>, or null when they may go on.</summary>
    public async Task<AdaptiveCardInvokeResponse?> RefusalAsync(TurnContext turn, AdaptiveCardInvokeAction action, CommandAudience audience)
    {
        var allowed = audience switch
        {
            CommandAudience.Everyone => true,
            CommandAudience.ProgramOwners => await owners.IsOwnerAsync(turn.Activity, turn.CancellationToken),
            _ => cardAudiences.FirstOrDefault(a => a.Audience == audience) is { } check && await check.AllowsAsync(turn, action),
        };
        if (allowed)
        {
            return null;
        }

        LogRefused(logger, action.Verb ?? string.Empty);
        return InvokeResponses.Message(CommandRefusals.NotInAudience("that button", audience));
    }

    // Who asked is left out: object ids stay out of Information logs.
    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Refused card action {Verb} for someone outside its audience")]
    private static partial void LogRefused(ILogger logger, string verb);
}
