namespace ChampionBot.Delivery;

/// <summary>
/// Names people by Entra object id, for the requester's progress card ("couldn't reach Pat, Lee"). The app supplies it;
/// Delivery itself knows no people. Without one, the card gives counts only.
/// </summary>
public interface IRecipientNames
{
    /// <summary>A name for each id the app knows, in the order given; unknown ids are left out.</summary>
    Task<IReadOnlyList<string>> NamesAsync(IReadOnlyList<string> objectIds, CancellationToken cancellationToken);
}
