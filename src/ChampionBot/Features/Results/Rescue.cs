using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>Catches the first failure: sends the rescue card right after a "didn't work" result.</summary>
public sealed partial class Rescue(ChampionDbContext db, ILogger<Rescue> logger)
{
    /// <summary>An approved, active champion of the challenge's program other than the person themselves.</summary>
    public Task<string?> ChampionToAskAsync(int participantId, Challenge challenge, CancellationToken cancellationToken) =>
        db.Champions.AsNoTracking()
            .Where(c => c.ProgramId == challenge.ProgramId && c.RetiredAt == null && c.ParticipantId != participantId)
            .OrderBy(c => c.ApprovedAt)
            .Select(c => c.Participant!.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task SendAsync(TurnContext turn, int participantId, Challenge challenge)
    {
        var champion = await ChampionToAskAsync(participantId, challenge, turn.CancellationToken);
        var card = RescueCard.Build(challenge, champion);
        try
        {
            await turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), $"A tip for {challenge.Title}"));
        }
        catch (Exception ex) when (ex is HttpRequestException or BotFramework.Connector.ConnectorException)
        {
            // The result is stored either way; the person still sees the submitted card.
            LogRescueNotSent(logger, ex, challenge.Id);
        }
    }

    [LoggerMessage(EventId = 5113, Level = LogLevel.Warning, Message = "The rescue card for challenge {ChallengeId} could not be sent")]
    private static partial void LogRescueNotSent(ILogger logger, Exception exception, int challengeId);
}
