namespace ChampionBot.Features.Commands;

/// <summary>
/// Every command the bot knows, and how text maps to one of them: by its name or one of its aliases, the longest
/// matching phrase winning, ignoring case, extra spaces and the punctuation people end a chat message with ("help?").
/// </summary>
public sealed class CommandCatalog(IEnumerable<IBotCommand> commands)
{
    private readonly IReadOnlyList<IBotCommand> _commands =
        [.. commands.OrderByDescending(c => c.Name.Length).ThenBy(c => c.Name, StringComparer.Ordinal)];

    private readonly IReadOnlyList<(string Phrase, IBotCommand Command)> _phrases = Phrases(commands);

    public IReadOnlyList<IBotCommand> All => _commands;

    public IEnumerable<IBotCommand> AvailableTo(bool isOwner, bool inChannel) =>
        AvailableTo(isOwner ? OwnersAudiences : EveryoneAudiences, inChannel);

    private static readonly IReadOnlySet<CommandAudience> EveryoneAudiences = new HashSet<CommandAudience> { CommandAudience.Everyone };

    private static readonly IReadOnlySet<CommandAudience> OwnersAudiences = new HashSet<CommandAudience> { CommandAudience.Everyone, CommandAudience.ProgramOwners };

    /// <summary>The commands of the audiences the sender is in (<see cref="PersonAudiences.OfAsync"/>), usable here.</summary>
    public IEnumerable<IBotCommand> AvailableTo(IReadOnlySet<CommandAudience> audiences, bool inChannel) =>
        _commands
            .Where(c => audiences.Contains(c.Audience))
            .Where(c => !inChannel || c.AvailableInChannels)
            .OrderBy(c => c.Audience)
            .ThenBy(c => c.Name, StringComparer.Ordinal);

    public (IBotCommand Command, string Arguments)? Match(string text)
    {
        var words = Normalize(text);
        foreach (var (phrase, command) in _phrases)
        {
            if (words.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return (command, string.Empty);
            }

            if (words.StartsWith(phrase + " ", StringComparison.OrdinalIgnoreCase))
            {
                return (command, ArgumentsAfter(text, phrase.Count(c => c == ' ') + 1));
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

    /// <summary>Words separated by single spaces, without the ?, ! or . a chat message often ends with.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '!', '.');

    /// <summary>The text after the command's words, as typed (line breaks and spacing inside it kept).</summary>
    private static string ArgumentsAfter(string text, int words)
    {
        var rest = text.AsSpan().Trim();
        for (var i = 0; i < words; i++)
        {
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            rest = rest[end..].TrimStart();
        }

        return rest.TrimEnd().TrimEnd("?!.").ToString();
    }

    /// <summary>Every name and alias, longest first; one phrase naming two commands is a mistake refused at start.</summary>
    private static List<(string Phrase, IBotCommand Command)> Phrases(IEnumerable<IBotCommand> commands)
    {
        var phrases = commands.SelectMany(c => c.Aliases.Prepend(c.Name).Select(phrase => (Phrase: Normalize(phrase), Command: c))).ToList();
        var taken = new Dictionary<string, IBotCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, command) in phrases)
        {
            if (!taken.TryAdd(phrase, command))
            {
                throw new InvalidOperationException(
                    $"The command phrase '{phrase}' is claimed by both '{taken[phrase].Name}' and '{command.Name}'; each name or alias belongs to one command.");
            }
        }

        return [.. phrases.OrderByDescending(p => p.Phrase.Length).ThenBy(p => p.Phrase, StringComparer.Ordinal)];
    }
}
