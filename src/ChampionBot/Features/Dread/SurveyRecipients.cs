using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>
/// Turns participants into outbox recipients: their stored 1:1 chat when the bot has one, otherwise their Teams user id
/// and tenant so the sender can open the chat. Service URL: their chat's, else the pilot team's, else that of the owner's
/// request (none for scheduled sends).
/// </summary>
public sealed record SurveyRecipients(IReadOnlyCollection<OutboundRecipient> Reachable, int Unreachable)
{
    public static async Task<SurveyRecipients> BuildAsync(
        ChampionDbContext db, ChampionProgram program, IReadOnlyList<Participant> people, Activity? request, CancellationToken cancellationToken)
    {
        var personal = await ConversationReferenceStore.LatestPersonalChatsAsync(db, [.. people.Select(p => p.ObjectId)], cancellationToken);
        var teamServiceUrl = program.PilotTeamId is null ? null : await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TeamId == program.PilotTeamId)
            .OrderByDescending(r => r.UpdatedAt)
            .Select(r => r.ServiceUrl)
            .FirstOrDefaultAsync(cancellationToken);
        var fallbackServiceUrl = teamServiceUrl ?? request?.ServiceUrl;
        var fallbackTenant = program.TenantId ?? request?.GetTenantId();

        var reachable = new List<OutboundRecipient>();
        var unreachable = 0;
        foreach (var person in people)
        {
            personal.TryGetValue(person.ObjectId, out var chat);
            var tenant = person.TenantId ?? chat?.TenantId ?? fallbackTenant;
            var serviceUrl = chat?.ServiceUrl ?? fallbackServiceUrl;
            if (tenant is null || serviceUrl is null || (chat is null && person.TeamsUserId is null))
            {
                unreachable++;
                continue;
            }

            reachable.Add(new OutboundRecipient(person.ObjectId, person.TeamsUserId ?? chat?.UserId, tenant, serviceUrl, chat?.ConversationId, person.TimeZoneId));
        }

        return new SurveyRecipients(reachable, unreachable);
    }
}
