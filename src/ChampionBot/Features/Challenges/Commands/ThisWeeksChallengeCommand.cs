using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge</c>: this week's challenge for the sender (their role's, else the general one), or when the next one comes.</summary>
public sealed class ThisWeeksChallengeCommand(
    ParticipantDirectory participants, ThisWeeksChallenge thisWeeks, ChallengeDirectory directory, EarlyAsking earlyAsking, TimeProvider time) : IBotCommand
{
    public string Name => "challenge";

    public string Usage => "challenge";

    public string Description => "This week's challenge for you.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public async Task HandleAsync(CommandContext context)
    {
        if (context.Arguments.Length > 0)
        {
            await context.ReplyAsync(context.SenderIsOwner
                ? "I don't know that one. Try **challenge**, **challenge new**, **challenge list**, **challenge show ID**, **challenge schedule ID next** or **challenge post ID** (ID is the number from **challenge list**)."
                : "Type just **challenge** to see this week's challenge.");
            return;
        }

        var me = await participants.RecordSenderAsync(context.Turn.Activity, context.CancellationToken);
        var program = me is null ? null : await participants.GetProgramAsync(me, context.CancellationToken);
        if (me is null || program is null)
        {
            await context.ReplyAsync("You're not part of an AI challenge program yet. When your team joins one, your weekly challenge shows up here.");
            return;
        }

        var mine = await thisWeeks.ForAsync(me.Role, program.Id, context.CancellationToken);
        if (mine is null)
        {
            await context.ReplyAsync(NoChallengeYet(program, me.Role));
            return;
        }

        await earlyAsking.RecordAsync(me.Id, mine, context.CancellationToken);
        var content = await directory.CardContentAsync(mine, program, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(ChallengeCard.Build(content).ToJsonElement(), $"{ChallengeCard.Kicker}: {mine.Title}"));
    }

    private string NoChallengeYet(ChampionProgram program, string? role)
    {
        var none = string.IsNullOrWhiteSpace(role) ? "No challenge has been posted yet." : "No challenge for your role has been posted yet.";
        return CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var cadence) && cadence!.NextAfter(time.GetUtcNow()) is { } next
            ? $"{none} The next one comes on **{ChallengeCalendar.Describe(next, cadence.Zone)}**, here and in the team channel."
            : $"{none} Your program owner will post the first one soon.";
    }
}
