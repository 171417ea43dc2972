using System.Text.Json;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>
/// <c>program widen SCOPE</c>: the owner's explicit decision to take the program past its pilot, to more teams or
/// departments (walk) or to everyone (run). While the pilot has not proved its case the bot refuses, with the reasons
/// and a button to widen anyway; either way the decision goes on the program (its stage, shown in the report) and in
/// the audit trail, with the criteria as they stood. It records the decision; enrolling the new people is <c>enroll</c>.
/// </summary>
public sealed class ProgramWidenCommand(
    OwnedPrograms programs,
    OutcomeLedger ledger,
    ChampionDbContext db,
    IOptions<ReadinessOptions> options,
    TimeProvider time) : IBotCommand
{
    public string Name => "program widen";

    public string Usage => "program widen SCOPE";

    public string Description => "Widen the program beyond its pilot (team or department names, or everyone): your recorded decision, once the pilot has proved its case.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        var cancellationToken = context.CancellationToken;
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        if (WidenScope.Read(context.Arguments, out var problem) is not { } scope)
        {
            await context.ReplyAsync(problem!);
            return;
        }

        if (program.Stage == ProgramStage.Run)
        {
            await context.ReplyAsync($"**{program.Name}** already runs for everyone ({StageText.Describe(program)}). Nothing changed.");
            return;
        }

        var readiness = PilotReadiness.Assess(await ledger.ForAsync(program, cancellationToken), options.Value);
        if (!readiness.Proved && !scope.Confirmed)
        {
            var card = WidenRefusalCard.Build(program, scope, readiness);
            await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), WidenRefusalCard.Title));
            return;
        }

        if (db.Entry(program).State == EntityState.Detached)
        {
            db.Programs.Attach(program); // the ledger clears the context when another owner published first
        }

        var from = StageText.Describe(program);
        program.Stage = scope.Stage;
        program.WidenedTo = scope.Text;
        program.WidenedAt = time.GetUtcNow();
        program.UpdatedAt = program.WidenedAt.Value;
        db.AuditEntries.Add(new AuditEntry
        {
            At = program.WidenedAt.Value,
            ActorObjectId = context.Turn.Activity.From?.AadObjectId ?? "unknown",
            Action = "program.widened",
            Subject = $"program:{program.Id}",
            ProgramId = program.Id,
            Details = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["stage"] = StageText.Name(scope.Stage),
                ["scope"] = scope.Text,
                ["caseProved"] = readiness.Proved,
                ["criteria"] = readiness.Criteria.ToDictionary(c => c.Name, c => c.Met ? "met" : "not yet: " + c.Why),
            }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await context.ReplyAsync($"Recorded: **{program.Name}** moves from {from} to **{StageText.Describe(program)}**" +
            (readiness.Proved ? ", with the pilot's case proved." : ", by your decision before the pilot proved its case.") +
            " The report and the audit trail show it. Next: **enroll** the new people (in their team's channel), and keep an eye on **report**.");
    }
}
