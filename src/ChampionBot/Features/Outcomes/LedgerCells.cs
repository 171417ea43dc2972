namespace ChampionBot.Features.Outcomes;

/// <summary>The finest split of a program's results (team, role, challenge, week): every part of the ledger is a union of cells.</summary>
internal readonly record struct LedgerCell(string? Team, string? Role, int ChallengeId, DateOnly Week);

/// <summary>
/// Each cell's people, numbered in the order cells are first seen, so a part of the ledger is a set of cell numbers
/// (<see cref="LedgerPart"/>) and comparing two parts is comparing bit sets. Forgotten people's results sit in cells
/// with no team or role and add nobody.
/// </summary>
internal sealed class LedgerCells
{
    private readonly Dictionary<LedgerCell, int> _index = [];
    private readonly List<HashSet<int>> _people = [];

    public int Count => _people.Count;

    public void Add(LedgerCell cell, int? person)
    {
        if (!_index.TryGetValue(cell, out var number))
        {
            number = _people.Count;
            _index[cell] = number;
            _people.Add([]);
        }

        if (person is { } id)
        {
            _people[number].Add(id);
        }
    }

    /// <summary>How many different people the cells set in <paramref name="bits"/> hold, counting no further than <paramref name="upTo"/>.</summary>
    public int People(ulong[] bits, int upTo = int.MaxValue)
    {
        var seen = new HashSet<int>();
        for (var word = 0; word < bits.Length; word++)
        {
            for (var rest = bits[word]; rest != 0; rest &= rest - 1)
            {
                seen.UnionWith(_people[(word * 64) + System.Numerics.BitOperations.TrailingZeroCount(rest)]);
                if (seen.Count >= upTo)
                {
                    return seen.Count;
                }
            }
        }

        return seen.Count;
    }

    /// <summary>The cells <paramref name="belongs"/> picks, as a bit set.</summary>
    public ulong[] Where(Func<LedgerCell, bool> belongs)
    {
        var bits = new ulong[(_people.Count + 63) / 64];
        foreach (var (cell, number) in _index)
        {
            if (belongs(cell))
            {
                bits[number / 64] |= 1UL << (number % 64);
            }
        }

        return bits;
    }
}
