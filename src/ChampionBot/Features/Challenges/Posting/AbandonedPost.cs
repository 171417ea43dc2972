namespace ChampionBot.Features.Challenges.Posting;

/// <summary>An unfinished challenge post whose lease ran out, and when it was claimed (its age decides resume or give up).</summary>
public readonly record struct AbandonedPost(int Id, DateTimeOffset ClaimedAt);
