using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary><c>result</c>: the result card for the sender's current challenge.</summary>
public sealed class ResultCommand(ParticipantDirectory directory, CurrentChallenges challenges, ChampionDbContext db) : IBotCommand
{
    public string Name => "result";

    public string Usage => "result";

    public string Description => "Report how this week's challenge went (or change what you reported).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        var turn = context.Turn;
        if (await directory.SenderOrExplainAsync(context) is not { } participant)
        {
            return;
        }

        if (await challenges.ForAsync(participant, context.CancellationToken) is not { } challenge)
        {
            await context.ReplyAsync("There's no challenge to report on yet. When the next one is posted I'll send it to you, and **result** will open its card.");
            return;
        }

        var stored = await db.Results.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ParticipantId == participant.Id && r.ChallengeId == challenge.Id, context.CancellationToken);
        var card = ResultCard.For(challenge, stored);
        await turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), $"Report your result for {challenge.Title}"));
    }
}
