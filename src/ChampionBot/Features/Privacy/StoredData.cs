using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Privacy;

/// <summary>One table: what it holds, whether it is about a person, and how long it is kept.</summary>
public sealed record StoredItem(string What, bool AboutPeople, string HowLong);

/// <summary>
/// Every table the bot stores, keyed by its entity type, for the <c>privacy</c> answer. A table in the model without
/// an entry here fails a test, so a new kind of stored data is described before it ships.
/// </summary>
public static class StoredData
{
    private const string UntilForgotten = "until you type forget me";

    /// <summary>Where all of it is: said once, at the top of the stored-data list.</summary>
    public const string Where =
        "Where: everything below is in ChampionBot's own database and nowhere else (PostgreSQL in your organisation's Azure subscription when " +
        "deployed, a SQLite file on the machine when run locally); forget me deletes or anonymises it there, in one step, as each line says.";

    /// <summary>What stays outside the bot's database after optout or forget me, said plainly.</summary>
    public static IReadOnlyList<string> KeptByTeams { get; } =
    [
        "Kept by Teams, not by me: the messages already in your chat with me and in the pilot channel. Optout nominations, optout and forget me delete " +
        "every message I sent about your nominations wherever I posted it: the cards to you, your manager and the owners, and a champion announcement " +
        "in the pilot channel (Teams shows that a message was deleted; replies to it stay). Forget me also erases my stored copy of them.",
    ];

    public static IReadOnlyDictionary<Type, StoredItem> Tables { get; } = new Dictionary<Type, StoredItem>
    {
        [typeof(Participant)] = new("your profile: name, Entra object id, sign-in name, job title, role, team, department, manager's object id, time zone, enrolment and your privacy choices", true, UntilForgotten),
        [typeof(ConversationReference)] = new("the chats the bot can reach you in", true, UntilForgotten),
        [typeof(DreadItem)] = new("what you dread, how long it takes and how often", true, UntilForgotten),
        [typeof(Result)] = new("your challenge results (worked?, minutes before and with AI, quality, feeling, what you did differently)", true,
            "until you type forget me; then the numbers stay in the totals without your name or text"),
        [typeof(Reminder)] = new("which reminders were sent to you", true, UntilForgotten),
        [typeof(ChampionEvidence)] = new("champion evidence from your results (fast, novel, time saved, asking early)", true, UntilForgotten),
        [typeof(CopilotUsageSnapshot)] = new("the date you last used each Copilot app", true,
            "replaced by each day's report; deleted at once by optout usage, optout or forget me"),
        [typeof(ChampionScore)] = new("your current champion score and its lines", true, "replaced at each recompute; deleted by forget me"),
        [typeof(Nomination)] = new("champion nominations: status, your manager's decision and reason, the evidence shown", true,
            "until you type forget me (an open one is withdrawn by optout or optout nominations)"),
        [typeof(MaturityPulse)] = new("the one word you gave, every few weeks, for where your team is with AI, and when you were asked", true, UntilForgotten),
        [typeof(Champion)] = new("that you are a champion, since when, and who approved", true, "until you type forget me (retired by optout or optout nominations)"),
        [typeof(OutboundMessage)] = new("messages the bot sends, and who asked for them", true, "kept; forget me removes your name from the ones you asked for, and erases the ones about your nominations"),
        [typeof(MessageDelivery)] = new("each copy of a message sent to you and what happened to it", true, UntilForgotten),
        [typeof(DoNotContact)] = new("after forget me: only your object id and the date, so the bot never contacts you again", true, "until you type optin"),
        [typeof(ProgramOwner)] = new("who owns a program", true, "until removed, or the owner types forget me"),
        [typeof(ProgramChoice)] = new("the program an owner chose with program use", true, "until changed, or forget me"),
        [typeof(AuditEntry)] = new("who did what and when (owner actions, decisions, exports, deletions)", true, "kept; forget me replaces your id with forgotten-participant"),
        [typeof(OutcomeExport)] = new("an owner's export link and the owner's object id (no names in the files)", true,
            "the link works once, for 10 minutes; the record stays until the owner types forget me"),
        [typeof(ChampionProgram)] = new("programs: outcome, KPI, cadence, pilot team, stage (crawl, walk, run)", false, "until deleted"),
        [typeof(MaturityPublication)] = new("the maturity pulse's published words (said by 5 or more people)", false, "kept"),
        [typeof(Challenge)] = new("challenges and who wrote them", false, "kept; forget me removes the author's id"),
        [typeof(ChallengePost)] = new("when each challenge went out", false, "kept"),
        [typeof(DreadPublication)] = new("the dread ranking's published figures (groups of 5 or more)", false, "kept"),
        [typeof(OutcomePublication)] = new("the outcome report's published figures (groups of 5 or more)", false, "kept"),
        [typeof(TeamChannelName)] = new("team and channel names Teams sent with messages", false, "kept, updated when Teams sends a new name"),
        [typeof(TrustedServiceUrl)] = new("Teams service addresses the bot may answer", false, "kept"),
    };
}
