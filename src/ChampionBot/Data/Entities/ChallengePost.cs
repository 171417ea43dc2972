namespace ChampionBot.Data.Entities;

/// <summary>
/// A challenge posted for one cadence occurrence. Unique on (<see cref="ProgramId"/>, <see cref="OccurrenceAt"/>),
/// so an occurrence posts once however many instances race for it. The row is the claim; the fan-out (channel thread,
/// 1:1 copies) happens after it and is finished when <see cref="FannedOutAt"/> is set. An unfinished post whose
/// <see cref="FanOutLeaseUntil"/> has passed is resumed by the posting job, so a crash never loses a week's post.
/// </summary>
public sealed class ChallengePost
{
    public int Id { get; set; }

    public int ChallengeId { get; set; }

    public Challenge? Challenge { get; set; }

    public int ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    /// <summary>The cadence occurrence (UTC) this post serves; "post now" uses the request time.</summary>
    public DateTimeOffset OccurrenceAt { get; set; }

    public string? ChannelConversationId { get; set; }

    public string? ChannelActivityId { get; set; }

    /// <summary>
    /// Set just before the channel thread is requested: from then on a resumed post never requests a second one, even if
    /// the thread's ids were never stored (the process or the database went away between the POST and the record).
    /// </summary>
    public DateTimeOffset? ChannelThreadRequestedAt { get; set; }

    /// <summary>The 1:1 fan-out (<see cref="OutboundMessage.Id"/>).</summary>
    public Guid? OutboundMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every challenge claimed with this post (ids, comma-separated), so a resumed fan-out sends the same set.</summary>
    public string? ChallengeIds { get; set; }

    /// <summary>When the fan-out finished (thread attempted, every 1:1 copy queued); null while it is still owed.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }

    /// <summary>Until when one instance owns the unfinished fan-out; after it another instance may take it over.</summary>
    public DateTimeOffset? FanOutLeaseUntil { get; set; }
}
