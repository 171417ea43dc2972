namespace ChampionBot.Features.Dread;

/// <summary>One stored answer, as the ranking needs it.</summary>
public sealed record DreadEntry(int ItemId, int ParticipantId, string Text, int Minutes, double TimesPerWeek, string? Role, string? Team, DateTimeOffset CreatedAt)
{
    public double MinutesPerWeek => Minutes * TimesPerWeek;

    /// <summary>The answer's theme (<see cref="DreadThemes"/>); null when it was stored without one.</summary>
    public string? ThemeKey { get; init; }
}

/// <summary>What owners are shown about one part of the ranking (a group, a role and team, "other", everyone).</summary>
public sealed record DreadFigures(string Label, int People, double MinutesPerWeek)
{
    public double MedianMinutes { get; init; }

    public double MedianTimesPerWeek { get; init; }

    public double MedianMinutesPerWeek { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Teams { get; init; } = [];

    public string? SharedRole { get; init; }

    public int Groups { get; init; }
}

/// <summary>
/// Decides which figures owners see for a part of the ranking: its current figures (made only when asked, by
/// <c>current</c>), or the ones shown before. <paramref name="members"/> are the answers the part holds now.
/// </summary>
public interface IDreadFigureSource
{
    DreadFigures Figures(string bucket, IReadOnlyList<DreadEntry> members, Func<DreadFigures> current);
}

/// <summary>
/// A group of similar answers that is big enough to show, with the group's figures (never one member's): medians of a
/// group of five or more are aggregates, and <see cref="SharedRole"/> is only set when the role is named in the ranking.
/// </summary>
public sealed record DreadTheme(string Theme, int People, double MinutesPerWeek, int RepresentativeItemId, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams)
{
    /// <summary>The role (as stored, e.g. "demand-generation") every member gave, when the ranking names it; else null.</summary>
    public string? SharedRole { get; init; }

    /// <summary>The median minutes one occurrence takes.</summary>
    public double MedianMinutes { get; init; }

    public double MedianTimesPerWeek { get; init; }

    /// <summary>The median minutes a week one member burns on it.</summary>
    public double MedianMinutesPerWeek { get; init; }

    /// <summary>The theme key every answer in the group carries.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The answers in the group, so a challenge's stored link can be traced back to its group.</summary>
    public IReadOnlyList<int> ItemIds { get; init; } = [];
}

/// <summary>A role and team's total, big enough to show.</summary>
public sealed record DreadRoleTeam(string Role, string Team, int People, double MinutesPerWeek);

/// <summary>Totals of everything too small to show on its own.</summary>
public sealed record DreadOther(int People, double MinutesPerWeek, int Groups);

public sealed record DreadRankingResult(
    int Respondents,
    IReadOnlyList<DreadTheme> Themes,
    DreadOther? OtherThemes,
    IReadOnlyList<DreadRoleTeam> RolesAndTeams,
    DreadOther? OtherRolesAndTeams);
