using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>One nomination as an owner reads it in <c>nominations</c>.</summary>
public sealed record NominationRow(string Nominee, string Manager, string Detail);

/// <summary>A program's nominations by state: waiting, stalled, approved, declined (with reasons), and closed otherwise.</summary>
public sealed record NominationListView(
    string ProgramName,
    IReadOnlyList<NominationRow> Waiting,
    IReadOnlyList<NominationRow> Stalled,
    IReadOnlyList<NominationRow> Approved,
    IReadOnlyList<NominationRow> Declined,
    IReadOnlyList<NominationRow> Closed)
{
    public bool IsEmpty => Waiting.Count + Stalled.Count + Approved.Count + Declined.Count + Closed.Count == 0;
}

/// <summary>
/// Reads a program's nominations for the owners' <c>nominations</c> listing. An open nomination is stalled when it was
/// escalated to the owners, or has waited longer than <see cref="StalledAfter"/> since it was last sent to the manager.
/// </summary>
public sealed class NominationList(ChampionDbContext db, TimeProvider time)
{
    /// <summary>Past this wait an undecided nomination is shown as stalled even before the nomination flow escalates it.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromDays(7);

    public async Task<NominationListView> ReadAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var nominations = await db.Nominations.AsNoTracking()
            .Where(n => n.ProgramId == program.Id)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new { Nomination = n, Nominee = n.Participant!.DisplayName })
            .ToListAsync(cancellationToken);
        var managerIds = nominations.Select(n => n.Nomination.ManagerObjectId).OfType<string>().Distinct().ToList();
        var managers = await db.Participants.AsNoTracking().Where(p => managerIds.Contains(p.ObjectId))
            .ToDictionaryAsync(p => p.ObjectId, p => p.DisplayName, cancellationToken);
        var retired = await db.Champions.AsNoTracking()
            .Where(c => c.ProgramId == program.Id && c.NominationId != null && c.RetiredAt != null)
            .ToDictionaryAsync(c => c.NominationId!.Value, c => c.RetiredAt!.Value, cancellationToken);
        var now = time.GetUtcNow();

        List<NominationRow> waiting = [], stalled = [], approved = [], declined = [], closed = [];
        foreach (var (n, nominee) in nominations.Select(x => (x.Nomination, x.Nominee)))
        {
            // The manager is looked up only after the nominee's yes: until then there is no "none to ask" to report.
            var manager = n.Status == NominationStatus.AwaitingConsent ? "asked once the nominee says yes"
                : n.ManagerObjectId is not { } managerId ? "none to ask: the owners decide"
                : managers.GetValueOrDefault(managerId) ?? "their manager (not known to the bot by name)";
            var waited = Days(now - n.CreatedAt);
            switch (n.Status)
            {
                case NominationStatus.Approved:
                    approved.Add(new(nominee, manager, $"approved {Date(n.DecidedAt ?? n.CreatedAt)}, {Days((n.DecidedAt ?? now) - n.CreatedAt)} after the nomination"
                        + (retired.TryGetValue(n.Id, out var retiredAt) ? $"; no longer a champion since {Date(retiredAt)} (opted out)" : string.Empty)));
                    break;
                case NominationStatus.Declined:
                    declined.Add(new(nominee, manager, $"declined {Date(n.DecidedAt ?? n.CreatedAt)}: \"{n.Reason ?? "no reason given"}\""));
                    break;
                case var status when Nomination.OpenStatuses.Contains(status):
                    var sinceSent = now - (n.LastSentAt ?? n.CreatedAt);
                    if (n.EscalatedAt is { } escalated)
                    {
                        stalled.Add(new(nominee, manager, $"waiting {waited}; escalated to you {Date(escalated)}"));
                    }
                    else if (sinceSent > StalledAfter)
                    {
                        stalled.Add(new(nominee, manager, $"waiting {waited}; sent {Times(n.SentCount)}, last {Days(sinceSent)} ago"));
                    }
                    else
                    {
                        waiting.Add(new(nominee, manager, status switch
                        {
                            NominationStatus.Deferred => $"\"not now\" from the manager{(n.DeferredUntil is { } until ? $", who is asked again on {Date(until)}" : string.Empty)}; waiting {waited}",
                            NominationStatus.AwaitingConsent when n.SentCount == 0 => $"not asked yet: I can't reach them in Teams, and will ask as soon as I can; waiting {waited}",
                            NominationStatus.AwaitingConsent => $"asked whether they would like to be nominated; waiting {waited}",
                            _ => $"waiting {waited}",
                        }));
                    }

                    break;
                default:
                    closed.Add(new(nominee, manager, $"{NominationStatusWords.Of(n.Status)} {Date(n.DecidedAt ?? n.CreatedAt)}"));
                    break;
            }
        }

        return new NominationListView(program.Name, waiting, stalled, approved, declined, closed);
    }

    private static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    internal static string Days(TimeSpan span) => span.TotalDays switch
    {
        < 1 => "less than a day",
        < 2 => "1 day",
        var days => ((int)days).ToString(CultureInfo.InvariantCulture) + " days",
    };
}
