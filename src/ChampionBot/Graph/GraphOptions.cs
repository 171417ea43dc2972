using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Graph;

/// <summary>The <c>Graph</c> configuration section: which Microsoft Graph the bot calls, and how it reads the usage report.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";
    public const string PublicBaseUrl = "https://graph.microsoft.com/v1.0/";

    /// <summary>
    /// Graph's address, ending in the version (<c>https://graph.microsoft.com/v1.0/</c>). Empty means Graph's own, except in
    /// local anonymous mode, where it means the built-in stand-in this app serves under <c>/local-graph/v1.0/</c>.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The Copilot usage report's period: D7, D30, D90, D180 or ALL.</summary>
    [RegularExpression("^(D7|D30|D90|D180|ALL)$")]
    public string ReportPeriod { get; set; } = "D30";

    /// <summary>Users per page served by the local stand-in's usage report (Graph decides its own page size).</summary>
    [Range(1, 10_000)]
    public int LocalPageSize { get; set; } = 5;

    /// <summary>The Teams app catalog id of ChampionBot, for proactive install (empty: the bot never installs itself).</summary>
    public string? CatalogAppId { get; set; }
}
