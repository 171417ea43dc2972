namespace ChampionBot.Scheduling;

/// <summary>
/// Work the scheduler runs on every poll. A job finds what is due itself and must be safe to run on several
/// instances at once (claim work in the database), because every instance runs every job.
/// </summary>
public interface IScheduledJob
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    Task RunDueAsync(CancellationToken cancellationToken);
}
