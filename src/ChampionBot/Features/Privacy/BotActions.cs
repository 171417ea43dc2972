using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Privacy;

/// <summary>What one kind of proactive message is, as a person reads it: its name (<c>mydata</c>) and when it is sent (<c>privacy</c>).</summary>
public sealed record MessageKindText(string Name, string WhenSent);

/// <summary>
/// Every kind of message the bot can send about or to a person, keyed by the <see cref="OutboundMessageKind"/> each
/// send is stored under (every proactive message goes through the outbox with one), so the <c>privacy</c> answer and
/// <c>mydata</c> name the same things the code sends. A kind without an entry fails a test.
/// </summary>
public static class BotActions
{
    public static IReadOnlyDictionary<OutboundMessageKind, MessageKindText> Messages { get; } = new Dictionary<OutboundMessageKind, MessageKindText>
    {
        [OutboundMessageKind.Challenge] = new("a weekly challenge", "the weekly challenge, 1:1 to enrolled participants and in the pilot channel, on the program's schedule"),
        [OutboundMessageKind.Reminder] = new("a reminder", "one reminder to report how a challenge went, when you have not reported yet"),
        [OutboundMessageKind.Survey] = new("a survey (what you dread, or your team and AI in one word)",
            "the question \"what part of your week do you dread most?\" when an owner runs a dread survey, and every few weeks one word for where your team is with AI"),
        [OutboundMessageKind.Rescue] = new("a tip after a challenge didn't work", "a tip and a champion to ask, after you report that a challenge didn't work"),
        [OutboundMessageKind.Nomination] = new("a champion nomination",
            "when your evidence crosses the program's threshold: first asks you whether you would like to be nominated, then sends your manager a card with your evidence to approve or decline; undecided, it is re-sent once and then shown to the program owners (never with optout nominations)"),
        [OutboundMessageKind.Announcement] = new("an announcement",
            "tells you when you are made (or stop being) a program owner, and announces an approved champion in the pilot channel with an @mention and what they did"),
        [OutboundMessageKind.Digest] = new("a digest", "a weekly summary for program owners: the program's figures (only for groups of five or more), the most dreaded tasks no challenge covers, and stalled nominations with the nominee's and manager's names"),
        [OutboundMessageKind.Other] = new("a message",
            "notices to program owners: a challenge post finished or was given up, a champion proposed a challenge (with the champion's name), or the tenant's reports conceal names"),
    };

    /// <summary>The name of a kind of message, for <c>mydata</c>'s list of messages.</summary>
    public static string Name(OutboundMessageKind kind) => Messages.TryGetValue(kind, out var text) ? text.Name : "a message";

    /// <summary>What the bot does about a person that is not a message.</summary>
    public static IReadOnlyList<string> Other { get; } =
    [
        "Works out a champion score from your results and evidence (and, unless you opt out of usage lookups, your Copilot usage), daily and after each result; every score is a list of plain-language lines that add up to it.",
        "Replies when you write to it, and updates the cards you press in place.",
        "Stops every message still on its way to you when you type optout, and deletes everything about you when you type forget me.",
    ];
}
