using ChampionBot.BotFramework.Authentication;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the token was already checked by the authorization policy (unless local anonymous mode);
/// here the body is read within its limit, checked against the token's claims, and handed to the router.
/// </summary>
internal sealed partial class BotEndpoint(
    IOptions<BotOptions> options,
    TrustedServiceUrls trustedServiceUrls,
    TurnQueue queue,
    TurnRunner runner,
    ILogger<BotEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var bot = options.Value;
        var (outcome, activity) = await ActivityReader.ReadAsync(context.Request, bot.MaxActivityBytes, context.RequestAborted).ConfigureAwait(false);
        if (outcome != ReadOutcome.Ok || activity is null)
        {
            LogRejected(logger, outcome.ToString());
            context.Response.StatusCode = outcome == ReadOutcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return;
        }

        if (!bot.IsAnonymous)
        {
            var check = BotAuthentication.CheckActivity(context, activity);
            if (check != ClaimsCheck.Valid)
            {
                LogRejected(logger, check.ToString());
                context.Response.StatusCode = check == ClaimsCheck.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
                return;
            }

            if (!string.IsNullOrEmpty(activity.ServiceUrl))
            {
                _ = trustedServiceUrls.Trust(activity.ServiceUrl);
            }
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            await AnswerInvokeAsync(context, activity).ConfigureAwait(false);
            return;
        }

        await queue.EnqueueAsync(activity, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task AnswerInvokeAsync(HttpContext context, Activity activity)
    {
        InvokeResponse response;
        try
        {
            response = await runner.RunInvokeAsync(activity, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogInvokeFailed(logger, ex, activity.Name);
            response = InvokeResponse.ForCardAction(
                Routing.InvokeResponses.Error(500, "InternalError", "Something went wrong on our side. Please try again in a moment."));
        }

        context.Response.StatusCode = response.Status;
        using var body = new PooledBufferWriter();
        if (response.TryWriteBody(body))
        {
            // Written whole with its length: one send, where a streamed (chunked) body ends with a second one.
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.WrittenMemory.Length;
            await context.Response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected an inbound activity: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The handler for invoke {InvokeName} failed")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception, string? invokeName);
}
