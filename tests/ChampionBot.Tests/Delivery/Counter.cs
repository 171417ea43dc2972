namespace ChampionBot.Tests.Delivery;

/// <summary>Counts completions that resume on the thread pool, and waits (on no clock) until the count has settled.</summary>
internal sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public async Task After(ValueTask operation)
    {
        await operation;
        Interlocked.Increment(ref _value);
    }

    /// <summary>Yields until the expected count is reached (or clearly will not be), then asserts it exactly.</summary>
    public async Task SettlesAt(int expected)
    {
        // Not a timed wait on behaviour: the fake clock has already moved; this only lets thread-pool continuations run.
        await Task.Run(() => SpinWait.SpinUntil(() => Value >= expected, TimeSpan.FromSeconds(10)));

        for (var spins = 0; spins < 100; spins++)
        {
            await Task.Yield();
        }

        Assert.Equal(expected, Value);
    }
}
