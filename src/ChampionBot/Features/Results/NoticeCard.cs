using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Results;

/// <summary>A short card that replaces one that can no longer be used (closed challenge, broken data).</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(string title, string text) => new()
    {
        Body =
        [
            new TextBlock(title) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock(text) { Wrap = true },
        ],
        FallbackText = title,
    };
}
