using System.Text.Json.Nodes;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// The one path every nomination takes, whoever started it (the scoring or an owner's <c>nominate</c>): stored with
/// its evidence frozen, then the nominee's consent (<c>Nominations:AskConsent</c>), then the decision card to the
/// manager, or to the owners when there is no manager the bot may ask.
/// </summary>
public sealed partial class NominationFlow(
    ChampionDbContext db, NominationDeciders deciders, NominationMessages messages, IOptions<NominationsOptions> options, TimeProvider time, ILogger<NominationFlow> logger)
{
    /// <summary>Starts a nomination; null when the person already has one open (another instance or owner was first).</summary>
    public async Task<Nomination?> StartAsync(
        ChampionProgram program, Participant nominee, IReadOnlyList<ScoreLine> evidence, double score, string nominatedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var nomination = new Nomination
        {
            ParticipantId = nominee.Id,
            ProgramId = program.Id,
            Status = NominationStatus.AwaitingConsent,
            EvidenceJson = ScoreLine.ToJson(evidence),
            Score = score,
            NominatedByObjectId = nominatedBy,
            CreatedAt = now,
        };
        db.Nominations.Add(nomination);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return null;
        }

        LogStarted(logger, nomination.Id, program.Id);
        db.AuditEntries.Add(Audit("nomination.started", nomination, nominatedBy));
        if (!options.Value.AskConsent)
        {
            await ToDeciderAsync(nomination, nominee, program, cancellationToken);
        }
        else
        {
            if (await messages.AskConsentAsync(nomination, nominee, program, attempt: 1, cancellationToken))
            {
                nomination.SentCount = 1;
                nomination.LastSentAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return nomination;
    }

    /// <summary>
    /// Hands a nomination (tracked, open) to whoever decides and sends them the card. Throws
    /// <see cref="DbUpdateConcurrencyException"/> when someone changed it since it was read: then nothing is sent.
    /// </summary>
    public async Task<NominationDecider> ToDeciderAsync(Nomination nomination, Participant nominee, ChampionProgram program, CancellationToken cancellationToken)
    {
        var decider = await deciders.FindAsync(nominee, program, cancellationToken);
        var now = time.GetUtcNow();
        nomination.Status = NominationStatus.Pending;
        nomination.ManagerObjectId = decider.ManagerObjectId;
        nomination.EscalatedAt = decider.ManagerObjectId is null ? now : null;
        nomination.DeferredUntil = null;
        nomination.SentCount = 1;
        nomination.LastSentAt = now;
        await db.SaveChangesAsync(cancellationToken);

        if (decider.ManagerObjectId is { } manager)
        {
            await messages.AskManagerAsync(nomination, nominee, program, manager, cancellationToken);
        }
        else
        {
            await messages.AskOwnersAsync(nomination, nominee, program, decider.WhyOwners!, cancellationToken);
        }

        return decider;
    }

    /// <summary>An audit entry about a stored nomination; <paramref name="reason"/> is a decline's reason.</summary>
    internal AuditEntry Audit(string action, Nomination nomination, string actor, string? reason = null) => new()
    {
        At = time.GetUtcNow(),
        ActorObjectId = actor,
        Action = action,
        Subject = $"nomination:{nomination.Id}",
        ProgramId = nomination.ProgramId,
        Details = reason is null ? null : new JsonObject { ["reason"] = reason }.ToJsonString(),
    };

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Nomination {NominationId} started in program {ProgramId}")]
    private static partial void LogStarted(ILogger logger, int nominationId, int programId);
}
