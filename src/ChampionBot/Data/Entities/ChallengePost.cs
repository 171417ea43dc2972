namespace ChampionBot.Data.Entities;

/// <summary>
/// A challenge posted for one cadence occurrence. Unique on (<see cref="ProgramId"/>, <see cref="OccurrenceAt"/>),
/// so an occurrence posts once however many instances race for it.
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

    /// <summary>The 1:1 fan-out (<see cref="OutboundMessage.Id"/>).</summary>
    public Guid? OutboundMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
