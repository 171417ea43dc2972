namespace ChampionBot.Data.Entities;

/// <summary>
/// Figures of one part of a program's outcome ledger (the program, a team, a role, a challenge, a week) as last shown to
/// owners. They stay as they are until at least five people's results in that part are new or changed, so comparing two
/// reports never isolates one person's result (the rule the dread ranking uses; see Features/Outcomes/README.md).
/// </summary>
public sealed class OutcomePublication
{
    public int Id { get; set; }

    public int ProgramId { get; set; }

    /// <summary>Which part: "all", "team:&lt;team&gt;", "role:&lt;role&gt;", "challenge:&lt;id&gt;", "week:&lt;yyyy-MM-dd&gt;" or "upto:&lt;yyyy-MM-dd&gt;".</summary>
    public required string Bucket { get; set; }

    public int People { get; set; }

    public int Results { get; set; }

    public int WorkedFirstTry { get; set; }

    public int WorkedAfterRescue { get; set; }

    public long MinutesSavedPerWeek { get; set; }

    public double WorkingMinutesPerWeek { get; set; }

    public double? MedianDaysToValue { get; set; }

    public double? AverageFeeling { get; set; }

    public int Tried { get; set; }

    public int Succeeded { get; set; }

    public int Repeated { get; set; }

    /// <summary>The newest result change in the program when these figures were taken: changes after it are "new".</summary>
    public DateTimeOffset ResultsUpTo { get; set; }
}
