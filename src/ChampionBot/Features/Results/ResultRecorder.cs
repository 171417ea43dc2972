using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

public sealed record RecordedResult(Result Result, bool Updated, bool? PreviouslyWorked);

/// <summary>Stores a result with its evidence in one save: insert the first time, update after (one per person and challenge).</summary>
public sealed partial class ResultRecorder(ChampionDbContext db, TimeProvider time, ILogger<ResultRecorder> logger)
{
    public async Task<RecordedResult> SaveAsync(int participantId, Challenge challenge, ResultAnswers answers, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Results.FirstOrDefaultAsync(r => r.ParticipantId == participantId && r.ChallengeId == challenge.Id, cancellationToken);
            var now = time.GetUtcNow();
            var result = existing ?? new Result { ParticipantId = participantId, ChallengeId = challenge.Id, SubmittedAt = now };
            var previouslyWorked = existing?.Worked;
            Apply(result, answers, now);
            if (existing is null)
            {
                db.Results.Add(result);
            }

            await ReplaceEvidenceAsync(participantId, challenge, answers, now, firstSubmit: existing is null, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new RecordedResult(result, existing is not null, previouslyWorked);
            }
            catch (DbUpdateException ex) when (attempt == 1 && DbErrors.IsUniqueViolation(ex))
            {
                // A double-click: the other submit stored the row a moment ago. Update that one instead.
                LogDoubleSubmit(logger, challenge.Id);
                db.ChangeTracker.Clear();
            }
        }
    }

    private static void Apply(Result result, ResultAnswers answers, DateTimeOffset now)
    {
        result.Worked = answers.Worked;
        result.MinutesBefore = answers.MinutesBefore;
        result.MinutesWithAi = answers.MinutesWithAi;
        result.TimesPerWeek = answers.TimesPerWeek;
        result.Quality = answers.Quality;
        result.Feeling = answers.Feeling;
        result.WhatTheyDidDifferently = answers.Differently;
        result.UpdatedAt = now;
    }

    private async Task ReplaceEvidenceAsync(
        int participantId, Challenge challenge, ResultAnswers answers, DateTimeOffset now, bool firstSubmit, CancellationToken cancellationToken)
    {
        // Evidence only ever comes with a result, so a first submit has none to replace: one round trip fewer.
        var key = ResultEvidence.SourceKey(challenge.Id);
        var stored = firstSubmit
            ? []
            : await db.ChampionEvidence.Where(e => e.ParticipantId == participantId && e.SourceKey == key).ToListAsync(cancellationToken);
        var wanted = ResultEvidence.For(participantId, challenge, answers, now).ToList();
        foreach (var evidence in wanted)
        {
            if (stored.FirstOrDefault(s => s.Kind == evidence.Kind) is { } row)
            {
                (row.Points, row.Detail) = (evidence.Points, evidence.Detail);
            }
            else
            {
                db.ChampionEvidence.Add(evidence);
            }
        }

        db.ChampionEvidence.RemoveRange(stored.Where(s => wanted.All(w => w.Kind != s.Kind)));
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Two submits of the same result for challenge {ChallengeId} raced; the second updates the first")]
    private static partial void LogDoubleSubmit(ILogger logger, int challengeId);
}
