namespace ChampionBot.Graph;

/// <summary>
/// One user's row of the Microsoft 365 Copilot usage user detail report. The report names people by UPN (or, when the
/// tenant conceals names, by a hash): join it to people through the directory, never key anything by it.
/// </summary>
public sealed record CopilotUsageRow(string UserPrincipalName, DateOnly? ReportRefreshDate, IReadOnlyList<CopilotAppActivity> Apps)
{
    /// <summary>A concealed report replaces names with hashes, which have no '@'.</summary>
    public bool LooksConcealed => !UserPrincipalName.Contains('@', StringComparison.Ordinal);
}

/// <summary>When the person last used Copilot in one app (null: not in the report's period).</summary>
public readonly record struct CopilotAppActivity(string App, DateOnly? LastActivityDate);

/// <summary>The report's per-app columns: the app's name here, and the column as JSON names it (CSV: the same words, spaced).</summary>
public static class CopilotApps
{
    public static readonly IReadOnlyList<(string App, string Column)> Columns =
    [
        ("Teams", "microsoftTeamsCopilotLastActivityDate"),
        ("Outlook", "outlookCopilotLastActivityDate"),
        ("Word", "wordCopilotLastActivityDate"),
        ("Excel", "excelCopilotLastActivityDate"),
        ("PowerPoint", "powerPointCopilotLastActivityDate"),
        ("OneNote", "oneNoteCopilotLastActivityDate"),
        ("Loop", "loopCopilotLastActivityDate"),
        ("CopilotChat", "copilotChatLastActivityDate"),
    ];

    /// <summary>The app as people know it ("CopilotChat" is "Copilot Chat"), for every text a person reads.</summary>
    public static string DisplayName(string app) => app == "CopilotChat" ? "Copilot Chat" : app;

    /// <summary>"Microsoft Teams Copilot Last Activity Date" and "microsoftTeamsCopilotLastActivityDate" both become one key.</summary>
    public static string Key(string column) => column.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
