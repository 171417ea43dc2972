namespace ChampionBot.Data.Entities;

/// <summary>
/// A person the bot knows, keyed by Entra object id (<see cref="ObjectId"/>, unique). A person takes part in a
/// program once <see cref="ProgramId"/> and <see cref="EnrolledAt"/> are set.
/// </summary>
public sealed class Participant
{
    public const double DefaultWorkingHoursPerWeek = 40;

    public int Id { get; set; }

    /// <summary>Entra object id. Opaque: never parse it as a GUID (the Playground's ids are not).</summary>
    public required string ObjectId { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Teams user id ("29:..." in Teams, "user-id-0" in the Playground), needed to open a 1:1 chat.</summary>
    public string? TeamsUserId { get; set; }

    public required string DisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? JobTitle { get; set; }

    /// <summary>The challenge audience role, e.g. "demand-generation"; matches <see cref="Challenge.AudienceRole"/>.</summary>
    public string? Role { get; set; }

    public string? Department { get; set; }

    public string? ManagerObjectId { get; set; }

    /// <summary>Team name as people say it ("Marketing Pilot").</summary>
    public string? Team { get; set; }

    public int? ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    public DateTimeOffset? EnrolledAt { get; set; }

    /// <summary>Set when the person opted out; every proactive path must check it.</summary>
    public DateTimeOffset? OptedOutAt { get; set; }

    /// <summary>Set by <c>optout usage</c>: the Copilot usage report is not joined to them; scores use the bot's own evidence.</summary>
    public DateTimeOffset? UsageLookupsOptedOutAt { get; set; }

    /// <summary>Set by <c>optout nominations</c>: never nominated as a champion (see <c>NominationChoice</c>).</summary>
    public DateTimeOffset? NominationsOptedOutAt { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>IANA time zone from Teams' clientInfo entity, when known.</summary>
    public string? TimeZoneId { get; set; }

    public double WorkingHoursPerWeek { get; set; } = DefaultWorkingHoursPerWeek;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
