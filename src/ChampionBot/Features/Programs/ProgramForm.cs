using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>The program edit form's values exactly as typed, so a form with an error shows them again.</summary>
public sealed record ProgramFormInput(
    string? Name, string? Outcome, string? Kpi, string? Capacity, string? TimeZone, string? Cadence, string? Scope, bool ConfirmScope)
{
    public const string NameId = "programName";
    public const string OutcomeId = "programOutcome";
    public const string KpiId = "programKpi";
    public const string CapacityId = "programCapacity";
    public const string TimeZoneId = "programTimeZone";
    public const string CadenceId = "programCadence";
    public const string ScopeId = "programScope";
    public const string ConfirmScopeId = "programScopeConfirm";

    public static ProgramFormInput Read(CardInputs data) => new(
        data.Text(NameId), data.Text(OutcomeId), data.Text(KpiId), data.Text(CapacityId), data.Text(TimeZoneId),
        data.Text(CadenceId), data.Text(ScopeId), data.Flag(ConfirmScopeId));

    public static ProgramFormInput From(ChampionProgram program) => new(
        program.Name, program.BusinessOutcome, program.Kpi,
        program.CapacityTargetPercent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        program.TimeZoneId, program.CadenceCron, PilotScope.KeyOf(program.PilotTeamId, program.PilotChannelId), false);
}

/// <summary>A checked edit of a program.</summary>
public sealed record ProgramEdit(
    string Name, string Outcome, string? Kpi, double Capacity, string TimeZone, string Cadence, PilotScope? Scope)
{
    /// <summary>The edit, or every problem with it. <paramref name="scopes"/> are the pilot scopes the form offered.</summary>
    public static (ProgramEdit? Edit, IReadOnlyList<string> Problems) Validate(
        ProgramFormInput input, ChampionProgram current, IReadOnlyList<PilotScope> scopes, DateTimeOffset now)
    {
        var problems = new List<string>();
        Require(input.Name, "Give the program a name.", 200, problems);
        Require(input.Outcome, "Say which business outcome the program serves — it's what every challenge links to.", 1000, problems);
        if (input.Kpi is { Length: > 1000 })
        {
            problems.Add("Keep the KPI to 1000 characters.");
        }

        var capacity = CardInputs.ParseNumber(input.Capacity);
        if (capacity is null or < 0 or > 100)
        {
            problems.Add("The capacity target is a percentage of working time: a number from 0 to 100.");
        }

        var zone = Programs.Cadence.FindTimeZone(input.TimeZone);
        if (zone is null)
        {
            problems.Add($"I don't know the time zone {EchoedText.Quote(input.TimeZone)}. Use an IANA name such as Europe/London or America/New_York.");
        }

        var cron = Programs.Cadence.TryParse(input.Cadence);
        if (cron is null)
        {
            problems.Add($"{EchoedText.Quote(input.Cadence)} isn't a cron expression I can read. Use five fields: minute hour day-of-month month day-of-week, e.g. 0 9 * * MON.");
        }
        else if (zone is not null && cron.GetNextOccurrence(now, zone) is null)
        {
            problems.Add($"{EchoedText.Quote(input.Cadence)} never happens, so nothing would ever be posted.");
        }

        var scope = scopes.FirstOrDefault(s => s.Key == input.Scope);
        var currentKey = PilotScope.KeyOf(current.PilotTeamId, current.PilotChannelId);
        if (input.Scope is not null && scope is null)
        {
            problems.Add("Pick the pilot team and channel from the list.");
        }
        else if (scope is not null && scope.Key != currentKey && !input.ConfirmScope)
        {
            problems.Add("Changing the pilot team or channel changes who gets challenges. Tick \"Yes, change the pilot scope\" to confirm.");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ProgramEdit(input.Name!, input.Outcome!, input.Kpi, capacity!.Value, input.TimeZone!.Trim(), input.Cadence!.Trim(), scope?.Key == currentKey ? null : scope), problems);
    }

    private static void Require(string? value, string problem, int maxLength, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(problem);
        }
        else if (value.Length > maxLength)
        {
            problems.Add($"Keep it to {maxLength} characters: " + problem);
        }
    }
}

/// <summary>A pilot team and channel the bot knows, as the form offers it.</summary>
public sealed record PilotScope(string TeamId, string? ChannelId, string Title)
{
    public string Key => KeyOf(TeamId, ChannelId)!;

    public static string? KeyOf(string? teamId, string? channelId) => teamId is null ? null : $"{teamId}|{channelId}";
}
