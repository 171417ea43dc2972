namespace ChampionBot.Hosting;

/// <summary>
/// The privacy and terms pages the Teams app manifest links to. Plain, honest text about what the bot keeps; an
/// organisation can point the manifest elsewhere if it has its own policies.
/// </summary>
public static class LegalPages
{
    private const string Privacy = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ChampionBot privacy</title></head><body>
        <h1>ChampionBot: your data</h1>
        <p>ChampionBot runs inside your organisation's own Azure subscription. It stores, in your organisation's database:
        your name, Entra object id, job title, department, manager and team (from Microsoft Graph); what you tell it
        (the work you dread, your challenge results and minutes saved); and what it needs to message you in Teams.</p>
        <p>With Microsoft Graph it reads Microsoft 365 Copilot usage dates (not content) to spot early adopters.</p>
        <p>In your 1:1 chat with the bot: <b>optout</b> stops all its messages, <b>mydata</b> shows everything stored about
        you, and <b>forget me</b> deletes it, keeping only anonymous totals.</p>
        <p>Program owners see totals for groups of five people or more, never a ranking of people.</p>
        </body></html>
        """;

    private const string Terms = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ChampionBot terms</title></head><body>
        <h1>ChampionBot: terms of use</h1>
        <p>ChampionBot is operated by your organisation for its AI champion program. Taking part is voluntary; you can opt
        out at any time with <b>optout</b>. Your organisation's own acceptable-use and data policies apply.</p>
        </body></html>
        """;

    public static WebApplication MapLegalPages(this WebApplication app)
    {
        app.MapGet("/privacy", () => Results.Content(Privacy, "text/html; charset=utf-8"));
        app.MapGet("/terms", () => Results.Content(Terms, "text/html; charset=utf-8"));
        return app;
    }
}
