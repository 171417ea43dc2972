namespace ChampionBot.Features.Champions;

/// <summary>
/// Told by <see cref="ChampionScorer"/> after scores were recomputed, by the daily run (everyone) and after results (the
/// people rescored). Nominations picks nominees this way; scoring does not know what is done with its scores.
/// </summary>
public interface IScoresRecomputed
{
    /// <param name="participantIds">The people rescored; null when everyone was.</param>
    Task ScoresRecomputedAsync(IReadOnlyCollection<int>? participantIds, CancellationToken cancellationToken);
}
