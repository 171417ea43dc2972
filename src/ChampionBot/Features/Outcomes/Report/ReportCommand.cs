using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Features.Outcomes.Readiness;
using ChampionBot.Features.Programs;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Report;

/// <summary><c>report</c>: the program's outcomes for its owners, always in their 1:1 chat (typed in a channel, it is answered there).</summary>
public sealed class ReportCommand(
    OwnedPrograms programs,
    OutcomeLedger ledger,
    MaturityRounds maturity,
    IOptions<ReadinessOptions> readiness,
    IOptions<MaturityPulseOptions> pulse) : IBotCommand
{
    public string Name => "report";

    public IReadOnlyList<string> Aliases => ["outcomes"];

    public string Usage => "report";

    public string Description => "What the program changed: capacity gained against the 12–25 % band, per team and week, what worked (groups of 5+ only).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (context.Arguments.Length > 0)
        {
            // "report sales" must not look as if it showed a part of the program: the report is always the whole program.
            await context.ReplyAsync(
                $"I don't know {EchoedText.Quote("report " + context.Arguments, 80)}. Type just **report** to see what the program you're using changed, " +
                "every team, role and challenge on one card; **program use**, then a name, switches to another program you own.");
            return;
        }

        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var figures = await ledger.ForAsync(program, context.CancellationToken);
        var rounds = await maturity.ForAsync(program.Id, context.CancellationToken);
        var card = ReportCard.Build(program, figures, PilotReadiness.Assess(figures, readiness.Value), new MaturityPulseReport(rounds, pulse.Value.EveryWeeks));
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), ReportCard.Title));
    }
}
