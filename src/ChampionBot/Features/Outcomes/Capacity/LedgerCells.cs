
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>The finest split of a program's results (team, role, challenge, week): every part of the ledger is a union of cells.</summary>
internal readonly record struct LedgerCell(string? Team, string? Role, int ChallengeId, DateOnly Week);

/// <summary>
/// Each cell's people, numbered in the order cells are first seen, so a part of the ledger is a set of cell numbers
/// (<see cref="LedgerPart"/>) and comparing two parts is comparing bit sets. A cell holds one result per person (one
/// per person and challenge), split by the epoch its result last changed in (<see cref="LedgerSteps.Epoch"/>); each
/// split knows its people by id only while they are fewer than five, which is all the five-people rule needs: how many
/// people a union of cells holds, counted no further than five. Forgotten people's results add nobody.
/// </summary>
internal sealed class LedgerCells
{
    private readonly Dictionary<LedgerCell, int> _index = [];
    private readonly List<List<Split>> _splits = [];

    public int Count => _splits.Count;

    public void Add(LedgerCell cell, int epoch, int people, IReadOnlyCollection<int>? ids)
    {
        if (!_index.TryGetValue(cell, out var number))
        {
            number = _splits.Count;
            _index[cell] = number;
            _splits.Add([]);
        }

        _splits[number].Add(new Split(epoch, people, ids));
    }

    /// <summary>How many different people the cells set in <paramref name="bits"/> hold, counting no further than five.</summary>
    public int PeopleUpToFive(ulong[] bits) => PeopleUpToFive(bits, 0);

    /// <summary>Like <see cref="PeopleUpToFive(ulong[])"/>, counting only results last changed in <paramref name="fromEpoch"/> or later.</summary>
    public int PeopleUpToFive(ulong[] bits, int fromEpoch)
    {
        var seen = new HashSet<int>();
        for (var word = 0; word < bits.Length; word++)
        {
            for (var rest = bits[word]; rest != 0; rest &= rest - 1)
            {
                foreach (var split in _splits[(word * 64) + System.Numerics.BitOperations.TrailingZeroCount(rest)])
                {
                    if (split.Epoch < fromEpoch || split.People == 0)
                    {
                        continue;
                    }

                    if (split.Ids is null)
                    {
                        return Ledger.MinimumPeople;
                    }

                    seen.UnionWith(split.Ids);
                    if (seen.Count >= Ledger.MinimumPeople)
                    {
                        return Ledger.MinimumPeople;
                    }
                }
            }
        }

        return seen.Count;
    }

    /// <summary>The cells <paramref name="belongs"/> picks, as a bit set.</summary>
    public ulong[] Where(Func<LedgerCell, bool> belongs)
    {
        var bits = new ulong[(_splits.Count + 63) / 64];
        foreach (var (cell, number) in _index)
        {
            if (belongs(cell))
            {
                bits[number / 64] |= 1UL << (number % 64);
            }
        }

        return bits;
    }

    /// <summary>The people of one cell whose results last changed in one epoch; <see cref="Ids"/> null when five or more.</summary>
    private sealed record Split(int Epoch, int People, IReadOnlyCollection<int>? Ids);
}
