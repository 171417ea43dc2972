namespace ChampionBot.Delivery.Sending;

/// <summary>
/// The check right before a POST, shared by all workers: callers that arrive while a query runs wait for the next
/// one, which starts after they asked, so each answer reflects every "no" committed before its question. One query
/// per round trip answers however many workers are waiting, so the check costs little at any send rate.
/// </summary>
public sealed class ContactCheck(IContactPermissions permissions)
{
    private readonly Lock _gate = new();
    private List<(string ObjectId, TaskCompletionSource<bool> Allowed)> _waiting = [];
    private bool _running;

    /// <summary>True when the person may still be contacted; throws when that cannot be known.</summary>
    public Task<bool> MayContactAsync(string objectId)
    {
        var allowed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_gate)
        {
            _waiting.Add((objectId, allowed));
            start = !_running;
            _running = true;
        }

        if (start)
        {
            // Runs inline up to the query's first real wait, so an answer that is at hand costs no thread hop.
            _ = AnswerAsync();
        }

        return allowed.Task;
    }

    private async Task AnswerAsync()
    {
        while (true)
        {
            List<(string ObjectId, TaskCompletionSource<bool> Allowed)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            try
            {
                var refused = await permissions.MustNotContactAsync([.. batch.Select(w => w.ObjectId).Distinct(StringComparer.Ordinal)], CancellationToken.None).ConfigureAwait(false);
                batch.ForEach(w => w.Allowed.TrySetResult(!refused.Contains(w.ObjectId)));
            }
            catch (Exception ex)
            {
                batch.ForEach(w => w.Allowed.TrySetException(ex));
            }
        }
    }
}
