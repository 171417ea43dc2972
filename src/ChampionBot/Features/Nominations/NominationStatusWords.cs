using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Nominations;

/// <summary>A nomination's state as a person reads it (owners in <c>nominations</c>, the nominee in <c>mydata</c>).</summary>
public static class NominationStatusWords
{
    public static string Of(NominationStatus status) => status switch
    {
        NominationStatus.AwaitingConsent => "waiting for the nominee to say yes or no thanks",
        NominationStatus.ConsentDeclined => "the nominee said no thanks",
        NominationStatus.Pending => "waiting for the manager's decision",
        NominationStatus.Deferred => "\"not now\" from the manager",
        NominationStatus.Approved => "approved by the manager",
        NominationStatus.Declined => "declined by the manager",
        NominationStatus.Withdrawn => "withdrawn (the nominee opted out)",
        _ => status.ToString(),
    };
}
