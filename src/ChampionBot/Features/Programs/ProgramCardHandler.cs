using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>
/// The program card's buttons: Edit (the form), Cancel (back to the card) and Save. Save checks the owner again,
/// validates everything before writing, writes in one save guarded by the program's version, and audits.
/// </summary>
public sealed partial class ProgramCardHandler(
    ChampionDbContext db,
    OwnedPrograms programs,
    ProgramView view,
    TimeProvider time,
    ILogger<ProgramCardHandler> logger)
{
    private const string NotAnOwner = "Only this program's owners can change it, so I haven't changed anything.";
    private const string Gone = "This program no longer exists. Type **program** to see yours.";

    public async Task<AdaptiveCardInvokeResponse> EditAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (await LoadOwnedAsync(turn, action) is not { } program)
        {
            return InvokeResponses.Message(NotAnOwner);
        }

        var scopes = await view.ScopesAsync(program, turn.CancellationToken);
        return Card(ProgramCard.Form(Setting(turn, program, program.Version, scopes), ProgramFormInput.From(program)));
    }

    public async Task<AdaptiveCardInvokeResponse> ViewAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (await LoadOwnedAsync(turn, action) is not { } program)
        {
            return InvokeResponses.Message(NotAnOwner);
        }

        return Card(ProgramCard.View(program, await view.LoadAsync(program, turn.Activity, turn.CancellationToken), time.GetUtcNow()));
    }

    public async Task<AdaptiveCardInvokeResponse> SaveAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var ids = CardData.Read<ProgramCardData>(action.Data).Value;
        if (ids.Version is not { } version || await LoadOwnedAsync(turn, action) is not { } program)
        {
            return InvokeResponses.Message(ids.ProgramId is null ? Gone : NotAnOwner);
        }

        var input = CardData.Read<ProgramFormInput>(action.Data).Value;
        var scopes = await view.ScopesAsync(program, turn.CancellationToken);
        var now = time.GetUtcNow();
        var (edit, problems) = ProgramEdit.Validate(input, program, scopes);
        if (edit is null)
        {
            return Card(ProgramCard.Form(Setting(turn, program, version, scopes), input, problems));
        }

        // The card's version is what the owner saw: a save based on it fails if anyone saved in between.
        db.Entry(program).Property(p => p.Version).OriginalValue = version;
        var changed = Apply(program, edit);
        if (changed.Count == 0)
        {
            return Card(ProgramCard.View(program, await view.LoadAsync(program, turn.Activity, turn.CancellationToken), now, "Nothing to save: the values are the same as before."));
        }

        program.UpdatedAt = now;
        db.AuditEntries.Add(Audit(turn, program, changed, edit, now));
        try
        {
            await db.SaveChangesAsync(turn.CancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var latest = await db.Programs.AsNoTracking().FirstAsync(p => p.Id == program.Id, turn.CancellationToken);
            return Card(ProgramCard.Form(Setting(turn, latest, latest.Version, scopes), input,
                ["Someone else saved changes to this program after you opened this card, so I didn't save yours. Your values are still here: " +
                 "press Save again to replace theirs, or Cancel to see the latest."]));
        }

        LogSaved(logger, program.Id, string.Join(",", changed));
        return Card(ProgramCard.View(program, await view.LoadAsync(program, turn.Activity, turn.CancellationToken), now, "Saved. Changed: " + string.Join(", ", changed) + "."));
    }

    /// <summary>The form's surroundings; the owner's Teams time zone comes from the card action's client info when Teams sends it.</summary>
    private ProgramFormSetting Setting(TurnContext turn, ChampionProgram program, int version, IReadOnlyList<PilotScope> scopes) =>
        new(program.Id, version, program.CadenceCron, scopes, turn.Activity.GetClientTimeZone(), time.GetUtcNow());

    private async Task<ChampionProgram?> LoadOwnedAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var programId = CardData.Read<ProgramCardData>(action.Data).Value.ProgramId;
        if (programId is not { } id || !await programs.OwnsAsync(turn.Activity, id, turn.CancellationToken))
        {
            return null;
        }

        return await db.Programs.FirstOrDefaultAsync(p => p.Id == id, turn.CancellationToken);
    }

    private static List<string> Apply(ChampionProgram program, ProgramEdit edit)
    {
        var changed = new List<string>();
        void Set<T>(string name, T current, T value, Action<T> apply)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                apply(value);
                changed.Add(name);
            }
        }

        Set("name", program.Name, edit.Name, v => program.Name = v);
        Set("business outcome", program.BusinessOutcome, edit.Outcome, v => program.BusinessOutcome = v);
        Set("KPI", program.Kpi, edit.Kpi, v => program.Kpi = v);
        Set("capacity target", program.CapacityTargetPercent, edit.Capacity, v => program.CapacityTargetPercent = v);
        Set("time zone", program.TimeZoneId, edit.TimeZone, v => program.TimeZoneId = v);
        Set("cadence", program.CadenceCron, edit.Cadence, v => program.CadenceCron = v);
        if (edit.Scope is { } scope)
        {
            program.PilotTeamName = scope.TeamId == program.PilotTeamId ? program.PilotTeamName : null;
            program.PilotTeamId = scope.TeamId;
            program.PilotChannelId = scope.ChannelId;
            changed.Add("pilot scope");
        }

        return changed;
    }

    private static AuditEntry Audit(TurnContext turn, ChampionProgram program, List<string> changed, ProgramEdit edit, DateTimeOffset now) => new()
    {
        At = now,
        ActorObjectId = turn.Activity.From?.AadObjectId ?? "unknown",
        Action = edit.Scope is null ? "program.updated" : "program.scope-changed",
        Subject = $"program:{program.Id}",
        ProgramId = program.Id,
        Details = new JsonObject
        {
            ["changed"] = new JsonArray([.. changed.Select(c => JsonValue.Create(c))]),
            ["pilotTeamId"] = program.PilotTeamId,
            ["pilotChannelId"] = program.PilotChannelId,
        }.ToJsonString(),
    };

    private static AdaptiveCardInvokeResponse Card(ChampionBot.AdaptiveCards.AdaptiveCard card) => InvokeResponses.Card(card.WriteTo);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Program {ProgramId} saved; changed {Changed}")]
    private static partial void LogSaved(ILogger logger, int programId, string changed);
}
