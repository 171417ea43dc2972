using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Participants;

/// <summary>
/// What an activity tells us about its sender, captured so it can be applied to the stored participant later, for
/// example by a writer that stores many people's results in one transaction.
/// </summary>
public sealed record SenderProfile(string ObjectId, string? TeamsUserId, string? TenantId, string? Name, string? TimeZoneId, string? TeamId)
{
    /// <summary>The sender of <paramref name="activity"/>, or null when Teams did not say who it is (no Entra object id).</summary>
    public static SenderProfile? From(Activity activity)
    {
        var objectId = activity.From?.AadObjectId;
        return string.IsNullOrEmpty(objectId)
            ? null
            : new SenderProfile(objectId, activity.From?.Id, activity.GetTenantId(), activity.From?.Name, activity.GetClientTimeZone(), activity.ChannelData?.Team?.Id);
    }

    /// <summary>A participant for someone the bot meets for the first time: known, not enrolled.</summary>
    public Participant NewParticipant(int? programId, DateTimeOffset now)
    {
        var participant = new Participant { ObjectId = ObjectId, DisplayName = Name ?? "Colleague", CreatedAt = now, UpdatedAt = now, ProgramId = programId };
        ApplyTo(participant, now);
        return participant;
    }

    /// <summary>Copies what changed onto <paramref name="participant"/>; true when anything did.</summary>
    public bool ApplyTo(Participant participant, DateTimeOffset now)
    {
        var changed = false;
        void Set(string? value, string? current, Action<string> apply)
        {
            if (!string.IsNullOrEmpty(value) && !string.Equals(value, current, StringComparison.Ordinal))
            {
                apply(value);
                changed = true;
            }
        }

        Set(TeamsUserId, participant.TeamsUserId, v => participant.TeamsUserId = v);
        Set(TenantId, participant.TenantId, v => participant.TenantId = v);
        Set(Name, participant.DisplayName, v => participant.DisplayName = v);
        Set(TimeZoneId, participant.TimeZoneId, v => participant.TimeZoneId = v);
        if (changed)
        {
            participant.UpdatedAt = now;
        }

        return changed;
    }
}
