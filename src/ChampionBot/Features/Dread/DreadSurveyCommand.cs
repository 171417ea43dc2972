using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// <c>dread survey</c>: sends the dread question 1:1 to every enrolled participant who has not opted out, through the
/// outbox (rate-limited, quiet hours, a progress card in the owner's 1:1 chat). Everyone gets the same invitation; its
/// button opens the card made for the person who presses it (<see cref="DreadQuestion"/>).
/// </summary>
public sealed partial class DreadSurveyCommand(
    OwnedPrograms programs,
    ChampionDbContext db,
    IOutbox outbox,
    TimeProvider time,
    ILogger<DreadSurveyCommand> logger) : IBotCommand
{
    public string Name => "dread survey";

    public string Usage => "dread survey";

    public string Description => "Send the dread survey to everyone enrolled (1:1, with a progress card); I ask first before anyone gets it twice.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        var activity = context.Turn.Activity;
        var cancellationToken = context.CancellationToken;
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        if (DreadSurveyResend.Read(context.Arguments) is not { } audience)
        {
            await context.ReplyAsync(DreadSurveyResend.UnknownAudienceReply);
            return;
        }

        var people = await db.Participants.AsNoTracking()
            .Where(p => p.ProgramId == program.Id && p.EnrolledAt != null && p.OptedOutAt == null)
            .ToListAsync(cancellationToken);
        var optedOut = await db.Participants.CountAsync(p => p.ProgramId == program.Id && p.EnrolledAt != null && p.OptedOutAt != null, cancellationToken);
        if (people.Count == 0)
        {
            await context.ReplyAsync($"Nobody in **{program.Name}** can get the survey yet: no one is enrolled (or everyone opted out). " +
                "Type **enroll** to add the pilot team's members first.");
            return;
        }

        var answered = await AnsweredAsync(program.Id, people, cancellationToken);
        if (answered.Count > 0 && audience == DreadSurveyAudience.NotSaid)
        {
            var warning = DreadSurveyResend.Card(answered.Count, people.Count);
            await context.Turn.SendAsync(MessageFactory.Card(warning.ToJsonElement(), DreadSurveyResend.Title));
            return;
        }

        if (audience == DreadSurveyAudience.NotYetAnswered)
        {
            people = [.. people.Where(p => !answered.Contains(p.Id))];
            if (people.Count == 0)
            {
                await context.ReplyAsync("Everyone enrolled has already answered, so I haven't sent anything. Type **dread top** to see the ranking.");
                return;
            }
        }

        var recipients = await SurveyRecipients.BuildAsync(db, program, people, activity, cancellationToken);
        var card = DreadCard.Invitation();
        var messageId = await outbox.EnqueueAsync(
            new OutboundRequest
            {
                Kind = OutboundMessageKind.Survey,
                RequestedBy = activity.From?.AadObjectId ?? "unknown",
                Activity = MessageFactory.Card(card.ToJsonElement(), DreadCard.Title),
                Recipients = recipients.Reachable,
                ProgressConversation = await ProgressConversationAsync(context),
                ProgramId = program.Id,
                DefaultTimeZone = program.TimeZoneId,
            },
            cancellationToken);

        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorObjectId = activity.From?.AadObjectId ?? "unknown",
            Action = "dread.survey.sent",
            Subject = $"message:{messageId}",
            ProgramId = program.Id,
            Details = $$"""{"recipients":{{recipients.Reachable.Count}},"unreachable":{{recipients.Unreachable}},"optedOut":{{optedOut}}}""",
        });
        await db.SaveChangesAsync(cancellationToken);
        LogSurveyQueued(logger, program.Id, recipients.Reachable.Count, messageId);
        await context.ReplyAsync(Reply(recipients.Reachable.Count, recipients.Unreachable, optedOut));
    }

    private static string Reply(int sending, int unreachable, int optedOut)
    {
        var reply = $"Sending the dread survey to {sending} {(sending == 1 ? "person" : "people")}… " +
            "I'll keep a progress card up to date in our 1:1 chat. Type **dread top** once answers come in.";
        if (optedOut > 0)
        {
            reply += $" {optedOut} opted out, so they won't get it.";
        }

        if (unreachable > 0)
        {
            reply += $" {unreachable} I can't reach yet (Teams hasn't told me their user id): run **enroll** again to refresh the roster.";
        }

        return reply;
    }

    /// <summary>Which of <paramref name="people"/> already answered the survey in this program.</summary>
    private async Task<HashSet<int>> AnsweredAsync(int programId, IReadOnlyList<Participant> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id).ToList();
        var answered = await db.DreadItems.AsNoTracking()
            .Where(d => d.ProgramId == programId && ids.Contains(d.ParticipantId))
            .Select(d => d.ParticipantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. answered];
    }

    /// <summary>The owner's 1:1 chat: this conversation when the command came 1:1, else the stored one (if any).</summary>
    private async Task<ProgressConversation?> ProgressConversationAsync(CommandContext context)
    {
        var activity = context.Turn.Activity;
        if (activity.IsPersonal() && activity.ServiceUrl is { } serviceUrl && activity.Conversation?.Id is { } conversationId)
        {
            return new ProgressConversation(serviceUrl, conversationId);
        }

        var objectId = activity.From?.AadObjectId;
        var personal = objectId is null ? null : await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == objectId && r.ConversationType == ConversationReferenceStore.PersonalConversation)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(context.CancellationToken);
        return personal is null ? null : new ProgressConversation(personal.ServiceUrl, personal.ConversationId);
    }

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Queued the dread survey for program {ProgramId} to {Recipients} people as message {MessageId}")]
    private static partial void LogSurveyQueued(ILogger logger, int programId, int recipients, Guid messageId);
}
