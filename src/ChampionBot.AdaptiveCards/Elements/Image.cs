namespace ChampionBot.AdaptiveCards;

/// <summary>A PNG, JPEG or GIF image; give it <see cref="AltText"/> for screen readers.</summary>
public sealed class Image(string url) : CardElement
{
    private protected override string TypeName => "Image";

    /// <summary>An absolute URL or a data URI.</summary>
    public string Url { get; init; } = url;

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    /// <summary>Pixels such as <c>"48px"</c>; overrides <see cref="Size"/>.</summary>
    public string? Width { get; init; }

    /// <summary>Pixels such as <c>"48px"</c>, or <c>"auto"</c> / <c>"stretch"</c>.</summary>
    public string? Height { get; init; }

    public string? BackgroundColor { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Invoked when the image is tapped. <see cref="ShowCardAction"/> is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }
}
