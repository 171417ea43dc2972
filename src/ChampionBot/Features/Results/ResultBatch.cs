using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>
/// Stores many people's results inside the caller's transaction with a handful of statements: the open challenges, one
/// read of the senders and their results, the newcomers, then the writes (<see cref="ResultSql"/>). Submissions are
/// applied in order, so a double-click inside one batch updates the row the first click inserted. Nothing is stored
/// for a challenge that no longer takes results.
/// </summary>
internal static class ResultBatch
{
    public static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        ChampionDbContext db, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var sql = ResultSql.For(db);
        return await ApplyAsync(db, sql, new OpenChallenges(), submissions, now, cancellationToken);
    }

    /// <param name="sql">The statements for <paramref name="db"/>'s connection, already in its transaction.</param>
    public static async Task<IReadOnlyList<ResultWriteOutcome>> ApplyAsync(
        ChampionDbContext db, ResultSql sql, OpenChallenges openChallenges, IReadOnlyList<ResultSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var challenges = await openChallenges.ForAsync(db, sql, submissions.Select(s => s.ChallengeId), cancellationToken);
        var open = submissions.Where(s => challenges.ContainsKey(s.ChallengeId)).ToList();
        if (open.Count == 0)
        {
            return [.. submissions.Select(_ => ResultWriteOutcome.Closed)];
        }

        var senders = open.GroupBy(s => s.Sender.ObjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Sender, StringComparer.Ordinal);
        var stored = await sql.ReadSendersAsync(senders.Keys, challenges.Keys, cancellationToken);
        var changedProfiles = senders.Where(s => stored.People.TryGetValue(s.Key, out var person) && s.Value.ApplyTo(person, now))
            .Select(s => stored.People[s.Key])
            .ToList();
        var newcomers = await NewcomersAsync(db, senders.Values.Where(s => !stored.People.ContainsKey(s.ObjectId)), now, cancellationToken);
        await sql.InsertNewcomersAsync(newcomers, cancellationToken);
        foreach (var person in newcomers)
        {
            stored.People[person.ObjectId] = person;
        }

        var plan = new ResultBatchPlan(stored, now);
        var outcomes = new List<ResultWriteOutcome>(submissions.Count);
        foreach (var submission in submissions)
        {
            outcomes.Add(challenges.TryGetValue(submission.ChallengeId, out var challenge)
                ? plan.Add(stored.People[submission.Sender.ObjectId].Id, challenge, submission.Answers)
                : ResultWriteOutcome.Closed);
        }

        await sql.WriteAsync(plan.Writes(changedProfiles), cancellationToken);
        return outcomes;
    }

    /// <summary>People the bot meets for the first time, in the program they belong to (looked up once per team).</summary>
    private static async Task<List<Participant>> NewcomersAsync(
        ChampionDbContext db, IEnumerable<SenderProfile> senders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programs = new Dictionary<string, int?>(StringComparer.Ordinal);
        var newcomers = new List<Participant>();
        foreach (var sender in senders.OrderBy(s => s.ObjectId, StringComparer.Ordinal))
        {
            var team = sender.TeamId is null ? string.Empty : "team:" + sender.TeamId;
            if (!programs.TryGetValue(team, out var programId))
            {
                programId = programs[team] = await ParticipantDirectory.DefaultProgramIdAsync(db, sender.TeamId, cancellationToken);
            }

            newcomers.Add(sender.NewParticipant(programId, now));
        }

        return newcomers;
    }
}
