using ChampionBot.Features.Privacy;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>A figure the ledger may show: its publication bucket, its kind of breakdown (team, role, week…), its cells and how many people it is about.</summary>
internal sealed record LedgerPart(string Bucket, string Family, ulong[] Cells, int People);

/// <summary>
/// Which parts of the ledger are withheld (<see cref="SmallGroups"/>): a part about fewer than five people, and any part
/// whose figures, subtracted from a shown part they lie within, would leave figures about one to four people. Checked
/// for each shown part against each part inside it (program − team, role − team, running total − running total, a week
/// against its running total) and against all shown parts of one kind inside it together (program − every shown team,
/// role − its shown challenges, a running total − the weeks and earlier totals in it). The smaller part is the one withheld.
/// </summary>
internal static class LedgerDisclosure
{
    public static HashSet<string> Withheld(LedgerCells cells, IReadOnlyList<LedgerPart> parts)
    {
        var withheld = parts.Where(p => !SmallGroups.Enough(p.People)).Select(p => p.Bucket).ToHashSet(StringComparer.Ordinal);
        while (NextToWithhold(cells, parts, withheld) is { } next)
        {
            // A part with the same results (the first week and its running total, a team that is one role) goes with it.
            withheld.UnionWith(parts.Where(p => Same(p.Cells, next.Cells)).Select(p => p.Bucket));
        }

        return withheld;
    }

    private static LedgerPart? NextToWithhold(LedgerCells cells, IReadOnlyList<LedgerPart> parts, HashSet<string> withheld)
    {
        var shown = parts.Where(p => !withheld.Contains(p.Bucket)).ToList();
        foreach (var outer in shown)
        {
            var inside = shown.Where(p => p != outer && Within(p.Cells, outer.Cells) && !Same(p.Cells, outer.Cells)).ToList();
            if (inside.FirstOrDefault(p => SmallGroups.Discloses(cells.PeopleUpToFive(Minus(outer.Cells, p.Cells)))) is { } single)
            {
                return single;
            }

            foreach (var family in inside.GroupBy(p => p.Family, StringComparer.Ordinal))
            {
                var rest = family.Aggregate(outer.Cells, (left, p) => Minus(left, p.Cells));
                if (SmallGroups.Discloses(cells.PeopleUpToFive(rest)))
                {
                    return family.OrderBy(p => p.People).ThenBy(p => p.Bucket, StringComparer.Ordinal).First();
                }
            }
        }

        return null;
    }

    private static bool Within(ulong[] inner, ulong[] outer)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if ((inner[i] & ~outer[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(ulong[] a, ulong[] b) => a.AsSpan().SequenceEqual(b);

    private static ulong[] Minus(ulong[] from, ulong[] take)
    {
        var rest = new ulong[from.Length];
        for (var i = 0; i < from.Length; i++)
        {
            rest[i] = from[i] & ~take[i];
        }

        return rest;
    }
}
