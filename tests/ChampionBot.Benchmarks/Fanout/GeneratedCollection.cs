using System.Collections;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>A read-only collection whose items are made when enumerated.</summary>
internal sealed class GeneratedCollection<T>(int count, Func<int, T> create) : IReadOnlyCollection<T>
{
    public int Count => count;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return create(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
