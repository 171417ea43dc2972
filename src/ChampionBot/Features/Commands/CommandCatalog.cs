namespace ChampionBot.Features.Commands;

/// <summary>Every command the bot knows, and how text maps to one of them (the longest matching name wins).</summary>
public sealed class CommandCatalog(IEnumerable<IBotCommand> commands)
{
    private readonly IReadOnlyList<IBotCommand> _commands =
        [.. commands.OrderByDescending(c => c.Name.Length).ThenBy(c => c.Name, StringComparer.Ordinal)];

    public IReadOnlyList<IBotCommand> All => _commands;

    public IEnumerable<IBotCommand> AvailableTo(bool isOwner, bool inChannel) =>
        _commands
            .Where(c => isOwner || c.Audience == CommandAudience.Everyone)
            .Where(c => !inChannel || c.AvailableInChannels)
            .OrderBy(c => c.Audience)
            .ThenBy(c => c.Name, StringComparer.Ordinal);

    public (IBotCommand Command, string Arguments)? Match(string text)
    {
        var words = Normalize(text);
        foreach (var command in _commands)
        {
            var name = command.Name;
            if (words.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (command, string.Empty);
            }

            if (words.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
            {
                return (command, text.Trim()[name.Length..].Trim());
            }
        }

        return null;
    }

    /// <summary>The command the text most likely meant, or null when nothing is close.</summary>
    public IBotCommand? Suggest(string text, bool isOwner, bool inChannel)
    {
        var words = Normalize(text).ToLowerInvariant();
        if (words.Length == 0)
        {
            return null;
        }

        IBotCommand? best = null;
        var bestScore = int.MaxValue;
        foreach (var command in AvailableTo(isOwner, inChannel))
        {
            var name = command.Name.ToLowerInvariant();
            var head = words.Length > name.Length ? words[..name.Length] : words;
            var score = Math.Min(EditDistance.Between(words, name), EditDistance.Between(head, name));
            if (score < bestScore)
            {
                (best, bestScore) = (command, score);
            }
        }

        // Allow roughly one typo per three letters: "chalenge" → challenge, "xyz" → nothing.
        return best is not null && bestScore <= Math.Max(1, best.Name.Length / 3) ? best : null;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
