using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Capacity;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Pulse;

/// <summary>A word and how many people gave it in a round.</summary>
public sealed record MaturityWordCount(string Word, int People);

/// <summary>One pulse round as owners see it: <see cref="People"/> is null while fewer than five people answered.</summary>
public sealed record MaturityRound(int Round, int? People, IReadOnlyList<MaturityWordCount> Words);

/// <summary>
/// The pulse's words per round for <c>report</c>, under the ledger's five-people rule: a round shows only while at
/// least <see cref="Ledger.MinimumPeople"/> people answered in it, a word only when that many gave it, and what a round
/// shows stays as it was last shown (<see cref="MaturityPublication"/>) until that many people's answers in it are new
/// or changed; then the round is taken afresh. So no report, nor two compared, tells one person's word.
/// </summary>
public sealed class MaturityRounds(ChampionDbContext db)
{
    /// <summary>The most words a round lists.</summary>
    public const int MaxWords = 5;

    public async Task<IReadOnlyList<MaturityRound>> ForAsync(int programId, CancellationToken cancellationToken)
    {
        var pulses = await db.MaturityPulses.AsNoTracking().Where(p => p.ProgramId == programId)
            .Select(p => new { p.Round, p.Word, p.AnsweredAt }).ToListAsync(cancellationToken);
        var shown = await db.MaturityPublications.Where(p => p.ProgramId == programId).ToDictionaryAsync(p => p.Round, cancellationToken);
        var rounds = new List<MaturityRound>();
        foreach (var round in pulses.GroupBy(p => p.Round).OrderBy(g => g.Key))
        {
            var answers = round.Where(p => p.Word is not null && p.AnsweredAt is not null).Select(p => (Word: p.Word!, At: p.AnsweredAt!.Value)).ToList();
            var published = shown.GetValueOrDefault(round.Key);
            rounds.Add(LedgerPublications.Decide(answers.Count, published?.AnswersUpTo, upTo => answers.Count(a => a.At > upTo)) switch
            {
                Publication.Withheld => new MaturityRound(round.Key, null, []),
                Publication.AsShown => new MaturityRound(round.Key, published!.People, Read(published.Words)),
                _ => Publish(programId, round.Key, answers, published),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Two owners looking at once both took a round first: the later keeps the earlier's words.
            db.ChangeTracker.Clear();
        }

        return rounds;
    }

    /// <summary>The round taken afresh: its words of five people or more, written over what it showed before.</summary>
    private MaturityRound Publish(int programId, int round, List<(string Word, DateTimeOffset At)> answers, MaturityPublication? published)
    {
        var words = answers.GroupBy(a => a.Word, StringComparer.Ordinal)
            .Select(g => new MaturityWordCount(g.Key, g.Count()))
            .Where(w => w.People >= Ledger.MinimumPeople)
            .OrderByDescending(w => w.People).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();
        if (published is null)
        {
            published = new MaturityPublication { ProgramId = programId, Round = round, Words = string.Empty };
            db.MaturityPublications.Add(published);
        }

        published.People = answers.Count;
        published.Words = string.Join('\n', words.Select(w => w.Word + " " + w.People.ToString(CultureInfo.InvariantCulture)));
        published.AnswersUpTo = answers.Max(a => a.At);
        return new MaturityRound(round, answers.Count, words);
    }

    private static List<MaturityWordCount> Read(string words) =>
    [
        .. words.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Select(parts => new MaturityWordCount(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture))),
    ];
}
