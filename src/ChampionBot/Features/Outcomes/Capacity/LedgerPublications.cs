using ChampionBot.Data;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>What the five-people rule does with a part: withholds it, shows it as it was last shown, or takes it afresh.</summary>
internal enum Publication
{
    Withheld,
    AsShown,
    Afresh,
}

/// <summary>
/// The dread ranking's rule applied to the ledger: a part shows figures only while it is about at least five people,
/// and keeps the figures it was last shown with until at least five people's results in it are new or changed; then all
/// its figures are taken afresh at once. So comparing two reports never isolates one person's result. Changes are
/// added to <paramref name="db"/>; the caller saves them.
/// </summary>
internal sealed class LedgerPublications(ChampionDbContext db, int programId, IReadOnlyList<OutcomePublication> shown, DateTimeOffset resultsUpTo)
{
    private readonly Dictionary<string, OutcomePublication> _shown = shown.ToDictionary(p => p.Bucket, StringComparer.Ordinal);

    /// <summary>
    /// The rule, for the ledger's parts and the maturity pulse's rounds alike: a part of fewer than five people is
    /// withheld; one shown before (up to <paramref name="shownUpTo"/>) stays as shown until five people in it changed since.
    /// </summary>
    public static Publication Decide(int people, DateTimeOffset? shownUpTo, Func<DateTimeOffset, int> peopleChangedSince) =>
        people < Ledger.MinimumPeople ? Publication.Withheld
        : shownUpTo is { } upTo && peopleChangedSince(upTo) < Ledger.MinimumPeople ? Publication.AsShown
        : Publication.Afresh;

    public LedgerFigures? Figures(string bucket, LedgerBucket? members)
    {
        var published = _shown.GetValueOrDefault(bucket);
        switch (members is null ? Publication.Withheld : Decide(members.People, published?.ResultsUpTo, members.PeopleChangedSince))
        {
            case Publication.Withheld:
                return null;
            case Publication.AsShown:
                return Read(published!);
        }

        var figures = members!.Figures();
        if (published is null)
        {
            published = new OutcomePublication { ProgramId = programId, Bucket = bucket };
            db.OutcomePublications.Add(published);
            _shown[bucket] = published;
        }

        Write(figures, published);
        published.ResultsUpTo = resultsUpTo;
        return figures;
    }

    private static LedgerFigures Read(OutcomePublication p) =>
        new(p.People, p.Results, p.WorkedFirstTry, p.WorkedAfterRescue, p.MinutesSavedPerWeek, p.WorkingMinutesPerWeek)
        {
            MedianDaysToValue = p.MedianDaysToValue,
            AverageFeeling = p.AverageFeeling,
            Tried = p.Tried,
            Succeeded = p.Succeeded,
            Repeated = p.Repeated,
        };

    private static void Write(LedgerFigures f, OutcomePublication p)
    {
        p.People = f.People;
        p.Results = f.Results;
        p.WorkedFirstTry = f.WorkedFirstTry;
        p.WorkedAfterRescue = f.WorkedAfterRescue;
        p.MinutesSavedPerWeek = f.MinutesSavedPerWeek;
        p.WorkingMinutesPerWeek = f.WorkingMinutesPerWeek;
        p.MedianDaysToValue = f.MedianDaysToValue;
        p.AverageFeeling = f.AverageFeeling;
        p.Tried = f.Tried;
        p.Succeeded = f.Succeeded;
        p.Repeated = f.Repeated;
    }
}
