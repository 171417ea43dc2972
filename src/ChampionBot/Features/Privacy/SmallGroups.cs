namespace ChampionBot.Features.Privacy;

/// <summary>
/// The five-people rule behind every figure owners see (the dread ranking, the outcome ledger, the digest, the export):
/// a figure is shown only when it is about at least <see cref="MinimumPeople"/> people, and no figure about fewer may be
/// worked out by subtracting shown ones. So when the parts hidden from a breakdown whose total is shown hold between one
/// and four people together, the smallest shown parts are hidden with them until the hidden ones hold five or more.
/// </summary>
public static class SmallGroups
{
    public const int MinimumPeople = 5;

    /// <summary>True when a figure about this many people may be shown.</summary>
    public static bool Enough(int people) => people >= MinimumPeople;

    /// <summary>True when a figure about this many people (one to four) would be about too few: none at all gives nothing away.</summary>
    public static bool Discloses(int people) => people is > 0 and < MinimumPeople;

    /// <summary>
    /// Which parts of a breakdown to hide, by index: those about fewer than five people, then, while the hidden parts
    /// together hold one to four people, the smallest part still shown. <paramref name="parts"/> are each part's people.
    /// </summary>
    public static HashSet<int> Hidden<TPerson>(IReadOnlyList<IReadOnlyCollection<TPerson>> parts)
    {
        var hidden = Enumerable.Range(0, parts.Count).Where(i => !Enough(parts[i].Count)).ToHashSet();
        while (Discloses(hidden.SelectMany(i => parts[i]).Distinct().Count()))
        {
            var smallest = Enumerable.Range(0, parts.Count).Where(i => !hidden.Contains(i)).OrderBy(i => parts[i].Count).ThenBy(i => i).ToList();
            if (smallest.Count == 0)
            {
                break;
            }

            hidden.Add(smallest[0]);
        }

        return hidden;
    }
}
