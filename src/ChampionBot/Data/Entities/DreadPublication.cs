namespace ChampionBot.Data.Entities;

/// <summary>
/// Figures of one part of a program's dread ranking (a group, a role and team, "other", the respondent count) as
/// last shown to owners. They stay as they are until at least five people's answers in that part are new or changed,
/// so comparing two rankings never isolates one person's answer (see Features/Dread/README.md).
/// </summary>
public sealed class DreadPublication
{
    public int Id { get; set; }

    public int ProgramId { get; set; }

    /// <summary>Which part of the ranking: "theme:&lt;theme key&gt;", "role:&lt;role&gt;|&lt;team&gt;", "other-themes", "other-roles" or "all".</summary>
    public required string Bucket { get; set; }

    public string Label { get; set; } = string.Empty;

    public int People { get; set; }

    public double MinutesPerWeek { get; set; }

    public double MedianMinutes { get; set; }

    public double MedianTimesPerWeek { get; set; }

    public double MedianMinutesPerWeek { get; set; }

    /// <summary>Role titles shown for a group, one a line.</summary>
    public string Roles { get; set; } = string.Empty;

    /// <summary>Team names shown for a group, one a line.</summary>
    public string Teams { get; set; } = string.Empty;

    public string? SharedRole { get; set; }

    public int Groups { get; set; }

    /// <summary>The newest answer time in the program when these figures were taken: answers after it are "new".</summary>
    public DateTimeOffset AnswersUpTo { get; set; }
}
