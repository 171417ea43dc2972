using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Delivery;

/// <summary>
/// The <c>Delivery</c> configuration section. Every throughput figure lives here so an operator can follow Teams'
/// published limits (which change) without a release.
/// </summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Teams allows 50 requests per second per app per tenant, all conversations together.</summary>
    [Range(1, 100_000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Largest burst the tenant bucket allows; null means a tenth of a second's worth.</summary>
    [Range(1, 100_000)]
    public int? TenantBurst { get; set; }

    /// <summary>How often queued requests are let through (tokens accrue by elapsed time; this only sets granularity).</summary>
    public TimeSpan TenantReplenishmentPeriod { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Per-conversation send limits. Empty means Teams' published ones (<see cref="TeamsConversationLimits"/>).</summary>
    public IList<ConversationRateWindow> ConversationLimits { get; set; } = [];

    /// <summary>Attempts per delivery before it is recorded as Failed (429s are not counted: nothing was processed).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Upper bound of the first retry delay after a transient failure; doubles per attempt (full jitter below it).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pause after a 429 without a Retry-After header.</summary>
    public TimeSpan DefaultThrottlePause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries claimed per database round trip.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Concurrent connector calls; null sizes it to the ceiling (<see cref="ExpectedLatency"/> × requests per second).</summary>
    [Range(1, 10_000)]
    public int? MaxConcurrentSends { get; set; }

    /// <summary>Typical connector round trip, used only to size <see cref="MaxConcurrentSends"/> when it is not set.</summary>
    public TimeSpan ExpectedLatency { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A connector call that takes longer is abandoned and treated as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A delivery InFlight for longer than this, claimed by another sender instance, belongs to a sender that died:
    /// it is recovered as ambiguous (see Delivery/README.md). Must exceed <see cref="RequestTimeout"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the sender looks for due work when it found none.</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Minimum time between two in-place updates of a progress card.</summary>
    public TimeSpan ProgressUpdateInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a standby instance tries to become the sender (PostgreSQL).</summary>
    public TimeSpan LeaderPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Key of the PostgreSQL session-level advisory lock held by the active sender.</summary>
    public long LeaderLockKey { get; set; } = 0x43_68_61_6D_70_53_6E_64; // "ChampSnd"

    /// <summary>False stops this instance from ever sending (e.g. a read-only replica of the app).</summary>
    public bool SenderEnabled { get; set; } = true;

    public QuietHoursOptions QuietHours { get; set; } = new();

    public static IReadOnlyList<ConversationRateWindow> TeamsConversationLimits { get; } =
    [
        new() { Requests = 7, Window = TimeSpan.FromSeconds(1) },
        new() { Requests = 8, Window = TimeSpan.FromSeconds(2) },
        new() { Requests = 60, Window = TimeSpan.FromSeconds(30) },
        new() { Requests = 1800, Window = TimeSpan.FromHours(1) },
    ];

    public IReadOnlyList<ConversationRateWindow> EffectiveConversationLimits =>
        ConversationLimits.Count > 0 ? [.. ConversationLimits] : TeamsConversationLimits;

    public int EffectiveTenantBurst => TenantBurst ?? Math.Max(1, TenantRequestsPerSecond / 10);

    public int EffectiveMaxConcurrentSends =>
        MaxConcurrentSends ?? Math.Max(4, (int)Math.Ceiling(TenantRequestsPerSecond * ExpectedLatency.TotalSeconds));
}

/// <summary>At most <see cref="Requests"/> sends to one conversation in any <see cref="Window"/>.</summary>
public sealed class ConversationRateWindow
{
    [Range(1, 1_000_000)]
    public int Requests { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>No proactive message reaches a person between <see cref="StartHour"/> and <see cref="EndHour"/> of their local time.</summary>
public sealed class QuietHoursOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Local hour (0–23) at which quiet time starts, e.g. 18.</summary>
    [Range(0, 23)]
    public int StartHour { get; set; } = 18;

    /// <summary>Local hour (0–23) at which the working day starts again, e.g. 8.</summary>
    [Range(0, 23)]
    public int EndHour { get; set; } = 8;

    /// <summary>IANA zone used when neither the recipient nor the request names one. Null means UTC.</summary>
    public string? DefaultTimeZone { get; set; }
}
