using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Nominations;

/// <summary><c>nominate &lt;name&gt;</c>: an owner nominates a participant of their program; the same path as the scoring's picks.</summary>
public sealed class NominateCommand(OwnedPrograms programs, NominationFlow flow, ChampionScorer scorer, ChampionDbContext db) : IBotCommand
{
    public string Name => "nominate";

    public string Usage => "nominate NAME";

    public string Description => "Nominate a participant as a champion: they're asked first, then their manager decides.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await programs.CurrentOrReplyAsync(context) is not { } program)
        {
            return;
        }

        var typed = context.Arguments.Trim();
        if (typed.Length is 0 or > 200)
        {
            await context.ReplyAsync("Tell me who: **nominate Megan Bowen** (their name, or its start, or their sign-in name).");
            return;
        }

        var people = await db.Participants.Where(p => p.ProgramId == program.Id && p.EnrolledAt != null).ToListAsync(context.CancellationToken);
        var (person, candidates) = PeopleNames.Find(people, typed);
        if (person is null)
        {
            await context.ReplyAsync(candidates.Count == 0
                ? $"I don't know anyone called {EchoedText.Quote(typed, 80)} in **{program.Name}**, so nothing changed. Check the spelling, or run **enroll** if they're new."
                : $"More than one person fits {EchoedText.Quote(typed, 80)}: {PeopleNames.List(candidates)}. Type more of the name, or the sign-in name. Nothing changed.");
            return;
        }

        var owner = context.Turn.Activity.From?.AadObjectId ?? "unknown";
        if (string.Equals(person.ObjectId, owner, StringComparison.OrdinalIgnoreCase))
        {
            // Nobody decides their own nomination: with no manager to ask it would wait on the owners, who include them.
            await context.ReplyAsync("You can't nominate yourself: a champion is someone others see doing the work. Nothing changed.");
            return;
        }

        var blocks = await NominationEligibility.BlocksAsync(db, program.Id, [person.Id], context.CancellationToken);
        if (blocks.TryGetValue(person.Id, out var block))
        {
            await context.ReplyAsync(NominationEligibility.Explain(block, person.DisplayName) + " Nothing changed.");
            return;
        }

        // The evidence shown to the nominee and the manager is as of now, not as of the last daily run.
        await scorer.ScoreAsync([person.Id], context.CancellationToken);
        var score = await db.ChampionScores.AsNoTracking().FirstOrDefaultAsync(s => s.ParticipantId == person.Id, context.CancellationToken);
        var started = await flow.StartAsync(program, person, score is null ? [] : ScoreLine.FromJson(score.LinesJson), score?.Points ?? 0, owner, context.CancellationToken);
        await context.ReplyAsync(started is null
            ? NominationEligibility.Explain(NominationBlock.OpenNomination, person.DisplayName) + " Nothing changed."
            : started is { Status: NominationStatus.AwaitingConsent, SentCount: 0 }
                ? $"I've nominated **{person.DisplayName}**, but I can't reach them in Teams to ask whether they'd like it (they haven't talked to me yet). I'll ask them as soon as I can."
            : started.Status == NominationStatus.AwaitingConsent
                ? $"I've asked **{person.DisplayName}** whether they'd like to be nominated as a champion of **{program.Name}**. If they say yes, their manager decides (or you, when there's no manager I can ask)."
                : $"I've nominated **{person.DisplayName}** as a champion of **{program.Name}** and sent it to " +
                  (started.ManagerObjectId is null ? "the program owners to decide (there's no manager I can ask)." : "their manager to decide."));
    }
}
