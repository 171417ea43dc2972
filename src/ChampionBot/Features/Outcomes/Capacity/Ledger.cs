
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>A labelled part of the ledger; <see cref="Figures"/> is null while it is about fewer than five people.</summary>
public sealed record LedgerLine(string Label, LedgerFigures? Figures)
{
    /// <summary>The challenge a challenge's line is about; null for teams and roles.</summary>
    public int? ChallengeId { get; init; }
}

/// <summary>One week (from Monday, in the program's time zone): what was reported that week and everything up to it.</summary>
public sealed record LedgerWeek(DateOnly WeekOf, LedgerFigures? ThatWeek, LedgerFigures? UpToThen);

/// <summary>Who got how far, enrolled → received a challenge → tried one → it worked → tried two or more.</summary>
public sealed record LedgerFunnel(int Enrolled, int Received, int? Tried, int? Succeeded, int? Repeated)
{
    /// <summary>
    /// The funnel with no step above the one before it. Each step is a subset of the one before by definition; only a
    /// step's figure kept from an earlier report (the five-people rule) can outgrow it, for example after someone who
    /// tried asked to be forgotten. A withheld step (null, under five people) withholds the steps after it.
    /// </summary>
    public static LedgerFunnel Of(int enrolled, int received, int? tried, int? succeeded, int? repeated)
    {
        received = Math.Min(received, enrolled);
        tried = AtMost(tried, received);
        succeeded = tried is { } t ? AtMost(succeeded, t) : null;
        return new(enrolled, received, tried, succeeded, succeeded is { } s ? AtMost(repeated, s) : null);
    }

    private static int? AtMost(int? step, int before) => step is { } n ? Math.Min(n, before) : null;
}

/// <summary>A program's outcome ledger as owners see it: every figure about five people or more, or withheld.</summary>
public sealed record Ledger(
    double TargetPercent,
    LedgerFigures? Program,
    LedgerFunnel Funnel,
    IReadOnlyList<LedgerLine> Teams,
    IReadOnlyList<LedgerLine> Roles,
    IReadOnlyList<LedgerLine> Challenges,
    IReadOnlyList<LedgerWeek> Weeks)
{
    /// <summary>The early benchmark for a well-run program: a 12–25 % capacity increase without added headcount.</summary>
    public const double BandLow = 12;

    public const double BandHigh = 25;

    /// <summary>Fewer people than this and a figure is withheld, like the dread ranking's groups.</summary>
    public const int MinimumPeople = Privacy.SmallGroups.MinimumPeople;

    public const string Withheld = "not enough people yet";
}
