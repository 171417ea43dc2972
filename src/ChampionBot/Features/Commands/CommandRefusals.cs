namespace ChampionBot.Features.Commands;

/// <summary>The one wording for "that isn't for you", for typed commands and card buttons alike.</summary>
public static class CommandRefusals
{
    /// <summary>For a card button whose card does not say what it is about (an old or garbled card).</summary>
    public const string UnreadableCard =
        "Sorry, I couldn't read this card: it doesn't say what it is about (an old or garbled card), so I haven't changed anything.";

    /// <param name="what">What was used, as the answer names it: "**challenge new**" or "that button".</param>
    public static string NotInAudience(string what, CommandAudience audience) => audience switch
    {
        CommandAudience.ProgramOwners =>
            $"Sorry, {what} is for program owners, so I haven't changed anything. " +
            "If you think you should be one, ask your program owner to add you. Type **help** to see what you can do.",
        CommandAudience.Champions =>
            $"Sorry, {what} is for AI champions, so I haven't changed anything. Champions are nominated from their results and approved by " +
            "their manager; until then, tell your program owner about your idea. Type **help** to see what you can do.",
        CommandAudience.Nominee => $"Sorry, {what} is for the person nominated, so I haven't changed anything. Type **help** to see what you can do.",
        CommandAudience.NomineeManager =>
            $"Sorry, {what} is for the nominee's manager (or the program owners, once the decision is theirs), so I haven't changed anything. " +
            "Type **help** to see what you can do.",
        _ => $"Sorry, {what} isn't for you, so I haven't changed anything. Type **help** to see what you can do.",
    };
}
