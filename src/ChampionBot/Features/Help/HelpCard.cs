using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Help;

public static class HelpCard
{
    public const string Title = "ChampionBot commands";

    public static AdaptiveCard Build(IEnumerable<IBotCommand> commands, bool inChannel)
    {
        var list = commands.ToList();
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(inChannel
                ? "Mention me with a command, for example **@ChampionBot challenge**. Personal things (your data, opting out) work in our 1:1 chat."
                : "Type a command in this chat. Commands are not case-sensitive.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        AddGroup(body, "For everyone", list.Where(c => c.Audience == CommandAudience.Everyone));
        AddGroup(body, "For AI champions", list.Where(c => c.Audience == CommandAudience.Champions));
        AddGroup(body, "For program owners", list.Where(c => c.Audience == CommandAudience.ProgramOwners));
        return new AdaptiveCard
        {
            Body = body,
            Actions = inChannel ? [] : [CommandButton.For("challenge", "This week's challenge"), CommandButton.For("result", "Report my result"), CommandButton.For("me", "My impact")],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = Title + ": " + string.Join(", ", list.Select(c => c.Usage)),
        };
    }

    private static void AddGroup(List<CardElement> body, string heading, IEnumerable<IBotCommand> commands)
    {
        var facts = commands.Select(c => new Fact(c.Usage, c.Description)).ToList();
        if (facts.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(heading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        body.Add(new FactSet { Facts = facts, Spacing = Spacing.Small });
    }
}
