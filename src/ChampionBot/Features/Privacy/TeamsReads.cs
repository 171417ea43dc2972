using ChampionBot.BotFramework.Connector;

namespace ChampionBot.Features.Privacy;

/// <summary>One way the bot reads people from Teams itself (the Bot Connector, not Graph): the call, what it reads and why.</summary>
public sealed record TeamsRead(string Call, string Reads, string Purpose);

/// <summary>
/// Every read of people the bot makes through the Bot Connector, for the <c>privacy</c> answer. A connector method that
/// reads (its name starts with Get) without an entry here fails a test, so a new read is described before it ships.
/// </summary>
public static class TeamsReads
{
    public static IReadOnlyList<TeamsRead> All { get; } =
    [
        new(nameof(IConnectorClient.GetPagedMembersAsync),
            "The pilot team's member list from Teams (each member's name, Entra object id, Teams user id, sign-in name and email)",
            "when a program owner types enroll, to make the team's members participants (people who asked to be forgotten are skipped)"),
    ];

    /// <summary>What every message to the bot carries, read as it arrives rather than asked for.</summary>
    public const string WithEachMessage =
        "With each message you send me, Teams tells me your name, Entra object id, Teams user id, time zone and the team and channel names, which I keep current in your profile.";
}
