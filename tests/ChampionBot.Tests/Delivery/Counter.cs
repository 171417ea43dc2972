namespace ChampionBot.Tests.DeliveryEngine;

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
        for (var spins = 0; spins < 10_000 && Value < expected; spins++)
        {
            await Task.Yield();
        }

        for (var spins = 0; spins < 100; spins++)
        {
            await Task.Yield();
        }

        Assert.Equal(expected, Value);
    }
}
