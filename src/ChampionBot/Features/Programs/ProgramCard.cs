using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>The program card: what the program is for and when it posts, and its edit form.</summary>
public static class ProgramCard
{
    public const string SaveVerb = "program.save";
    public const string EditVerb = "program.edit";
    public const string ViewVerb = "program.view";
    public const string ProgramIdKey = "programId";
    public const string VersionKey = CardFields.Version;

    public static AdaptiveCard View(ChampionProgram program, ProgramFacts facts, DateTimeOffset now, string? notice = null)
    {
        var zone = Cadence.FindTimeZone(program.TimeZoneId);
        var cron = Cadence.TryParse(program.CadenceCron);
        var next = zone is null || cron is null ? [] : Cadence.Next(cron, zone, now, 3).Select(o => Cadence.Format(o, zone)).ToList();
        var body = new List<CardElement>
        {
            new TextBlock(program.Name) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Wrap = true, Spacing = Spacing.Small });
        }

        body.Add(new FactSet
        {
            Facts =
            [
                new Fact("Business outcome", program.BusinessOutcome),
                new Fact("KPI", program.Kpi ?? "not set"),
                new Fact("Capacity target", $"{program.CapacityTargetPercent.ToString("0.#", CultureInfo.InvariantCulture)} % of participants' working time"),
                new Fact("Time zone", TimeZoneChoices.Name(program.TimeZoneId, now)),
                new Fact("Cadence", Cadence.Describe(program.CadenceCron)),
                new Fact("Next posts", next.Count > 0 ? string.Join("; ", next) : "none — check the cadence and time zone"),
                new Fact("Pilot scope", facts.Scope),
                new Fact("Owners", facts.Owners.Count > 0 ? string.Join(", ", facts.Owners) : "from configuration only"),
                new Fact("Participants", $"{facts.Participants} enrolled" + (facts.OptedOut > 0 ? $" ({facts.OptedOut} opted out)" : string.Empty)),
            ],
        });
        if (facts.OtherPrograms.Count > 0)
        {
            body.Add(new TextBlock($"Your owner commands work on this program. You also own {string.Join(", ", facts.OtherPrograms)}: type **program use** and a name to switch.")
            {
                IsSubtle = true,
                Wrap = true,
            });
        }
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction { Title = "Edit", Verb = EditVerb, Data = Ids(program.Id, program.Version) }],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"{program.Name}: {program.BusinessOutcome}",
        };
    }

    /// <summary>The edit form with <paramref name="typed"/> values, and the problems that stopped the last save.</summary>
    public static AdaptiveCard Form(ProgramFormSetting setting, ProgramFormInput typed, IReadOnlyList<string>? problems = null)
    {
        var (programId, version, scopes) = (setting.ProgramId, setting.Version, setting.Scopes);
        var body = new List<CardElement>
        {
            new TextBlock("Edit the program") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (problems is { Count: > 0 })
        {
            body.Add(new TextBlock("Nothing was saved yet — please fix this:\n\n" + string.Join("\n", problems.Select(p => "- " + p)))
            {
                Color = TextColor.Attention,
                Wrap = true,
            });
        }

        body.Add(new TextInput(ProgramFormInput.NameId) { Label = "Name", IsRequired = true, MaxLength = 200, ErrorMessage = "Give the program a name.", Value = typed.Name });
        body.Add(new TextInput(ProgramFormInput.OutcomeId)
        {
            Label = "Business outcome it serves",
            Placeholder = "e.g. Cut RFP turnaround from 5 days to 2",
            IsMultiline = true,
            IsRequired = true,
            MaxLength = 1000,
            ErrorMessage = "Say which business outcome the program serves.",
            Value = typed.Outcome,
        });
        body.Add(new TextInput(ProgramFormInput.KpiId) { Label = "KPI (optional)", IsMultiline = true, MaxLength = 1000, Value = typed.Kpi });
        body.Add(new NumberInput(ProgramFormInput.CapacityId)
        {
            Label = "Capacity target (% of working time)",
            Min = 0,
            Max = 100,
            IsRequired = true,
            ErrorMessage = "A percentage from 0 to 100.",
            Value = CardData.Number(typed.Capacity),
        });
        var zones = TimeZoneChoices.For(typed.TimeZone, setting.OwnersTimeZone, setting.Now);
        body.Add(new ChoiceSetInput(ProgramFormInput.TimeZoneId)
        {
            Label = "Time zone the program posts in",
            Choices = zones,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = "Pick a time zone.",
            Value = zones.FirstOrDefault(z => string.Equals(z.Value, typed.TimeZone, StringComparison.OrdinalIgnoreCase))?.Value ?? zones.FirstOrDefault()?.Value,
        });
        body.AddRange(CadenceInputs(setting, typed));
        if (scopes.Count > 0)
        {
            body.Add(new ChoiceSetInput(ProgramFormInput.ScopeId)
            {
                Label = "Pilot team and channel",
                Choices = [.. scopes.Select(s => new Choice(s.Title, s.Key))],
                Style = ChoiceInputStyle.Compact,
                Value = typed.Scope,
            });
            body.Add(new ToggleInput(ProgramFormInput.ConfirmScopeId, "Yes, change the pilot scope (widening who gets challenges is a deliberate decision)")
            {
                Value = typed.ConfirmScope ? "true" : "false",
                Wrap = true,
            });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = "Save", Verb = SaveVerb, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto, Data = Ids(programId, version) },
                new ExecuteAction { Title = "Cancel", Verb = ViewVerb, AssociatedInputs = AssociatedInputs.None, Data = Ids(programId, version) },
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = "Edit the program",
        };
    }

    private static IEnumerable<CardElement> CadenceInputs(ProgramFormSetting setting, ProgramFormInput typed)
    {
        if (WeeklyCadence.Read(setting.CurrentCron) is null)
        {
            yield return new TextBlock($"Now: {Cadence.Describe(setting.CurrentCron)}, set outside this form. Leave the days empty to keep it, or pick days and a time to replace it.")
            {
                Wrap = true,
                IsSubtle = true,
            };
        }

        yield return new ChoiceSetInput(ProgramFormInput.DaysId)
        {
            Label = "Days to post a challenge",
            Choices = [.. WeeklyCadence.Week.Select(d => new Choice(d.ToString(), WeeklyCadence.Code(d)))],
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = typed.Days,
        };
        yield return new TimeInput(ProgramFormInput.TimeId) { Label = "Time to post (in the program's time zone)", Value = typed.Time ?? "09:00" };
    }

    private static JsonObject Ids(int programId, int version) => new() { [ProgramIdKey] = programId, [VersionKey] = version };
}
