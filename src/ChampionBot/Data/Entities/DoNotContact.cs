namespace ChampionBot.Data.Entities;

/// <summary>
/// A person who asked to be forgotten: only their Entra object id and since when, so that nothing (enrol, surveys,
/// challenges, reminders) contacts them again until they write <c>optin</c> themselves. Deliberately no name, no UPN.
/// </summary>
public sealed class DoNotContact
{
    /// <summary>Entra object id (opaque string); the key, so a person is on the list at most once.</summary>
    public required string ObjectId { get; set; }

    public DateTimeOffset Since { get; set; }
}
