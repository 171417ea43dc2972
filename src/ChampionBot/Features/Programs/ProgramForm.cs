using System.Globalization;
using System.Text.Json.Serialization;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>
/// The program edit form's values exactly as picked or typed, so a form with an error shows them again. The cadence is
/// picked as days (<see cref="Days"/>, "MON,THU") and a time (<see cref="Time"/>, "09:00"); the time zone is an IANA id.
/// </summary>
public sealed record ProgramFormInput(
    [property: JsonPropertyName(ProgramFormInput.NameId)] string? Name,
    [property: JsonPropertyName(ProgramFormInput.OutcomeId)] string? Outcome,
    [property: JsonPropertyName(ProgramFormInput.KpiId)] string? Kpi,
    [property: JsonPropertyName(ProgramFormInput.CapacityId)] string? Capacity,
    [property: JsonPropertyName(ProgramFormInput.TimeZoneId)] string? TimeZone,
    [property: JsonPropertyName(ProgramFormInput.DaysId)] string? Days,
    [property: JsonPropertyName(ProgramFormInput.TimeId)] string? Time,
    [property: JsonPropertyName(ProgramFormInput.ScopeId)] string? Scope,
    [property: JsonPropertyName(ProgramFormInput.ConfirmScopeId)] bool ConfirmScope)
{
    public const string NameId = "programName";
    public const string OutcomeId = "programOutcome";
    public const string KpiId = "programKpi";
    public const string CapacityId = "programCapacity";
    public const string TimeZoneId = "programTimeZone";
    public const string DaysId = "programDays";
    public const string TimeId = "programTime";
    public const string ScopeId = "programScope";
    public const string ConfirmScopeId = "programScopeConfirm";

    public static ProgramFormInput From(ChampionProgram program)
    {
        var weekly = WeeklyCadence.Read(program.CadenceCron);
        return new(
            program.Name, program.BusinessOutcome, program.Kpi,
            program.CapacityTargetPercent.ToString(CultureInfo.InvariantCulture),
            program.TimeZoneId,
            weekly is null ? null : string.Join(',', weekly.Days.Select(WeeklyCadence.Code)),
            weekly?.At.ToString("HH:mm", CultureInfo.InvariantCulture),
            PilotScope.KeyOf(program.PilotTeamId, program.PilotChannelId),
            false);
    }
}

/// <summary>A checked edit of a program.</summary>
public sealed record ProgramEdit(
    string Name, string Outcome, string? Kpi, double Capacity, string TimeZone, string Cadence, PilotScope? Scope)
{
    /// <summary>The edit, or every problem with it. <paramref name="scopes"/> are the pilot scopes the form offered.</summary>
    public static (ProgramEdit? Edit, IReadOnlyList<string> Problems) Validate(
        ProgramFormInput input, ChampionProgram current, IReadOnlyList<PilotScope> scopes)
    {
        var problems = new List<string>();
        Require(input.Name, "Give the program a name.", 200, problems);
        Require(input.Outcome, "Say which business outcome the program serves — it's what every challenge links to.", 1000, problems);
        if (input.Kpi is { Length: > 1000 })
        {
            problems.Add("Keep the KPI to 1000 characters.");
        }

        var capacity = CardData.Number(input.Capacity);
        if (capacity is null or < 0 or > 100)
        {
            problems.Add("The capacity target is a percentage of working time: a number from 0 to 100.");
        }

        if (Programs.Cadence.FindTimeZone(input.TimeZone) is null)
        {
            problems.Add("Pick the time zone the program posts in from the list.");
        }

        var cron = CadenceFrom(input, current.CadenceCron, problems);
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
            : (new ProgramEdit(input.Name!, input.Outcome!, input.Kpi, capacity!.Value, input.TimeZone!.Trim(), cron!, scope?.Key == currentKey ? null : scope), problems);
    }

    /// <summary>
    /// The cron for the picked days and time. A custom schedule (set in the database or by an older form) is kept while no
    /// day is picked; the same days and time keep the stored text, so "MON-FRI" is not reported as changed.
    /// </summary>
    private static string? CadenceFrom(ProgramFormInput input, string currentCron, List<string> problems)
    {
        var stored = WeeklyCadence.Read(currentCron);
        if (input.Days is null && stored is null)
        {
            return currentCron;
        }

        var days = WeeklyCadence.ParseCodes(input.Days);
        if (days is not { Count: > 0 })
        {
            problems.Add("Pick at least one day of the week to post on.");
        }

        if (!TimeOnly.TryParseExact(input.Time, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            problems.Add("Pick the time to post, for example 09:00.");
            return null;
        }

        if (days is not { Count: > 0 })
        {
            return null;
        }

        var picked = new WeeklyCadence(days, at);
        return stored is not null && stored.At == at && stored.Days.Order().SequenceEqual(days.Order()) ? currentCron : picked.ToCron();
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

/// <summary>A pilot team and channel the bot knows: <paramref name="Title"/> as the form offers it, <paramref name="Name"/> as the card says it.</summary>
public sealed record PilotScope(string TeamId, string? ChannelId, string Title, string Name)
{
    public string Key => KeyOf(TeamId, ChannelId)!;

    public static string? KeyOf(string? teamId, string? channelId) => teamId is null ? null : $"{teamId}|{channelId}";
}

/// <summary>
/// What the edit form needs besides the values: which program and version it edits, its stored cadence (a custom one
/// is kept unless replaced), the pilot scopes to offer, the owner's Teams time zone (offered first) and now (for offsets).
/// </summary>
public sealed record ProgramFormSetting(int ProgramId, int Version, string CurrentCron, IReadOnlyList<PilotScope> Scopes, string? OwnersTimeZone, DateTimeOffset Now);
