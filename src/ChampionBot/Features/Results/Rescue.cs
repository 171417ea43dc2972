using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>Catches the first failure: sends the rescue card right after a "didn't work" result.</summary>
public sealed partial class Rescue(ChampionDbContext db, ProgramOwners owners, ILogger<Rescue> logger)
{
    /// <summary>
    /// The program's featured champion (<see cref="FeaturedChampion"/>) other than the person themselves, when the
    /// challenge's program is the person's own: the card never names people of a program the asker is not in.
    /// </summary>
    public async Task<string?> ChampionToAskAsync(int participantId, Challenge challenge, CancellationToken cancellationToken) =>
        challenge.ProgramId is { } programId && await db.Participants.AnyAsync(p => p.Id == participantId && p.ProgramId == programId, cancellationToken)
            ? await FeaturedChampion.NameAsync(db, programId, except: participantId, cancellationToken)
            : null;

    /// <summary>
    /// The program's owners the bot knows by name (at most two, never the person themselves), for when there is no
    /// champion to ask: a name gets asked, "your program owner" does not. Only for a person in that program.
    /// </summary>
    public async Task<IReadOnlyList<string>> OwnersToAskAsync(int participantId, Challenge challenge, CancellationToken cancellationToken)
    {
        if (challenge.ProgramId is not { } programId
            || !await db.Participants.AnyAsync(p => p.Id == participantId && p.ProgramId == programId, cancellationToken)
            || await owners.OwnerObjectIdsAsync(programId, cancellationToken) is not { Count: > 0 } ids)
        {
            return [];
        }

        var people = await db.Participants.AsNoTracking()
            .Where(p => ids.Contains(p.ObjectId) && p.Id != participantId)
            .Select(p => new { p.ObjectId, p.DisplayName })
            .ToListAsync(cancellationToken);
        var stored = await db.ProgramOwners.AsNoTracking()
            .Where(o => o.ProgramId == programId && o.DisplayName != null)
            .Select(o => new { o.ObjectId, o.DisplayName })
            .ToListAsync(cancellationToken);
        var asker = await db.Participants.Where(p => p.Id == participantId).Select(p => p.ObjectId).FirstOrDefaultAsync(cancellationToken);
        return [.. ids
            .Where(id => !string.Equals(id, asker, StringComparison.OrdinalIgnoreCase))
            .Select(id => people.FirstOrDefault(p => string.Equals(p.ObjectId, id, StringComparison.OrdinalIgnoreCase))?.DisplayName
                ?? stored.FirstOrDefault(o => string.Equals(o.ObjectId, id, StringComparison.OrdinalIgnoreCase))?.DisplayName)
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name!)
            .Distinct(StringComparer.Ordinal)
            .Take(2)];
    }

    public async Task SendAsync(TurnContext turn, int participantId, Challenge challenge)
    {
        var champion = await ChampionToAskAsync(participantId, challenge, turn.CancellationToken);
        var ownersToAsk = champion is null ? await OwnersToAskAsync(participantId, challenge, turn.CancellationToken) : [];
        var card = RescueCard.Build(challenge, champion, ownersToAsk);
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
