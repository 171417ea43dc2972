using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// Every message a nomination sends, all through the outbox with an idempotency key per nomination and step, so a
/// retried step never sends twice: the consent card, the decision card (manager or owners), the nominee's news and the
/// announcement in the pilot channel.
/// </summary>
public sealed class NominationMessages(ChampionDbContext db, IOutbox outbox, ProgramOwners owners)
{
    /// <summary>The outbox key of the <paramref name="attempt"/>-th consent card of a nomination (from 1).</summary>
    public static string ConsentKey(int nominationId, int attempt) => attempt <= 1
        ? KeyPrefix(nominationId) + "consent"
        : KeyPrefix(nominationId) + $"consent:{attempt}";

    /// <summary>The consent card to the nominee (its <paramref name="attempt"/>-th send); false when the bot cannot reach them.</summary>
    public async Task<bool> AskConsentAsync(Nomination nomination, Participant nominee, ChampionProgram program, int attempt, CancellationToken cancellationToken)
    {
        var card = ConsentCard.Build(nomination, program.Name, ScoreLine.FromJson(nomination.EvidenceJson));
        return await SendAsync(program, nominee.ObjectId, MessageFactory.Card(card.ToJsonElement(), "Would you like to be nominated as an AI champion?"),
            ConsentKey(nomination.Id, attempt), cancellationToken);
    }

    /// <summary>The decision card to the manager; false when the bot cannot reach them (the caller asks the owners).</summary>
    public Task<bool> AskManagerAsync(Nomination nomination, Participant nominee, ChampionProgram program, string managerObjectId, CancellationToken cancellationToken) =>
        SendAsync(program, managerObjectId, DecisionActivity(nomination, nominee, program, null),
            KeyPrefix(nomination.Id) + $"manager:{nomination.Version}", cancellationToken);

    /// <summary>The decision card to every owner of the program the bot can reach, saying why it is theirs; how many got it.</summary>
    public async Task<int> AskOwnersAsync(Nomination nomination, Participant nominee, ChampionProgram program, string why, CancellationToken cancellationToken)
    {
        var activity = DecisionActivity(nomination, nominee, program, why);
        var sent = 0;
        foreach (var owner in await owners.OwnerObjectIdsAsync(program.Id, cancellationToken))
        {
            if (owner != nominee.ObjectId && await SendAsync(program, owner, activity, KeyPrefix(nomination.Id) + $"owners:{nomination.Version}:{owner}", cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Tells the nominee how it was decided (a decline without the manager's words: those are for the owners).</summary>
    public Task<bool> TellNomineeAsync(Nomination nomination, Participant nominee, ChampionProgram program, bool announced, CancellationToken cancellationToken)
    {
        var text = nomination.Status == NominationStatus.Approved
            ? $"Congratulations: you're now an AI champion of **{program.Name}**. I'll name you in the challenge posts as the person to ask, and " +
              (announced ? "I'm announcing it in the pilot channel now." : "I'll announce it in the pilot channel as soon as I'm in it.")
            : $"Your nomination as an AI champion of **{program.Name}** wasn't approved this time. Thank you for everything you've tried: it counts, and it shows in **me**.";
        return SendAsync(program, nominee.ObjectId, MessageFactory.Text(text), KeyPrefix(nomination.Id) + "told", cancellationToken);
    }

    /// <summary>What every outbox key of a nomination's messages starts with: how <see cref="ChampionWithdrawal"/> finds them to take them back.</summary>
    public static string KeyPrefix(int nominationId) => $"nomination:{nominationId}:";

    public static string AnnouncementKey(int nominationId) => KeyPrefix(nominationId) + "announced";

    /// <summary>The announcement in the pilot channel, with a real @mention of the champion and what they did; the channel's name, or null when not posted.</summary>
    public async Task<string?> AnnounceAsync(Nomination nomination, Participant champion, ChampionProgram program, CancellationToken cancellationToken)
    {
        if (await NominationRoutes.PilotChannelAsync(db, program, cancellationToken) is not { } channel)
        {
            return null;
        }

        var did = ScoreLine.FromJson(nomination.EvidenceJson).Where(l => l.Points > 0).OrderByDescending(l => l.Points).Take(3).Select(l => "- " + l.Text).ToList();
        var text = $"Please welcome {MessageFactory.MentionText(champion.DisplayName)} as an AI champion of **{program.Name}**! " +
            "When a challenge doesn't work for you the first time, they're the person to ask." +
            (did.Count > 0 ? $" What they did:\n\n{string.Join("\n", did)}" : string.Empty);
        var mentioned = new ChannelAccount { Id = champion.TeamsUserId ?? champion.ObjectId, Name = champion.DisplayName, AadObjectId = champion.ObjectId };
        await outbox.EnqueueAsync(Request(program, MessageFactory.TextWithMention(text, mentioned), [channel.Route], AnnouncementKey(nomination.Id)), cancellationToken);
        return channel.ChannelName;
    }

    private Activity DecisionActivity(Nomination nomination, Participant nominee, ChampionProgram program, string? why)
    {
        var card = DecisionCard.Build(nomination, nominee.DisplayName, program.Name, ScoreLine.FromJson(nomination.EvidenceJson), why);
        return MessageFactory.Card(card.ToJsonElement(), $"Nominate {nominee.DisplayName} as an AI champion?");
    }

    private async Task<bool> SendAsync(ChampionProgram program, string objectId, Activity activity, string key, CancellationToken cancellationToken)
    {
        if (await NominationRoutes.PersonalAsync(db, program, objectId, cancellationToken) is not { } route)
        {
            return false;
        }

        await outbox.EnqueueAsync(Request(program, activity, [route], key), cancellationToken);
        return true;
    }

    private static OutboundRequest Request(ChampionProgram program, Activity activity, IReadOnlyCollection<OutboundRecipient> recipients, string key) => new()
    {
        Kind = OutboundMessageKind.Nomination,
        RequestedBy = "system",
        Activity = activity,
        Recipients = recipients,
        ProgramId = program.Id,
        DefaultTimeZone = program.TimeZoneId,
        IdempotencyKey = key,
    };
}
