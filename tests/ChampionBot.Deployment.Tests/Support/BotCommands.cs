namespace ChampionBot.Deployment.Tests.Support;

/// <summary>
/// The commands the bot documents (its help text). Kept here until the app exposes its command table;
/// the manifest's command lists may only offer commands from this list.
/// </summary>
public static class BotCommands
{
    public static readonly IReadOnlySet<string> ForEveryone = new HashSet<string>(StringComparer.Ordinal)
    {
        "help", "dread", "challenge", "result", "me", "optout", "optin", "mydata", "forget me",
    };

    public static readonly IReadOnlySet<string> ForProgramOwners = new HashSet<string>(StringComparer.Ordinal)
    {
        "program", "enroll", "dread survey", "dread top", "challenge new", "challenge list", "challenge show",
        "challenge schedule", "challenge unschedule", "challenge delete", "challenge post", "program owner add", "program owner remove", "outcomes", "champions",
    };

    public static bool IsDocumented(string title) => ForEveryone.Contains(title) || ForProgramOwners.Contains(title);
}
