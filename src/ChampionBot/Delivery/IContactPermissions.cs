namespace ChampionBot.Delivery;

/// <summary>
/// Who must not be contacted any more, as the app decides it (an opt-out, the do-not-contact list). Delivery knows no
/// feature, so it asks this when it claims deliveries and again right before each POST: a "no" given while a copy
/// was queued, in flight, waiting for a retry or recovered after a crash stops that copy. The app registers one;
/// without it the sender does not start. A failure to answer sends nothing (the delivery is released, not spent).
/// </summary>
public interface IContactPermissions
{
    /// <summary>Which of <paramref name="objectIds"/> must not be contacted.</summary>
    Task<IReadOnlySet<string>> MustNotContactAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken);
}
