using System.Reflection;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Tests.Hosting;

/// <summary>
/// Operators filter and alert on event ids (for example "the challenge post was given up"), so an id must name one event
/// only, across the app and its protocol layer.
/// </summary>
public sealed class LogEventIdTests
{
    [Fact]
    public void LoggerMessages_InTheAppAndTheProtocolLayer_EachHaveTheirOwnEventId()
    {
        var events = new[] { typeof(ChampionDbContext).Assembly, typeof(BotFrameworkExtensions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(method => (Method: $"{method.DeclaringType!.Name}.{method.Name}", Attribute: method.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(e => e.Attribute is not null)
            .ToList();

        var shared = events.GroupBy(e => e.Attribute!.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}")
            .ToList();

        Assert.True(events.Count > 30, $"Only {events.Count} logger messages were found; the scan is looking in the wrong place.");
        Assert.Empty(shared);
    }
}
