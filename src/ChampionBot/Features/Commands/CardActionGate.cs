using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Commands;

/// <summary>Checks who is using a card action against the audience its feature declared, and words the refusal.</summary>
public sealed partial class CardActionGate(PersonAudiences people, IEnumerable<ICardAudience> cardAudiences, ILogger<CardActionGate> logger)
{
    /// <summary>The answer for someone outside <paramref name="audience"/>, or null when they may go on.</summary>
    public async Task<AdaptiveCardInvokeResponse?> RefusalAsync(TurnContext turn, AdaptiveCardInvokeAction action, CommandAudience audience)
    {
        var check = cardAudiences.FirstOrDefault(a => a.Audience == audience);
        var verdict = await people.IncludesAsync(audience, turn.Activity, turn.CancellationToken) switch
        {
            true => CardAudienceVerdict.Allowed,
            false => CardAudienceVerdict.NotInAudience,
            null => check is null ? CardAudienceVerdict.NotInAudience : await check.CheckAsync(turn, action),
        };
        if (verdict == CardAudienceVerdict.Allowed)
        {
            return null;
        }

        LogRefused(logger, action.Verb ?? string.Empty, verdict);
        return InvokeResponses.Message(verdict switch
        {
            CardAudienceVerdict.Unreadable => CommandRefusals.UnreadableCard,
            CardAudienceVerdict.Gone when check is not null => check.GoneText,
            _ => CommandRefusals.NotInAudience("that button", audience),
        });
    }

    // Who asked is left out: object ids stay out of Information logs.
    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Refused card action {Verb}: {Verdict}")]
    private static partial void LogRefused(ILogger logger, string verb, CardAudienceVerdict verdict);
}
