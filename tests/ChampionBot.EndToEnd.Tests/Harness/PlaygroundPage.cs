using Microsoft.Playwright;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// The Playground's chat UI as a test sees it: pick a conversation, type into the compose box, find rendered cards.
/// Selectors are the ones of Agents Playground 0.2.28, the version pinned in package.json.
/// </summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext context;

    private PlaygroundPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator ComposeBox => Page.Locator("[data-lexical-editor='true']").First;

    public static async Task<PlaygroundPage> OpenAsync(IBrowser browser, Uri address, ITestOutputHelper output)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Fonts and telemetry come from public hosts: nothing on the page may wait on the network.
        await context.RouteAsync("**/*", route => IsLocal(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Requests this harness aborts on purpose (public CDNs) would only add noise.
            if (message.Type is "error" or "warning" && !message.Text.Contains("net::ERR_FAILED", StringComparison.Ordinal)
                && !message.Text.Contains("(Network error)", StringComparison.Ordinal))
            {
                output.WriteLine($"[browser {message.Type}] {message.Text}");
            }
        };
        page.PageError += (_, error) => output.WriteLine($"[browser page error] {error}");

        var playground = new PlaygroundPage(context, page);
        await page.GotoAsync(address.ToString(), new PageGotoOptions { Timeout = Milliseconds(LoadTimeout) });
        await playground.ComposeBox.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(LoadTimeout) });
        return playground;
    }

    /// <summary>Opens a conversation from the sidebar: "Personal Chat", "Group Chat", "My Team - General", …</summary>
    public async Task OpenConversationAsync(string name)
    {
        await Page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = name }).ClickAsync();
        await ComposeBox.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(LoadTimeout) });
    }

    public async Task SendAsync(string text)
    {
        await ComposeBox.ClickAsync();
        await ComposeBox.PressSequentiallyAsync(text);
        await ComposeBox.PressAsync("Enter");
    }

    /// <summary>In a channel: a new post that @mentions the bot (picked from the mention menu, as a person does) followed by <paramref name="command"/>.</summary>
    public async Task MentionBotAsync(string command)
    {
        await ComposeBox.ClickAsync();
        await ComposeBox.PressSequentiallyAsync("@ChampionBot");
        await Page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "ChampionBot" }).First.ClickAsync();
        await ComposeBox.PressSequentiallyAsync(" " + command);
        await ComposeBox.PressAsync("Enter");
    }

    /// <summary>Rendered Adaptive Cards that hold a text element reading exactly <paramref name="text"/>.</summary>
    public ILocator CardsWithText(string text) =>
        Page.Locator(".ac-adaptiveCard")
            .Filter(new LocatorFilterOptions { Has = Page.GetByText(text, new PageGetByTextOptions { Exact = true }) });

    /// <summary>Waits for the newest such card to render and scrolls it into view.</summary>
    public async Task<ILocator> WaitForCardAsync(string text)
    {
        var card = CardsWithText(text).Last;
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = Milliseconds(ReplyTimeout) });
        await card.ScrollIntoViewIfNeededAsync();
        return card;
    }

    public async Task<string> SaveScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || uri.Scheme is "data" or "blob" || uri.Host is "localhost" or "127.0.0.1" or "[::1]");

    private static float Milliseconds(TimeSpan timeout) => (float)timeout.TotalMilliseconds;
}
