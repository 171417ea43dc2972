using System.Diagnostics.Metrics;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>Meter <c>ChampionBot.Challenges</c>: occurrences posted (or lost to another instance) and people reached.</summary>
public sealed class ChallengeMetrics
{
    public const string MeterName = "ChampionBot.Challenges";

    private readonly Counter<long> _posts;
    private readonly Counter<long> _recipients;

    public ChallengeMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _posts = meter.CreateCounter<long>("championbot.challenges.posts", description: "Challenge occurrences this instance tried to post, by outcome (posted, already_posted, interrupted).");
        _recipients = meter.CreateCounter<long>("championbot.challenges.recipients", description: "People a posted challenge was queued for, 1:1.");
    }

    public void Posted(int recipients)
    {
        _posts.Add(1, new KeyValuePair<string, object?>("outcome", "posted"));
        _recipients.Add(recipients);
    }

    public void AlreadyPosted() => _posts.Add(1, new KeyValuePair<string, object?>("outcome", "already_posted"));

    /// <summary>A claimed post whose fan-out failed part-way; the posting job resumes it.</summary>
    public void Interrupted() => _posts.Add(1, new KeyValuePair<string, object?>("outcome", "interrupted"));
}
