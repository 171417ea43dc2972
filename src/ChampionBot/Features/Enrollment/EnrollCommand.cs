using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Enrollment;

/// <summary>
/// <c>enroll</c>: makes the pilot team's members participants of the owner's program. People who opted out stay out,
/// and people who asked to be forgotten are not even stored (the do-not-contact list); the whole roster is read before anything is written, and everything is written in one save.
/// The newly enrolled are scored at once (in the background, like after a result): evidence they already have, such as
/// results and Copilot usage, counts toward a nomination today rather than at the next daily scoring.
/// </summary>
public sealed partial class EnrollCommand(
    OwnedPrograms programs,
    PilotRoster roster,
    ChampionDbContext db,
    ChampionRescores rescores,
    TimeProvider time,
    ILogger<EnrollCommand> logger) : IBotCommand
{
    public string Name => "enroll";

    public string Usage => "enroll";

    public string Description => "Enrol the pilot team's members in your program (from the Teams roster).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        var cancellationToken = context.CancellationToken;
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var teamName = program.PilotTeamName ?? "the pilot team";
        if (program.PilotTeamId is not { } teamId)
        {
            await context.ReplyAsync($"**{program.Name}** has no pilot team yet. Type **program** and choose one, then **enroll** again.");
            return;
        }

        if (await roster.FindTeamReferenceAsync(program, cancellationToken) is not { } reference)
        {
            await context.ReplyAsync($"I haven't been added to **{teamName}** yet, so I can't see who is in it. Add ChampionBot to the team " +
                "(in Teams: the team's **…** menu → **Manage team** → **Apps**), then type **enroll** again. Nothing changed.");
            return;
        }

        IReadOnlyList<TeamsChannelAccount> members;
        try
        {
            members = await PilotRoster.ReadAsync(context.Turn.Connector, reference.ServiceUrl, teamId, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogRosterFailed(logger, program.Id, (int)ex.StatusCode);
            await context.ReplyAsync(ex.IsFinal
                ? $"Teams wouldn't show me the members of **{teamName}** — I may have been removed from it. Add me to the team again, then **enroll**. Nothing changed."
                : $"Teams didn't answer when I asked for the members of **{teamName}**. Please try **enroll** again in a minute. Nothing changed.");
            return;
        }

        var counts = await EnrollAsync(program, members, context.Turn.Activity, cancellationToken);
        LogEnrolled(logger, program.Id, counts.Added, counts.Already, counts.OptedOut, counts.Forgotten);
        await context.ReplyAsync(counts.Reply(teamName));
    }

    private async Task<EnrollmentCounts> EnrollAsync(ChampionProgram program, IReadOnlyList<TeamsChannelAccount> members, Activity request, CancellationToken cancellationToken)
    {
        var people = members.Where(m => !string.IsNullOrEmpty(m.AadObjectId)).DistinctBy(m => m.AadObjectId, StringComparer.Ordinal).ToList();
        var ids = people.Select(m => m.AadObjectId!).ToList();
        var known = await db.Participants.Where(p => ids.Contains(p.ObjectId)).ToDictionaryAsync(p => p.ObjectId, StringComparer.Ordinal, cancellationToken);
        var doNotContact = await db.DoNotContactList.ListedAmongAsync(ids, cancellationToken);
        var now = time.GetUtcNow();
        var counts = new EnrollmentCounts();
        var added = new List<Participant>();
        foreach (var member in people)
        {
            if (doNotContact.Contains(member.AadObjectId!))
            {
                // They asked to be forgotten: no row, no name from the roster, until they write optin themselves.
                counts.Forgotten++;
                continue;
            }

            if (!known.TryGetValue(member.AadObjectId!, out var participant))
            {
                participant = new Participant { ObjectId = member.AadObjectId!, DisplayName = member.Name ?? "Colleague", CreatedAt = now };
                db.Participants.Add(participant);
            }

            Refresh(participant, member, program, request.GetTenantId());
            participant.UpdatedAt = now;
            if (participant.OptedOutAt is not null)
            {
                counts.OptedOut++;
            }
            else if (participant.ProgramId == program.Id && participant.EnrolledAt is not null)
            {
                counts.Already++;
            }
            else
            {
                participant.ProgramId = program.Id;
                participant.EnrolledAt = now;
                added.Add(participant);
                counts.Added++;
            }
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            ActorObjectId = request.From?.AadObjectId ?? "unknown",
            Action = "program.enrolled",
            Subject = $"program:{program.Id}",
            ProgramId = program.Id,
            Details = new JsonObject { ["added"] = counts.Added, ["already"] = counts.Already, ["optedOut"] = counts.OptedOut, ["forgotten"] = counts.Forgotten }.ToJsonString(),
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var participant in added)
        {
            rescores.Enqueue(participant.Id);
        }

        return counts;
    }

    private static void Refresh(Participant participant, TeamsChannelAccount member, ChampionProgram program, string? requestTenant)
    {
        participant.TeamsUserId = member.Id ?? participant.TeamsUserId;
        participant.TenantId = member.TenantId ?? participant.TenantId ?? program.TenantId ?? requestTenant;
        participant.DisplayName = string.IsNullOrWhiteSpace(member.Name) ? participant.DisplayName : member.Name;
        participant.UserPrincipalName = member.UserPrincipalName ?? member.Email ?? participant.UserPrincipalName;
        participant.Team ??= program.PilotTeamName;
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Enrolled program {ProgramId}: {Added} new, {Already} already, {OptedOut} opted out kept out, {Forgotten} on the do-not-contact list skipped")]
    private static partial void LogEnrolled(ILogger logger, int programId, int added, int already, int optedOut, int forgotten);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Reading the pilot roster for program {ProgramId} failed with HTTP {Status}")]
    private static partial void LogRosterFailed(ILogger logger, int programId, int status);
}
