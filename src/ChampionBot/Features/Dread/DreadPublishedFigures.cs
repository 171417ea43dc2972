using ChampionBot.Data;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Dread;

/// <summary>
/// The rule that keeps one answer from showing through a comparison of two rankings: each part of the ranking (a
/// group, a role and team, "other", the respondent count) keeps the figures it was first shown with until at least
/// <see cref="DreadRanking.MinimumGroupSize"/> people have new or changed answers in it; then all its figures are
/// taken afresh at once. Whether a group is shown at all still follows its current size (at least five people).
/// Changes are added to <paramref name="db"/>; the caller saves them.
/// </summary>
public sealed class DreadPublishedFigures(ChampionDbContext db, int programId, IReadOnlyList<DreadPublication> shown, DateTimeOffset answersUpTo) : IDreadFigureSource
{
    private const char ListSeparator = '\n';

    private readonly Dictionary<string, DreadPublication> _shown = shown.ToDictionary(p => p.Bucket, StringComparer.Ordinal);

    public DreadFigures Figures(string bucket, IReadOnlyList<DreadEntry> members, Func<DreadFigures> current)
    {
        if (_shown.TryGetValue(bucket, out var published) && NewPeople(members, published.AnswersUpTo) < DreadRanking.MinimumGroupSize)
        {
            return Read(published);
        }

        var figures = current();
        if (published is null)
        {
            published = new DreadPublication { ProgramId = programId, Bucket = bucket };
            db.DreadPublications.Add(published);
            _shown[bucket] = published;
        }

        Write(figures, published);
        published.AnswersUpTo = answersUpTo;
        return figures;
    }

    /// <summary>The free-text themes (of five people or more) whose figures the next ranking takes afresh, so their texts are read.</summary>
    public static List<string> TextThemesToPublish(IReadOnlyList<DreadPublication> shown, IReadOnlyList<DreadEntry> entries)
    {
        var published = shown.ToDictionary(p => p.Bucket, StringComparer.Ordinal);
        return
        [
            .. entries.Where(e => e.ThemeKey is { } key && !DreadThemes.IsPicked(key)).GroupBy(e => e.ThemeKey!, StringComparer.Ordinal)
                .Where(g => g.Select(e => e.ParticipantId).Distinct().Count() >= DreadRanking.MinimumGroupSize)
                .Where(g => !published.TryGetValue("theme:" + g.Key, out var p) || NewPeople([.. g], p.AnswersUpTo) >= DreadRanking.MinimumGroupSize)
                .Select(g => g.Key),
        ];
    }

    private static int NewPeople(IReadOnlyList<DreadEntry> members, DateTimeOffset since) =>
        members.Where(e => e.CreatedAt > since).Select(e => e.ParticipantId).Distinct().Count();

    private static DreadFigures Read(DreadPublication p) => new(p.Label, p.People, p.MinutesPerWeek)
    {
        MedianMinutes = p.MedianMinutes,
        MedianTimesPerWeek = p.MedianTimesPerWeek,
        MedianMinutesPerWeek = p.MedianMinutesPerWeek,
        Roles = Split(p.Roles),
        Teams = Split(p.Teams),
        SharedRole = p.SharedRole,
        Groups = p.Groups,
    };

    private static void Write(DreadFigures f, DreadPublication p)
    {
        p.Label = f.Label.Length > 1000 ? f.Label[..1000] : f.Label;
        p.People = f.People;
        p.MinutesPerWeek = f.MinutesPerWeek;
        p.MedianMinutes = f.MedianMinutes;
        p.MedianTimesPerWeek = f.MedianTimesPerWeek;
        p.MedianMinutesPerWeek = f.MedianMinutesPerWeek;
        p.Roles = string.Join(ListSeparator, f.Roles);
        p.Teams = string.Join(ListSeparator, f.Teams);
        p.SharedRole = f.SharedRole;
        p.Groups = f.Groups;
    }

    private static List<string> Split(string list) => [.. list.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries)];
}
