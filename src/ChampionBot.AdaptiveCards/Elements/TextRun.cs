using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards;

/// <summary>One formatted run of plain text (no markdown) inside a <see cref="RichTextBlock"/>.</summary>
public sealed class TextRun(string text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string Text { get; init; } = text;

    public TextColor? Color { get; init; }

    public FontType? FontType { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Underline { get; init; }

    public bool? Highlight { get; init; }
}
