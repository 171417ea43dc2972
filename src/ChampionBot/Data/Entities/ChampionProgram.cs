namespace ChampionBot.Data.Entities;

/// <summary>
/// An AI champion program: the business outcome it serves, its capacity target, its cadence and its pilot scope.
/// (Named ChampionProgram so it never collides with the app's <c>Program</c> class.)
/// </summary>
public sealed class ChampionProgram : IVersioned
{
    public int Id { get; set; }

    /// <summary>Stable key for programs created from seeds (e.g. "demo-marketing-pilot"); null for owner-created ones.</summary>
    public string? Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The outcome the program serves, e.g. "Cut RFP turnaround from 5 days to 2".</summary>
    public required string BusinessOutcome { get; set; }

    public string? Kpi { get; set; }

    /// <summary>Target capacity increase in percent of participants' working time (e.g. 15 for 15 %).</summary>
    public double CapacityTargetPercent { get; set; }

    /// <summary>IANA or Windows time zone id the cadence is evaluated in.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>Five-field cron expression, evaluated in <see cref="TimeZoneId"/>.</summary>
    public required string CadenceCron { get; set; }

    public string? TenantId { get; set; }

    public string? PilotTeamId { get; set; }

    public string? PilotChannelId { get; set; }

    public string? PilotTeamName { get; set; }

    /// <summary>Crawl (the pilot), walk or run: changed only by an owner's <c>program widen</c>.</summary>
    public ProgramStage Stage { get; set; } = ProgramStage.Crawl;

    /// <summary>Who the program was widened to, in the owner's words ("Sales, Support" or "everyone"); null while a pilot.</summary>
    public string? WidenedTo { get; set; }

    public DateTimeOffset? WidenedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<ProgramOwner> Owners { get; set; } = [];
}
