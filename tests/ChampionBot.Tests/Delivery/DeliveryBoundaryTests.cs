using System.Text.RegularExpressions;
using ChampionBot.Testing;

namespace ChampionBot.Tests.Delivery;

/// <summary>Delivery keeps its tables to itself: features ask the outbox (<c>IOutbox</c>), never read or write its rows.</summary>
public sealed partial class DeliveryBoundaryTests
{
    [Fact]
    public void Features_NeverUseTheOutboxTables()
    {
        var features = RepositoryPaths.InRoot("src", "ChampionBot", "Features");

        var offenders = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => DeliveryTables().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(features, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use IOutbox instead of the delivery tables:\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex(@"\.(OutboundMessages|Deliveries)\b|Set<(OutboundMessage|MessageDelivery)>")]
    private static partial Regex DeliveryTables();
}
