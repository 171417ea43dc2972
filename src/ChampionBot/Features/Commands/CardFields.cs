namespace ChampionBot.Features.Commands;

/// <summary>Card data fields that cards of several features carry, named once.</summary>
public static class CardFields
{
    /// <summary>The challenge a button acts on (result, reminder, rescue and owner cards).</summary>
    public const string ChallengeId = "challengeId";

    /// <summary>The version of what a form edits when it was opened, so a save over someone else's change is refused.</summary>
    public const string Version = "version";
}
