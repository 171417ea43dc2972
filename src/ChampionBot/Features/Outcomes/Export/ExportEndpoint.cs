using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Export;

/// <summary>
/// <c>GET /outcomes/export/{token}</c>: serves an export link once. The link is the credential (a browser brings no
/// Teams identity), so it is signed, expires within minutes, is claimed by the first request, and checks again that the
/// owner who asked for it still owns the program. Every refusal says why and what to do.
/// </summary>
public static partial class ExportEndpoint
{
    public static IEndpointRouteBuilder MapOutcomeExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(OutcomeExports.Path + "/{token}", DownloadAsync);
        return app;
    }

    public static string Refusal(ExportRefusal refusal) => refusal switch
    {
        ExportRefusal.Tampered => "This export link isn't valid: it was changed, or ChampionBot didn't make it. Type export to ChampionBot for a new one.",
        ExportRefusal.Expired => "This export link has expired: links work for a few minutes. Type export to ChampionBot for a new one.",
        ExportRefusal.Used => "This export link was already used: each link downloads once. Type export to ChampionBot for a new one.",
        ExportRefusal.NotOwner => "This export is for program owners, and whoever asked for it no longer owns the program, so nothing was exported.",
        _ => string.Empty,
    };

    private static async Task DownloadAsync(string token, HttpContext http, OutcomeExports exports, OutcomeCsv csv, ChampionDbContext db, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(ExportEndpoint).FullName!);
        var cancellationToken = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        var (refusal, claim) = await exports.RedeemAsync(token, cancellationToken);
        if (claim is null)
        {
            LogRefused(logger, refusal);
            http.Response.StatusCode = refusal is ExportRefusal.Expired or ExportRefusal.Used ? StatusCodes.Status410Gone : StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(Refusal(refusal), cancellationToken);
            return;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{claim.Kind}.csv\"";
        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == claim.ProgramId, cancellationToken);
        if (claim.Kind == OutcomeExports.ResultsKind)
        {
            await csv.WriteResultsAsync(program, http.Response.Body, cancellationToken);
        }
        else
        {
            await csv.WriteLedgerAsync(program, http.Response.Body, cancellationToken);
        }

        LogServed(logger, claim.Kind);
    }

    [LoggerMessage(EventId = 5701, Level = LogLevel.Information, Message = "An export link was refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, ExportRefusal refusal);

    [LoggerMessage(EventId = 5702, Level = LogLevel.Information, Message = "An export of {Kind} was downloaded")]
    private static partial void LogServed(ILogger logger, string kind);
}
