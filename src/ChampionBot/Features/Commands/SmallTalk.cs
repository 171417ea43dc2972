namespace ChampionBot.Features.Commands;

/// <summary>
/// Friendly answers to the greetings and thanks people type to a bot, instead of "I don't know "hi"": the first
/// thing many people send is "hi", and a refusal is a poor first impression.
/// </summary>
internal static class SmallTalk
{
    private static readonly HashSet<string> Greetings =
        new(["hi", "hello", "hey", "hiya", "hi there", "hello there", "good morning", "good afternoon", "good evening"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Thanks =
        new(["thanks", "thank you", "thx", "ty", "cheers", "thanks a lot", "thank you very much", "great, thanks", "ok thanks"], StringComparer.OrdinalIgnoreCase);

    public static string? ReplyTo(string text)
    {
        var words = CommandCatalog.Normalize(text).TrimEnd(',', ' ', '!', '.', '?');
        if (Greetings.Contains(words))
        {
            return "Hi! I'm ChampionBot. Each week I suggest one specific AI challenge built around the work people dread, " +
                "and you tell me what it gave you back. Type **challenge** for this week's, or **help** to see everything I can do.";
        }

        return Thanks.Contains(words) ? "You're welcome! Type **help** whenever you need me." : null;
    }
}
