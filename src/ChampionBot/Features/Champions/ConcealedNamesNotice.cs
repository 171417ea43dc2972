using System.Globalization;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>
/// Tells each program's owners, once, that the tenant's usage reports conceal names and how an admin changes that:
/// one 1:1 message per program under the outbox key <c>report-names-concealed:{programId}</c>, so later days, restarts
/// and other instances find it instead of sending it again. A program whose owners cannot be reached yet (no 1:1 chat,
/// opted out) gets nothing queued, so the next daily run tries again.
/// </summary>
public sealed partial class ConcealedNamesNotice(ChampionDbContext db, ProgramOwners owners, IOutbox outbox, ILogger<ConcealedNamesNotice> logger)
{
    public const string Text =
        "Champion scores can't use Microsoft 365 Copilot usage: your tenant conceals user names in usage reports, so I can't tell " +
        "whose usage a row is, and I never guess. Scores use my own evidence (results, time saved, novel uses) until it changes.\n\n" +
        "To change it, a Microsoft 365 admin opens the **Microsoft 365 admin center > Settings > Org settings > Reports** and " +
        "clears **Display concealed user, group, and site names in all reports** (the `admin/reportSettings` setting). " +
        "I check it again every day; I'm telling you once.";

    public static string OutboxKey(int programId) => string.Create(CultureInfo.InvariantCulture, $"report-names-concealed:{programId}");

    /// <summary>Queues the notice for every program not told yet; returns how many programs' owners it was queued for.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var told = 0;
        foreach (var program in await db.Programs.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            var recipients = await OwnerChatRecipients.FindAsync(db, program, await owners.OwnerObjectIdsAsync(program.Id, cancellationToken), cancellationToken);
            if (recipients.Count == 0)
            {
                LogNobodyToTell(logger, program.Id);
                continue;
            }

            await outbox.EnqueueAsync(new OutboundRequest
            {
                Kind = OutboundMessageKind.Other,
                RequestedBy = "system",
                Activity = MessageFactory.Text(Text),
                Recipients = recipients,
                ProgramId = program.Id,
                DefaultTimeZone = program.TimeZoneId,
                IdempotencyKey = OutboxKey(program.Id),
            }, cancellationToken);
            told++;
        }

        return told;
    }

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Report names are concealed, but no owner of program {ProgramId} can be told 1:1 yet; tried again tomorrow")]
    private static partial void LogNobodyToTell(ILogger logger, int programId);
}
