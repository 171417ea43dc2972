using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Champions;

/// <summary>The owners' <c>champions</c> card: each active champion, since when, who approved, and their strongest evidence.</summary>
public static class ChampionListCard
{
    public const string Title = "Champions";

    public const string Empty =
        "No champions yet. A champion is nominated from their results and approved by their own manager; **nominations** shows where each nomination stands.";

    public static AdaptiveCard Build(ChampionListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>
        {
            new TextBlock($"{Title}: {view.ProgramName}") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (view.Champions.Count == 0)
        {
            body.Add(new TextBlock(Empty) { Wrap = true });
        }

        foreach (var champion in view.Champions)
        {
            body.Add(new TextBlock($"{champion.Name}, champion since {champion.Since} (approved by {champion.ApprovedBy})")
            {
                Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium,
            });
            body.Add(new TextBlock(champion.WhatTheyDid.Count > 0
                ? string.Join("\n", champion.WhatTheyDid.Select(l => "- " + l))
                : "No scored evidence yet.") { Wrap = true, Spacing = Spacing.Small, IsSubtle = champion.WhatTheyDid.Count == 0 });
        }

        if (view.Retired > 0)
        {
            body.Add(new TextBlock($"{view.Retired} former {(view.Retired == 1 ? "champion" : "champions")} retired (opted out).")
            {
                IsSubtle = true, Wrap = true, Separator = true,
            });
        }

        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = view.Champions.Count == 0 ? Empty : $"{Title}: " + string.Join(", ", view.Champions.Select(c => c.Name)),
        };
    }
}
