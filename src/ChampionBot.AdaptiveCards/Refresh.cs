using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>
/// Asks Teams to run <see cref="Action"/> when the card is shown, so the bot can answer with an up-to-date or
/// per-user card. Teams refreshes automatically only for the listed <see cref="UserIds"/> (at most 60).
/// </summary>
public sealed class Refresh : IJsonOnSerializing
{
    /// <summary>Teams ignores automatic refresh for lists longer than this.</summary>
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string>? userIds;

    [JsonPropertyOrder(-1)]
    public string Type => "Refresh";

    [JsonIgnore]
    public required ExecuteAction Action { get; init; }

    // Declared as the base type so the action is written by runtime type, with its "type" discriminator.
    [JsonInclude]
    [JsonPropertyName("action")]
    internal CardAction SerializedAction => Action;

    /// <summary>Teams user ids (<c>29:…</c>) or Entra object ids of the users whose client refreshes automatically.</summary>
    public IReadOnlyList<string>? UserIds
    {
        get => userIds;
        init
        {
            EnsureWithinLimit(value);
            userIds = value;
        }
    }

    // The list may be a mutable one changed after init, so check again when it is written.
    void IJsonOnSerializing.OnSerializing() => EnsureWithinLimit(userIds);

    private static void EnsureWithinLimit(IReadOnlyList<string>? ids)
    {
        if (ids is { Count: > MaxUserIds })
        {
            throw new ArgumentException(
                $"refresh.userIds holds at most {MaxUserIds} ids; got {ids.Count}.", nameof(UserIds));
        }
    }
}
