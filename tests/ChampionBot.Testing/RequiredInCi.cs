namespace ChampionBot.Testing;

/// <summary>
/// Tests that need something outside .NET (PostgreSQL, Chromium, Node) call this when it is missing:
/// with CI=true the test fails; on a developer machine it returns true so the test can return early.
/// </summary>
public static class RequiredInCi
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns true when the caller should stop (not CI and the dependency is missing); throws in CI.</summary>
    public static bool Missing(string what, string howToGetIt)
    {
        if (IsCi)
        {
            throw new InvalidOperationException($"{what} is required when CI=true but is missing. {howToGetIt}");
        }

        Console.Error.WriteLine($"[not run here] {what} is missing. {howToGetIt}");
        return true;
    }
}
