namespace ChampionBot.Data.Entities;

/// <summary>A participant's answer to "what part of your week do you dread most?".</summary>
public sealed class DreadItem
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int? ProgramId { get; set; }

    public required string Text { get; set; }

    public int MinutesPerOccurrence { get; set; }

    public double TimesPerWeek { get; set; }

    /// <summary>Role and team at the time of the answer, so rankings stay stable when people move.</summary>
    public string? Role { get; set; }

    public string? Team { get; set; }

    /// <summary>
    /// The survey card the answer came from (one id per card sent). Unique per participant, so a double-click or a
    /// second submit of the same card updates this answer instead of adding another.
    /// </summary>
    public string? CardInstanceId { get; set; }

    /// <summary>
    /// Which kind of dread this is, so the ranking groups by equality: <see cref="PickedTheme"/> for a task picked from
    /// the card's list, or the key of the free-text theme the answer was found similar to. Null on answers stored before
    /// themes existed; the ranking works those out when it reads them.
    /// </summary>
    public string? ThemeKey { get; set; }

    /// <summary>When the current answer was given: answering the same card again moves it, so the ranking sees a changed answer as new.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The theme key of a task picked from the list on the card: the library challenge's slug.</summary>
    public static string PickedTheme(string challengeSlug) => "task:" + challengeSlug;
}
