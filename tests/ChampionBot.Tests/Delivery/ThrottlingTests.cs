using System.Net;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Sending;
using ChampionBot.Delivery.Storage;
using ChampionBot.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Delivery;

/// <summary>A 429 slows the whole sender: nobody sends until Retry-After has passed, and the throttled send is repeated, not failed.</summary>
public sealed class ThrottlingTests
{
    [SkippableFact]
    public async Task SendAsync_429WithRetryAfter_HoldsEverySendUntilItHasPassed()
    {
        await using var harness = await DeliveryTesting.StartAsync(new SqliteTestDatabase());
        var sender = harness.Services.GetRequiredService<DeliverySender>();
        var start = harness.Clock.GetUtcNow();
        harness.Scripted().Fail = call => call.ConversationId == "a:conv-1" && call.Attempt == 1
            ? ScriptedConnector.Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(5))
            : null;
        var activity = ChampionBot.BotFramework.Schema.MessageFactory.Text("hi");

        var throttled = sender.SendAsync(Claimed(1), activity, CancellationToken.None);
        var other = sender.SendAsync(Claimed(2), activity, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromSeconds(4.9));

        Assert.Single(harness.Scripted().Calls);
        Assert.False(other.IsCompleted);

        harness.Clock.Advance(TimeSpan.FromSeconds(0.1));
        var outcomes = await Task.WhenAll(throttled, other);

        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Sent, o.Status));
        Assert.All(harness.Scripted().Calls.Skip(1), c => Assert.True(c.At >= start + TimeSpan.FromSeconds(5)));
        Assert.Equal(1, outcomes[0].Attempts);
    }

    [SkippableFact]
    public void Classify_ConnectorStatuses_SortsThemAsTeamsDocumentsThem()
    {
        FailureKind? Kind(HttpStatusCode status) => FailureClassifier.Classify(ScriptedConnector.Status(status), CancellationToken.None)?.Kind;

        Assert.Equal(FailureKind.Throttled, Kind(HttpStatusCode.TooManyRequests));
        Assert.Equal(FailureKind.Blocked, Kind(HttpStatusCode.Forbidden));
        Assert.Equal(FailureKind.NotFound, Kind(HttpStatusCode.NotFound));
        Assert.Equal(FailureKind.Transient, Kind(HttpStatusCode.PreconditionFailed));
        Assert.Equal(FailureKind.Transient, Kind(HttpStatusCode.BadGateway));
        Assert.Equal(FailureKind.Transient, Kind(HttpStatusCode.ServiceUnavailable));
        Assert.Equal(FailureKind.Transient, Kind(HttpStatusCode.GatewayTimeout));
        Assert.Equal(FailureKind.Permanent, Kind(HttpStatusCode.BadRequest));
        Assert.Equal(FailureKind.Transient, FailureClassifier.Classify(
            new HttpRequestException(HttpRequestError.ConnectionError, "refused"), CancellationToken.None)?.Kind);
    }

    [SkippableFact]
    public void Classify_TimeoutOrConnectionLostAfterSending_IsAmbiguous()
    {
        // The request may have landed: retrying it as if it had not is how silent duplicates arose under load.
        Assert.Equal(FailureKind.Ambiguous, FailureClassifier.Classify(new TaskCanceledException(), CancellationToken.None)?.Kind);
        Assert.Equal(FailureKind.Ambiguous, FailureClassifier.Classify(new TimeoutException(), CancellationToken.None)?.Kind);
        Assert.Equal(FailureKind.Ambiguous, FailureClassifier.Classify(
            new HttpRequestException(HttpRequestError.ResponseEnded, "reset"), CancellationToken.None)?.Kind);
    }

    [SkippableFact]
    public void Backoff_ForLaterAttempts_GrowsButStaysWithinTheMaximum()
    {
        var random = new Random(7);
        var first = Backoff.ForAttempt(1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), random);
        var fourth = Backoff.ForAttempt(4, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), random);
        var hundredth = Backoff.ForAttempt(100, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), random);

        Assert.InRange(first, TimeSpan.FromSeconds(0.1), TimeSpan.FromSeconds(1));
        Assert.InRange(fourth, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(8));
        Assert.InRange(hundredth, TimeSpan.FromMinutes(0.5), TimeSpan.FromMinutes(5));
    }

    private static ClaimedDelivery Claimed(int index) => new(
        index, Guid.NewGuid(), $"object-{index}", $"29:user-{index}", DeliveryTesting.TenantId, DeliveryTesting.ServiceUrl,
        $"a:conv-{index}", 1, null, false);
}
