namespace ChampionBot.Testing.ConnectorSimulator;

/// <summary>How the simulated Bot Connector behaves: its limits, the faults it injects, who has blocked the bot.</summary>
public sealed class ConnectorSimulatorOptions
{
    /// <summary>Tenant ceiling for all requests together (a bucket holding one second's worth); 0 turns it off.</summary>
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams' per-conversation limits for sends, updates and creates (7/1 s, 8/2 s, 60/30 s, 1800/h).</summary>
    public bool EnforceConversationLimits { get; set; } = true;

    /// <summary>The clock the limits are measured on: the real one, or a test's fake one so a test does not depend on how fast it runs.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Retry-After sent with a 429.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of requests answered with a transient failure (412, 502, 503, 504 or a timeout), before anything is accepted.</summary>
    public double FaultRate { get; set; }

    /// <summary>How long a simulated timeout holds the request before dropping the connection.</summary>
    public TimeSpan TimeoutHold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Teams user ids (members) that blocked the bot: creating or sending to their chat answers 403.</summary>
    public ISet<string> BlockedMembers { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Conversation ids that no longer exist: 404.</summary>
    public ISet<string> MissingConversations { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Keep each accepted activity's JSON (tests); off for 100,000-recipient benchmarks.</summary>
    public bool RecordBodies { get; set; } = true;

    /// <summary>Members returned by pagedmembers for any conversation.</summary>
    public IList<SimulatedMember> Members { get; init; } = [];

    public int Seed { get; set; } = 1234;

    /// <summary>The conversation id the simulator gives the 1:1 chat with <paramref name="memberId"/>: stable, so losses and duplicates can be counted.</summary>
    public static string ConversationIdFor(string memberId) => "a:1to1-" + memberId;

    /// <summary>The member of a 1:1 conversation id made by <see cref="ConversationIdFor"/>, else null.</summary>
    public static string? MemberOf(string conversationId) =>
        conversationId.StartsWith("a:1to1-", StringComparison.Ordinal) ? conversationId["a:1to1-".Length..] : null;
}

public sealed record SimulatedMember(string Id, string Name, string AadObjectId);

/// <summary>An activity the simulator accepted (sent or updated).</summary>
public sealed record SimulatedActivity(string ConversationId, string ActivityId, string? Json);
