using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// After scores are recomputed, picks nominees: participants scoring at least <c>Nominations:Threshold</c> with at least
/// one challenge they got working, highest score first, until the program has one champion or open nomination per
/// <c>Nominations:ParticipantsPerChampion</c> enrolled people. Someone nominated before is never picked again
/// automatically (a "no thanks" or a decline stands); owners can still <c>nominate</c> them.
/// </summary>
public sealed partial class NominationSelection(ChampionDbContext db, NominationFlow flow, IOptions<NominationsOptions> options, ILogger<NominationSelection> logger)
    : IScoresRecomputed
{
    private const int PageSize = 500;

    public async Task ScoresRecomputedAsync(IReadOnlyCollection<int>? participantIds, CancellationToken cancellationToken)
    {
        var ids = participantIds?.ToList();
        var programs = await db.Programs.AsNoTracking()
            .Where(p => ids == null || db.Participants.Any(person => ids.Contains(person.Id) && person.ProgramId == p.Id))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var program in programs)
        {
            var started = await SelectAsync(program, ids, cancellationToken);
            if (started > 0)
            {
                LogSelected(logger, started, program.Id);
            }
        }
    }

    /// <summary>Starts the nominations the program's ratio has room for, among <paramref name="among"/> (null: everyone); how many.</summary>
    public async Task<int> SelectAsync(ChampionProgram program, IReadOnlyCollection<int>? among, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var enrolled = await db.Participants.CountAsync(p => p.ProgramId == program.Id && p.EnrolledAt != null && p.OptedOutAt == null, cancellationToken);
        var taken = await db.Champions.CountAsync(c => c.ProgramId == program.Id && c.RetiredAt == null, cancellationToken)
            + await db.Nominations.CountAsync(n => n.ProgramId == program.Id && Nomination.OpenStatuses.Contains(n.Status), cancellationToken);
        var slots = settings.ChampionsFor(enrolled) - taken;
        var ids = among?.ToList();
        var started = 0;
        var (afterPoints, afterId) = (double.MaxValue, 0);
        while (slots > 0)
        {
            // The same rule as NominationsOptions.Qualifies, in SQL: at the threshold, with a challenge got working.
            var candidates = await db.ChampionScores.AsNoTracking()
                .Where(s => s.ProgramId == program.Id && s.Points >= settings.Threshold && (ids == null || ids.Contains(s.ParticipantId)))
                .Where(s => db.Results.Any(r => r.ParticipantId == s.ParticipantId && (r.Worked || r.RetryWorked == true)))
                .Where(s => !db.Nominations.Any(n => n.ParticipantId == s.ParticipantId && n.ProgramId == program.Id))
                .Where(s => s.Points < afterPoints || (s.Points == afterPoints && s.ParticipantId > afterId))
                .OrderByDescending(s => s.Points).ThenBy(s => s.ParticipantId)
                .Take(PageSize)
                .Select(s => new { s.ParticipantId, s.Points, s.LinesJson })
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                break;
            }

            (afterPoints, afterId) = (candidates[^1].Points, candidates[^1].ParticipantId);
            var blocks = await NominationEligibility.BlocksAsync(db, program.Id, [.. candidates.Select(c => c.ParticipantId)], cancellationToken);
            foreach (var candidate in candidates.Where(c => !blocks.ContainsKey(c.ParticipantId)))
            {
                var nominee = await db.Participants.FirstAsync(p => p.Id == candidate.ParticipantId, cancellationToken);
                if (await flow.StartAsync(program, nominee, ScoreLine.FromJson(candidate.LinesJson), candidate.Points, "system", cancellationToken) is not null)
                {
                    started++;
                    if (--slots == 0)
                    {
                        break;
                    }
                }
            }
        }

        return started;
    }

    [LoggerMessage(EventId = 6203, Level = LogLevel.Information, Message = "Started {Count} champion nominations in program {ProgramId}")]
    private static partial void LogSelected(ILogger logger, int count, int programId);
}
