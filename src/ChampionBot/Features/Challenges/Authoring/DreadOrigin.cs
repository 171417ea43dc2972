using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Features.Dread;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// Starts a challenge form from a group in the dread ranking, and says where a challenge came from. Everything here
/// is about the group as <c>dread top</c> shows it (its key words, size and medians), never one person's answer.
/// A form carries the group's number in the owner's own program's ranking, never an answer id: the stored link (the
/// group's representative answer) is set here on the server and only ever shown as the group it is in today, in the
/// owner's own program's ranking.
/// </summary>
public static class DreadOrigin
{
    public static readonly string NoLongerShown =
        $"a dread group that is no longer in the ranking (fewer than {DreadRanking.MinimumGroupSize} people now, or further down)";

    /// <summary>The form for group <paramref name="group"/>: a suggested title, the group's median minutes and frequency, and its role only when the ranking names one.</summary>
    public static ChallengeForm Form(DreadTheme group, int rank)
    {
        ArgumentNullException.ThrowIfNull(group);
        var minutes = (int)Math.Round(group.MedianMinutes, MidpointRounding.AwayFromZero);
        return new ChallengeForm
        {
            DreadGroup = rank,
            Title = Trim($"Take the pain out of: {DreadGroups.ThemeWords(group)}", 200),
            AudienceRole = group.SharedRole ?? ChallengeForm.GeneralRole,
            BaselineMinutes = minutes > 0 ? minutes.ToString(CultureInfo.InvariantCulture) : string.Empty,
            FrequencyPerWeek = group.MedianTimesPerWeek > 0 ? DreadFrequencies.Format(group.MedianTimesPerWeek) : string.Empty,
        };
    }

    /// <summary>The line above the form: the group's theme and figures, so the owner can describe the task in their own words.</summary>
    public static string Context(DreadTheme group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var minutes = Math.Round(group.MedianMinutes).ToString("0", CultureInfo.InvariantCulture);
        return $"Built from the dread group \"{group.Theme}\": {group.People} people, {DreadFrequencies.DescribeWeeklyTime(group.MinutesPerWeek)} in total; " +
            $"the median person spends {DreadFrequencies.DescribeWeeklyTime(group.MedianMinutesPerWeek)} on it, {minutes} minutes each time. " +
            "Only the group is shown, never anyone's own words: describe the task as you'd put it to them.";
    }

    /// <summary>The link a new challenge stores for the form's group number: the group's representative answer, or null when the number names no shown group.</summary>
    public static async Task<int?> LinkAsync(ChampionDbContext db, int programId, int? dreadGroup, CancellationToken cancellationToken) =>
        dreadGroup is { } rank
            ? (await DreadGroups.ByRankAsync(db, programId, rank.ToString(CultureInfo.InvariantCulture), cancellationToken)).Group?.RepresentativeItemId
            : null;

    /// <summary>The line above a form: its group (a new form) or its challenge's stored link (an edit), in the owner's program only.</summary>
    public static async Task<string?> DescribeFormAsync(ChampionDbContext db, ChallengeForm form, int programId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.DreadGroup is { } rank)
        {
            var lookup = await DreadGroups.ByRankAsync(db, programId, rank.ToString(CultureInfo.InvariantCulture), cancellationToken);
            return lookup.Group is { } group ? Context(group) : $"Built from {NoLongerShown}.";
        }

        var link = form.ChallengeId is { } id
            ? await db.Challenges.AsNoTracking().Where(c => c.Id == id && c.ProgramId == programId).Select(c => c.SourceDreadItemId).FirstOrDefaultAsync(cancellationToken)
            : null;
        return await DescribeAsync(db, programId, link, full: true, cancellationToken);
    }

    /// <summary>Where a linked challenge came from, for the form (<paramref name="full"/>) or the preview; null when there is no link.</summary>
    public static async Task<string?> DescribeAsync(ChampionDbContext db, int programId, int? dreadItemId, bool full, CancellationToken cancellationToken)
    {
        if (dreadItemId is not { } id)
        {
            return null;
        }

        var group = DreadGroups.Containing(await DreadGroups.RankingAsync(db, programId, cancellationToken), id);
        return (group, full) switch
        {
            (null, true) => $"Built from {NoLongerShown}.",
            (null, false) => NoLongerShown,
            (_, true) => Context(group),
            _ => $"the group \"{group.Theme}\" ({group.People} people)",
        };
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max].Trim();
}
