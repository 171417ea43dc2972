using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery.RateLimiting;
using ChampionBot.Delivery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.Delivery.Sending;

/// <summary>
/// Sends one claimed delivery and says what became of it: creates the 1:1 chat when none is stored, passes every
/// call through the tenant gate and the conversation's limits, and sorts failures into retry, pause or final.
/// </summary>
public sealed class DeliverySender(
    [FromKeyedServices(DeliveryExtensions.ConnectorKey)] IConnectorClient connector,
    TenantRateGate tenant,
    ConversationRateLimiter conversations,
    ContactCheck contacts,
    QuietHours quietHours,
    IOptions<DeliveryOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider time,
    ILogger<DeliverySender> logger)
{
    private const int MaxThrottledRetries = 20;

    /// <summary>The connector without HTTP-level retries; use it only through <see cref="CallAsync{T}"/>.</summary>
    public IConnectorClient Connector => connector;

    /// <summary>Takes one request's worth of the tenant ceiling ahead of time (see <see cref="DeliveryPump"/>).</summary>
    public ValueTask AcquireTenantTokenAsync(CancellationToken cancellationToken) => tenant.WaitAsync(cancellationToken);

    /// <param name="delivery">The claimed delivery.</param>
    /// <param name="activity">What to send (shared by all recipients of the message; never mutated).</param>
    /// <param name="cancellationToken">Stops waits before a request, never a request in progress.</param>
    /// <param name="tenantTokenHeld">The caller already took the tenant token for the first request.</param>
    public async Task<DeliveryOutcome> SendAsync(ClaimedDelivery delivery, Activity activity, CancellationToken cancellationToken, bool tenantTokenHeld = false)
    {
        if (quietHours.DeferUntil(time.GetUtcNow(), delivery.TimeZoneId) is { } morning)
        {
            // Not an attempt: give back the one the claim counted.
            return new DeliveryOutcome(delivery.Id, DeliveryStatus.Pending, delivery.Attempts - 1, time.GetUtcNow(), NextAttemptAt: morning, Error: "quiet hours");
        }

        var conversationId = delivery.ConversationId;
        string? createdConversation = null;
        try
        {
            if (conversationId is null)
            {
                if (string.IsNullOrEmpty(delivery.TeamsUserId))
                {
                    return Final(delivery, DeliveryStatus.Failed, "no stored conversation and no Teams user id to open one");
                }

                createdConversation = conversationId = await OpenChatAsync(delivery, cancellationToken, tenantTokenHeld);
                tenantTokenHeld = false;
            }

            // The last check happens after every wait, right before the request: a "no" given meanwhile stops this copy.
            var response = await CallAsync(delivery.Attempts, conversationId, async ct =>
            {
                await EnsureMayContactAsync(delivery).ConfigureAwait(false);
                return await connector.SendAsync(delivery.ServiceUrl, conversationId, activity, ct).ConfigureAwait(false);
            }, cancellationToken, tenantTokenHeld);
            return new DeliveryOutcome(delivery.Id, DeliveryStatus.Sent, delivery.Attempts, time.GetUtcNow(),
                ConversationId: createdConversation, ActivityId: response.Id ?? string.Empty);
        }
        catch (DeliveryFailedException failed)
        {
            return OutcomeOf(delivery, failed.Failure, createdConversation);
        }
        catch (RecipientRefusedException)
        {
            return Refused(delivery, time.GetUtcNow(), createdConversation);
        }
        catch (ContactCheckFailedException)
        {
            // Not known whether the person may be contacted: nothing was sent, and the attempt is given back.
            return new DeliveryOutcome(delivery.Id, DeliveryStatus.Pending, delivery.Attempts - 1, time.GetUtcNow(),
                ConversationId: createdConversation, NextAttemptAt: time.GetUtcNow() + options.Value.IdlePollInterval, Error: "could not check the recipient's permission");
        }
    }

    /// <summary>What becomes of a delivery whose recipient must not be contacted: closed, never sent (Ambiguous if it may already have been).</summary>
    public static DeliveryOutcome Refused(ClaimedDelivery delivery, DateTimeOffset now, string? createdConversation = null) =>
        new(delivery.Id, delivery.WasAmbiguous ? DeliveryStatus.Ambiguous : DeliveryStatus.Cancelled, delivery.Attempts - 1, now,
            ConversationId: createdConversation, Error: "the recipient must not be contacted");

    private async Task EnsureMayContactAsync(ClaimedDelivery delivery)
    {
        bool allowed;
        try
        {
            allowed = await contacts.MayContactAsync(delivery.RecipientObjectId).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw new ContactCheckFailedException(ex);
        }

        if (!allowed)
        {
            throw new RecipientRefusedException();
        }
    }

    private async Task<string> OpenChatAsync(ClaimedDelivery delivery, CancellationToken cancellationToken, bool tenantTokenHeld)
    {
        try
        {
            return await CallAsync(delivery.Attempts, null, ct => CreateConversationAsync(delivery, ct), cancellationToken, tenantTokenHeld);
        }
        catch (DeliveryFailedException failed) when (failed.Failure.Kind == FailureKind.Ambiguous)
        {
            // Opening a 1:1 chat twice returns the same chat and shows the person nothing: not an ambiguous send.
            throw new DeliveryFailedException(failed.Failure with { Kind = FailureKind.Transient }, delivery.Attempts);
        }
    }

    /// <summary>Deletes one sent copy (recall). A copy already gone counts as recalled.</summary>
    public async Task<DeliveryOutcome> DeleteAsync(RecallTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(1, target.ConversationId, async ct =>
            {
                await connector.DeleteAsync(target.ServiceUrl, target.ConversationId, target.ActivityId, ct).ConfigureAwait(false);
                return true;
            }, cancellationToken);
            return new DeliveryOutcome(target.Id, DeliveryStatus.Recalled, null, time.GetUtcNow());
        }
        catch (DeliveryFailedException failed) when (failed.Failure.Kind == FailureKind.NotFound)
        {
            return new DeliveryOutcome(target.Id, DeliveryStatus.Recalled, null, time.GetUtcNow(), Error: "already gone");
        }
        catch (DeliveryFailedException failed) when (failed.Failure.Kind == FailureKind.Transient)
        {
            return new DeliveryOutcome(target.Id, DeliveryStatus.Sent, null, time.GetUtcNow(), Error: "recall: " + failed.Failure.Error);
        }
        catch (DeliveryFailedException failed)
        {
            return new DeliveryOutcome(target.Id, DeliveryStatus.Failed, null, time.GetUtcNow(), Error: "recall: " + failed.Failure.Error);
        }
    }

    /// <summary>
    /// One connector request under the limits. A 429 pauses every request of this sender for Retry-After and then
    /// repeats this one (nothing was processed, so it is not an attempt); other failures end the call.
    /// </summary>
    public async Task<T> CallAsync<T>(int attempt, string? conversationId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool tenantTokenHeld = false)
    {
        for (var throttled = 0; ; throttled++)
        {
            if (!tenantTokenHeld || throttled > 0)
            {
                await tenant.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (conversationId is not null)
            {
                using var lease = await conversations.AcquireAsync(conversationId, 1, cancellationToken).ConfigureAwait(false);
            }

            // The request itself ignores shutdown (only its timeout ends it): stopping half-way through a POST would
            // leave a copy that may have landed with no record of it.
            using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
            try
            {
                return await call(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (FailureClassifier.Classify(ex, CancellationToken.None) is { } failure)
            {
                if (failure.Kind == FailureKind.Throttled && throttled < MaxThrottledRetries)
                {
                    var pause = failure.RetryAfter ?? options.Value.DefaultThrottlePause;
                    DeliveryLog.Throttled(logger, pause.TotalSeconds);
                    DeliveryMetrics.Throttled(pause);
                    tenant.Pause(pause);
                    continue;
                }

                throw new DeliveryFailedException(failure.Kind == FailureKind.Throttled ? failure with { Kind = FailureKind.Transient } : failure, attempt);
            }
        }
    }

    private Task<string> CreateConversationAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var appId = bot.Value.AppId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = string.IsNullOrWhiteSpace(appId) ? null : new ChannelAccount { Id = "28:" + appId },
            Members = [new ChannelAccount { Id = delivery.TeamsUserId }],
            TenantId = delivery.TenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = delivery.TenantId } },
        };
        return CreateAsync();

        async Task<string> CreateAsync()
        {
            var created = await connector.CreateConversationAsync(delivery.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
            return created.Id ?? throw new DeliveryFailedException(new Failure(FailureKind.Transient, "create conversation returned no id"), delivery.Attempts);
        }
    }

    private DeliveryOutcome OutcomeOf(ClaimedDelivery delivery, Failure failure, string? createdConversation)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        switch (failure.Kind)
        {
            case FailureKind.Blocked:
                return Final(delivery, DeliveryStatus.Blocked, failure.Error, createdConversation);
            case FailureKind.NotFound:
                return Final(delivery, DeliveryStatus.NotFound, failure.Error, createdConversation);
            case FailureKind.Ambiguous when delivery.WasAmbiguous || delivery.Attempts >= settings.MaxAttempts:
                return new DeliveryOutcome(delivery.Id, DeliveryStatus.Ambiguous, delivery.Attempts, now, ConversationId: createdConversation,
                    Error: failure.Error + "; may have landed, not sent again", Ambiguous: true);
            case FailureKind.Ambiguous:
                return new DeliveryOutcome(delivery.Id, DeliveryStatus.Pending, delivery.Attempts, now, ConversationId: createdConversation,
                    NextAttemptAt: now + Backoff.ForAttempt(delivery.Attempts, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared),
                    Error: failure.Error + "; may have landed, sending once more", Ambiguous: true);
            case FailureKind.Transient when delivery.Attempts < settings.MaxAttempts:
                var backoff = Backoff.ForAttempt(delivery.Attempts, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared);
                var wait = failure.RetryAfter is { } retryAfter && retryAfter > backoff ? retryAfter : backoff;
                return new DeliveryOutcome(delivery.Id, DeliveryStatus.Pending, delivery.Attempts, now,
                    ConversationId: createdConversation, NextAttemptAt: now + wait, Error: failure.Error);
            default:
                return Final(delivery, DeliveryStatus.Failed, failure.Error, createdConversation);
        }
    }

    private DeliveryOutcome Final(ClaimedDelivery delivery, DeliveryStatus status, string error, string? createdConversation = null) =>
        new(delivery.Id, status, delivery.Attempts, time.GetUtcNow(), ConversationId: createdConversation, Error: error);
}

internal sealed class DeliveryFailedException(Failure failure, int attempt) : Exception($"Attempt {attempt} failed: {failure.Error}")
{
    public Failure Failure { get; } = failure;
}
