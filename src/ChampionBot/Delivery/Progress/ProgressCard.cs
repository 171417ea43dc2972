using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery.Progress;

/// <summary>What the progress card says besides counts: what was sent, and the names of people who removed the bot.</summary>
public sealed record ProgressDetails(string? Title, IReadOnlyList<string> NotReached)
{
    public static ProgressDetails None { get; } = new(null, []);
}

/// <summary>The one card a requester sees for a send, updated in place: counts and time left, never a message per step.</summary>
public static class ProgressCard
{
    public static AdaptiveCard Build(DeliveryProgress progress, ProgressDetails? details = null)
    {
        details ??= ProgressDetails.None;
        var culture = CultureInfo.InvariantCulture;
        string N(int value) => value.ToString("N0", culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(Headline(progress)) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                .. Sent(details),
                new FactSet
                {
                    Facts =
                    [
                        new Fact("Sent", $"{N(progress.Sent)} of {N(progress.Total)}"),
                        new Fact("Failed", N(progress.Failed)),
                        new Fact("Blocked or gone", N(progress.Blocked + progress.NotFound)),
                        new Fact("Not confirmed by Teams", N(progress.Ambiguous)),
                        new Fact("Remaining", N(progress.Remaining)),
                        new Fact("Time left", TimeLeft(progress)),
                    ],
                },
                .. HeldNote(progress),
                .. NotReachedNote(progress, details),
            ],
            FallbackText = $"{Headline(progress)}: {N(progress.Sent)} of {N(progress.Total)} sent.",
        };
    }

    public static Activity ToActivity(DeliveryProgress progress, ProgressDetails? details = null) =>
        MessageFactory.Card(Build(progress, details).ToJsonElement(), Headline(progress));

    private static IEnumerable<CardElement> Sent(ProgressDetails details)
    {
        if (details.Title is { } title)
        {
            yield return new TextBlock($"Message: {title}") { Wrap = true, Spacing = Spacing.Small };
        }
    }

    /// <summary>For the requester only: who removed or blocked the bot (403), so they can ask them in person.</summary>
    private static IEnumerable<CardElement> NotReachedNote(DeliveryProgress progress, ProgressDetails details)
    {
        if (progress.Blocked == 0)
        {
            yield break;
        }

        var people = progress.Blocked == 1 ? "1 person has" : $"{progress.Blocked.ToString("N0", CultureInfo.InvariantCulture)} people have";
        var named = details.NotReached.Count == 0 ? string.Empty
            : ": " + string.Join(", ", details.NotReached) + (progress.Blocked > details.NotReached.Count ? $" and {(progress.Blocked - details.NotReached.Count).ToString("N0", CultureInfo.InvariantCulture)} more" : string.Empty);
        yield return new TextBlock($"I couldn't reach everyone: {people} removed or blocked ChampionBot{named}. Only they can add it back.")
        {
            Wrap = true,
            Color = TextColor.Attention,
            Size = TextSize.Small,
        };
    }

    private static string Headline(DeliveryProgress progress) => progress.Status switch
    {
        OutboundMessageStatus.Cancelled => "Send cancelled",
        OutboundMessageStatus.Recalling => "Recalling the message",
        OutboundMessageStatus.Recalled => $"Message recalled from {progress.Recalled.ToString("N0", CultureInfo.InvariantCulture)} chats",
        _ when progress.IsFinished => "Send finished",
        _ when progress.IsWaitingForQuietHours => "Waiting for quiet hours to end",
        _ => "Sending",
    };

    private static IEnumerable<CardElement> HeldNote(DeliveryProgress progress)
    {
        if (progress.IsFinished || progress.HeldForQuietHours == 0)
        {
            yield break;
        }

        var people = progress.HeldForQuietHours == 1 ? "1 person is" : $"{progress.HeldForQuietHours.ToString("N0", CultureInfo.InvariantCulture)} people are";
        yield return new TextBlock($"{people} outside working hours in their own time zone, so I'll send it to them when their working day starts.")
        {
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
        };
    }

    private static string TimeLeft(DeliveryProgress progress)
    {
        if (progress.IsWaitingForQuietHours)
        {
            return "when their working day starts";
        }

        if (progress.IsFinished || progress.EstimatedTimeLeft is not { } eta)
        {
            return "—";
        }

        return eta < TimeSpan.FromMinutes(1) ? "under a minute"
            : eta < TimeSpan.FromHours(1) ? $"about {Math.Ceiling(eta.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min"
            : $"about {eta.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} h";
    }
}
