using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores many people's results in one transaction: a few set-based reads (the challenges, the people, their results
/// and evidence), then one save. Submissions are applied in order, so a double-click inside one batch updates the row
/// the first click inserted. Nothing is stored for a challenge that no longer takes results.
/// </summary>
internal static class ResultBatch
{
    public static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        ChampionDbContext db, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var challengeIds = submissions.Select(s => s.ChallengeId).Distinct().ToList();
        var challenges = await db.Challenges.AsNoTracking()
            .Where(c => challengeIds.Contains(c.Id) && c.Status == ChallengeStatus.Posted)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var open = submissions.Where(s => challenges.ContainsKey(s.ChallengeId)).ToList();
        if (open.Count == 0)
        {
            return [.. submissions.Select(_ => ResultWriteOutcome.Closed)];
        }

        var (people, results) = await PeopleAndResultsAsync(db, open.Select(s => s.Sender), challenges.Keys, now, cancellationToken);
        var evidence = await EvidenceAsync(db, results, cancellationToken);

        var outcomes = new List<ResultWriteOutcome>(submissions.Count);
        foreach (var submission in submissions)
        {
            if (!challenges.TryGetValue(submission.ChallengeId, out var challenge))
            {
                outcomes.Add(ResultWriteOutcome.Closed);
                continue;
            }

            var person = people[submission.Sender.ObjectId];
            var existing = results.GetValueOrDefault((person.Id, challenge.Id));
            var result = existing ?? new Result { ParticipantId = person.Id, ChallengeId = challenge.Id, SubmittedAt = now };
            var previouslyWorked = existing?.Worked;
            Apply(result, submission.Answers, now);
            if (existing is null)
            {
                db.Results.Add(result);
                results[(person.Id, challenge.Id)] = result;
            }

            ReplaceEvidence(db, evidence, person.Id, challenge, submission.Answers, now);
            outcomes.Add(new ResultWriteOutcome(challenge, person.Id, existing is not null, previouslyWorked));
        }

        await db.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    /// <summary>
    /// The senders as tracked participants with their stored results for these challenges, in one query; people met for
    /// the first time are created (and saved, for an id). Everyone is refreshed from what Teams sent.
    /// </summary>
    private static async Task<(Dictionary<string, Participant> People, Dictionary<(int, int), Result> Results)> PeopleAndResultsAsync(
        ChampionDbContext db, IEnumerable<SenderProfile> senders, IEnumerable<int> challengeIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = senders.GroupBy(s => s.ObjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var objectIds = latest.Keys.ToList();
        var openIds = challengeIds.ToList();
        var rows = await (
                from person in db.Participants.Where(p => objectIds.Contains(p.ObjectId))
                from result in db.Results.Where(r => r.ParticipantId == person.Id && openIds.Contains(r.ChallengeId)).DefaultIfEmpty()
                select new { Person = person, Result = result })
            .ToListAsync(cancellationToken);
        var people = new Dictionary<string, Participant>(StringComparer.Ordinal);
        var results = new Dictionary<(int, int), Result>();
        foreach (var row in rows)
        {
            people[row.Person.ObjectId] = row.Person;
            if (row.Result is { } result)
            {
                results[(row.Person.Id, result.ChallengeId)] = result;
            }
        }

        var newcomers = latest.Values.Where(s => !people.ContainsKey(s.ObjectId)).ToList();
        foreach (var sender in newcomers)
        {
            var person = sender.NewParticipant(await ParticipantDirectory.DefaultProgramIdAsync(db, sender.TeamId, cancellationToken), now);
            db.Participants.Add(person);
            people[sender.ObjectId] = person;
        }

        foreach (var (objectId, sender) in latest)
        {
            sender.ApplyTo(people[objectId], now);
        }

        if (newcomers.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (people, results);
    }

    /// <summary>Evidence only ever comes with a result, so only people updating a result have any to replace.</summary>
    private static async Task<List<ChampionEvidence>> EvidenceAsync(
        ChampionDbContext db, Dictionary<(int, int), Result> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
        {
            return [];
        }

        var personIds = results.Keys.Select(k => k.Item1).Distinct().ToList();
        var keys = results.Keys.Select(k => ResultEvidence.SourceKey(k.Item2)).Distinct().ToList();
        return await db.ChampionEvidence.Where(e => personIds.Contains(e.ParticipantId) && keys.Contains(e.SourceKey)).ToListAsync(cancellationToken);
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

    /// <summary>One source key per challenge, so a second submit replaces its evidence rather than adding to it.</summary>
    private static void ReplaceEvidence(ChampionDbContext db, List<ChampionEvidence> evidence, int personId, Challenge challenge, ResultAnswers answers, DateTimeOffset now)
    {
        var key = ResultEvidence.SourceKey(challenge.Id);
        var stored = evidence.Where(e => e.ParticipantId == personId && e.SourceKey == key).ToList();
        var wanted = ResultEvidence.For(personId, challenge, answers, now).ToList();
        foreach (var item in wanted)
        {
            if (stored.FirstOrDefault(s => s.Kind == item.Kind) is { } row)
            {
                (row.Points, row.Detail) = (item.Points, item.Detail);
            }
            else
            {
                db.ChampionEvidence.Add(item);
                evidence.Add(item);
            }
        }

        foreach (var row in stored.Where(s => wanted.All(w => w.Kind != s.Kind)))
        {
            db.ChampionEvidence.Remove(row);
            evidence.Remove(row);
        }
    }
}
