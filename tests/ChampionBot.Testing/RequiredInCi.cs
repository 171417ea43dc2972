using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace ChampionBot.Testing;

/// <summary>
/// Tests that need something outside .NET (PostgreSQL, Chromium, Node) and find it missing report <b>Skipped</b>
/// with the reason on a developer machine, and <b>fail</b> with CI=true, where nothing may be skipped. A test that
/// can skip is marked <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>: a plain <c>[Fact]</c> reports the skip as a failure.
/// </summary>
public static class RequiredInCi
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test cannot run here, for a fixture to keep until its tests skip; throws when CI=true.</summary>
    public static string Missing(string what, string howToGetIt) =>
        IsCi
            ? throw new InvalidOperationException($"{what} is required when CI=true but is missing. {howToGetIt}")
            : $"{what} is missing here. {howToGetIt}";

    /// <summary>Ends the test: Skipped with the reason, or failed when CI=true.</summary>
    [DoesNotReturn]
    public static void Skip(string what, string howToGetIt) => SkipBecause(Missing(what, howToGetIt));

    /// <summary>Ends the test as Skipped with a reason <see cref="Missing"/> gave.</summary>
    [DoesNotReturn]
    public static void SkipBecause(string reason) =>
        throw new SkipException($"{reason} (Reported as Skipped by [SkippableFact]/[SkippableTheory]; a plain [Fact] fails here.)");
}
