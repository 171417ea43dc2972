namespace ChampionBot.Data.Entities;

/// <summary>
/// A row two instances may change at the same time. <see cref="ChampionDbContext"/> bumps <see cref="Version"/> on every
/// tracked update, so a save based on a stale read throws <c>DbUpdateConcurrencyException</c> instead of silently winning.
/// Code that uses ExecuteUpdate on such a row must increment Version itself.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
