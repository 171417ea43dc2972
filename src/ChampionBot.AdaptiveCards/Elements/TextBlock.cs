namespace ChampionBot.AdaptiveCards;

/// <summary>Text with light markdown (bold, italic, lists, links).</summary>
public sealed class TextBlock(string text) : CardElement
{
    private protected override string TypeName => "TextBlock";

    public string Text { get; init; } = text;

    public TextColor? Color { get; init; }

    public FontType? FontType { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>Without wrap the client cuts long text to one line.</summary>
    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
