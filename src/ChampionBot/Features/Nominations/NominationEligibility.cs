using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary>Why someone may not be nominated now. New reasons (a person's own "no nominations") are added here.</summary>
public enum NominationBlock
{
    NotEnrolled,
    OptedOut,
    NominationsOptedOut,
    DoNotContact,
    AlreadyChampion,
    OpenNomination,
}

/// <summary>
/// The one check of who may be nominated, for the scoring's picks and an owner's <c>nominate</c> alike: the person's own
/// say (<see cref="Privacy.NominationChoice"/>: enrolled, not opted out of the program or of nominations), then not on the
/// do-not-contact list, not already the program's champion, no nomination in progress.
/// Batch-shaped (one query per rule), so a large program is checked a page at a time.
/// </summary>
public static class NominationEligibility
{
    /// <summary>The people among <paramref name="participantIds"/> who may not be nominated in the program, and why (first reason).</summary>
    public static async Task<IReadOnlyDictionary<int, NominationBlock>> BlocksAsync(
        ChampionDbContext db, int programId, IReadOnlyCollection<int> participantIds, CancellationToken cancellationToken)
    {
        var ids = participantIds as List<int> ?? [.. participantIds];
        var people = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ObjectId, p.ProgramId, p.EnrolledAt, p.OptedOutAt, p.NominationsOptedOutAt }).ToListAsync(cancellationToken);
        var doNotContact = await db.DoNotContactList.ListedAmongAsync([.. people.Select(p => p.ObjectId)], cancellationToken);
        var champions = await db.Champions.AsNoTracking()
            .Where(c => c.ProgramId == programId && c.RetiredAt == null && ids.Contains(c.ParticipantId))
            .Select(c => c.ParticipantId).ToListAsync(cancellationToken);
        var open = await db.Nominations.AsNoTracking()
            .Where(n => ids.Contains(n.ParticipantId) && Nomination.OpenStatuses.Contains(n.Status))
            .Select(n => n.ParticipantId).ToListAsync(cancellationToken);

        var blocks = ids.Except(people.Select(p => p.Id)).ToDictionary(id => id, _ => NominationBlock.NotEnrolled);
        foreach (var person in people)
        {
            NominationBlock? block = person.ProgramId != programId || person.EnrolledAt is null ? NominationBlock.NotEnrolled
                : person.OptedOutAt is not null ? NominationBlock.OptedOut
                : person.NominationsOptedOutAt is not null ? NominationBlock.NominationsOptedOut
                : doNotContact.Contains(person.ObjectId) ? NominationBlock.DoNotContact
                : champions.Contains(person.Id) ? NominationBlock.AlreadyChampion
                : open.Contains(person.Id) ? NominationBlock.OpenNomination
                : null;
            if (block is { } found)
            {
                blocks[person.Id] = found;
            }
        }

        return blocks;
    }

    /// <summary>What an owner is told when <paramref name="name"/> cannot be nominated.</summary>
    public static string Explain(NominationBlock block, string name) => block switch
    {
        NominationBlock.NotEnrolled => $"**{name}** isn't enrolled in this program, so I can't nominate them. Run **enroll** first if they should be.",
        NominationBlock.OptedOut or NominationBlock.DoNotContact => $"**{name}** has asked me not to contact them, so I won't nominate them.",
        NominationBlock.NominationsOptedOut => $"**{name}** has asked not to be nominated as a champion (optout nominations), so I won't nominate them.",
        NominationBlock.AlreadyChampion => $"**{name}** is already a champion of this program.",
        _ => $"**{name}** already has a nomination in progress; I won't start a second one.",
    };
}
