using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Digest;

namespace ChampionBot.Tests.Cards;

/// <summary>The owners' weekly digest: figures with their change, a first week, and everything withheld or quiet.</summary>
internal static class DigestGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        var week = new DateOnly(2026, 11, 30);
        var now = new LedgerFigures(12, 30, 20, 4, 1_450, 12 * 2_400);
        var before = new LedgerFigures(9, 20, 12, 3, 900, 9 * 2_400);
        var dread = new DreadTheme("status · report · manager", 7, 1_260, 11, ["demand-generation"], ["Marketing"]) { Key = "status-report", ItemIds = [11, 12] };
        yield return ("weekly digest (figures, dread, stalled)", DigestCard.Build(new WeeklyDigest("Marketing Pilot", week, week.AddDays(-7), now, before,
            [new UncoveredDread(2, dread)], [new("Lee Gu", "Alex Wilber", "waiting 12 days; escalated to you 1 Dec 2026")])));
        yield return ("weekly digest (first week)", DigestCard.Build(new WeeklyDigest("Marketing Pilot", week, week.AddDays(-7), now, null, [], [])));
        yield return ("weekly digest (not enough people yet)", DigestCard.Build(new WeeklyDigest("Marketing Pilot", week, week.AddDays(-7), null, null, [], [])));
    }
}
