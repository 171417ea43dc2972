namespace ChampionBot.AdaptiveCards;

/// <summary>A paragraph made of separately formatted <see cref="TextRun"/>s.</summary>
public sealed class RichTextBlock : CardElement
{
    private protected override string TypeName => "RichTextBlock";

    public IList<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
