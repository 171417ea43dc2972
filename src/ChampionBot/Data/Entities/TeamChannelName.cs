namespace ChampionBot.Data.Entities;

/// <summary>
/// The names Teams last gave a team and one of its channels (in <c>channelData</c>), so owner screens say "Marketing
/// Pilot, AI Challenges" instead of thread ids. Keyed by the ids; names change when Teams says so.
/// </summary>
public sealed class TeamChannelName
{
    public required string TeamId { get; set; }

    public required string ChannelId { get; set; }

    public string? TeamName { get; set; }

    public string? ChannelName { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
