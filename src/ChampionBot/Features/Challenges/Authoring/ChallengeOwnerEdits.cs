using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Posting;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// An owner taking back a plan: unscheduling a challenge (it becomes a draft again) and deleting a draft. Each is one
/// save guarded by the challenge's version, audited, and says exactly what changed.
/// </summary>
public sealed class ChallengeOwnerEdits(ChampionDbContext db, TimeProvider time)
{
    private const string Raced = "Someone changed this challenge at the same moment, so I haven't changed anything. Look at it again with **challenge show** and retry.";

    public async Task<string> UnscheduleAsync(Challenge challenge, ChampionProgram program, string? actor, CancellationToken cancellationToken)
    {
        if (challenge.Status != ChallengeStatus.Scheduled)
        {
            return challenge.Status switch
            {
                ChallengeStatus.Draft => $"**{challenge.Title}** isn't scheduled (it's a draft), so nothing changed. Schedule it with **challenge schedule {challenge.Id} next**.",
                _ => ChallengeScheduling.Refusal(challenge) ?? "Nothing changed.",
            };
        }

        var day = challenge.ScheduledFor;
        challenge.Status = ChallengeStatus.Draft;
        challenge.ScheduledFor = null;
        challenge.UpdatedAt = time.GetUtcNow();
        Audit("challenge.unscheduled", challenge, program, actor);
        if (!await SaveAsync(cancellationToken))
        {
            return Raced;
        }

        var when = day is { } d ? $" for {d.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}" : string.Empty;
        return $"Unscheduled **{challenge.Title}**: it was due to post{when} and won't now. It's a draft again: " +
            $"**challenge schedule {challenge.Id} next** puts it back, **challenge delete {challenge.Id}** deletes it.";
    }

    public async Task<string> DeleteDraftAsync(Challenge challenge, ChampionProgram program, string? actor, CancellationToken cancellationToken)
    {
        if (challenge.ProgramId is null || challenge.FromLibrary)
        {
            return $"**{challenge.Title}** is in the starter library every program shares, so I haven't deleted it. Just don't schedule it.";
        }

        if (challenge.Status != ChallengeStatus.Draft)
        {
            return challenge.Status == ChallengeStatus.Scheduled
                ? $"**{challenge.Title}** is scheduled, so I haven't deleted it. Unschedule it first with **challenge unschedule {challenge.Id}**."
                : ChallengeScheduling.Refusal(challenge) ?? "Nothing changed.";
        }

        if (await db.Results.AnyAsync(r => r.ChallengeId == challenge.Id, cancellationToken))
        {
            return $"People have reported results for **{challenge.Title}**, so I keep it. Nothing was deleted.";
        }

        db.Challenges.Remove(challenge);
        Audit("challenge.deleted", challenge, program, actor);
        return await SaveAsync(cancellationToken)
            ? $"Deleted the draft **{challenge.Title}**. Nobody had seen it."
            : Raced;
    }

    private void Audit(string action, Challenge challenge, ChampionProgram program, string? actor) => db.AuditEntries.Add(new AuditEntry
    {
        At = time.GetUtcNow(),
        ActorObjectId = actor ?? "unknown",
        Action = action,
        Subject = $"challenge:{challenge.Id}",
        ProgramId = program.Id,
        Details = new JsonObject { ["title"] = challenge.Title }.ToJsonString(),
    });

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
