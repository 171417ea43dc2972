using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Outcomes.Report;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>
/// <c>program widen</c>'s answer while the pilot has not proved its case: why not, criterion by criterion, and a button
/// to widen anyway (the explicit confirmation, recorded as such), or to read the report first.
/// </summary>
public static class WidenRefusalCard
{
    public const string Title = "Not widened: the pilot hasn't proved its case yet";

    public static AdaptiveCard Build(ChampionProgram program, WidenScope scope, PilotReadiness readiness) => new()
    {
        Body =
        [
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"{program.Name} stays at {StageText.Describe(program)}. Widening to {scope.Text} before the pilot shows " +
                "results usually spreads a tool nobody has made work yet. Here is where it stands:") { Wrap = true },
            ReportReadiness.Criteria(readiness),
            new TextBlock("You can still widen now: it is your decision, and it is recorded as made before the case was proved.")
            {
                Wrap = true,
                IsSubtle = true,
            },
        ],
        Actions =
        [
            CommandButton.For($"program widen {WidenScope.ConfirmWord} {scope.Text}", "Widen anyway"),
            CommandButton.For("report", "Show the report"),
        ],
        MsTeams = TeamsCardOptions.FullWidth,
        FallbackText = $"{Title}. To widen anyway, type: program widen {WidenScope.ConfirmWord} {scope.Text}",
    };
}
