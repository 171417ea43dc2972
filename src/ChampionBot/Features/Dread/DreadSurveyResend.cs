using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Dread;

/// <summary>Who <c>dread survey</c> goes to when some people already answered: the owner says, after a warning.</summary>
public enum DreadSurveyAudience
{
    /// <summary>Nothing said: warn first if anyone already answered.</summary>
    NotSaid,
    NotYetAnswered,
    Everyone,
}

/// <summary>The warning before the survey goes again to people who already answered, and the words that answer it.</summary>
public static class DreadSurveyResend
{
    public const string Title = "Some people already answered the dread survey";
    public const string ToNewPeople = "dread survey to new people";
    public const string ToEveryone = "dread survey to everyone";

    /// <summary>The audience the words after <c>dread survey</c> name, or null when they name none.</summary>
    public static DreadSurveyAudience? Read(string arguments) => CommandCatalog.Normalize(arguments).ToLowerInvariant() switch
    {
        "" => DreadSurveyAudience.NotSaid,
        "to new people" or "new people" or "new" or "to new" => DreadSurveyAudience.NotYetAnswered,
        "to everyone" or "everyone" or "all" or "again" => DreadSurveyAudience.Everyone,
        _ => null,
    };

    public const string UnknownAudienceReply =
        "I can send the survey **to new people** (those who haven't answered yet) or **to everyone** again: type **" + ToNewPeople +
        "** or **" + ToEveryone + "**. Nothing was sent.";

    public static AdaptiveCard Card(int answered, int enrolled)
    {
        var fresh = enrolled - answered;
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock($"{Count(answered)} of the {Count(enrolled)} enrolled people already told me what they dread. " +
                "Sending the survey again asks them a second time, and their new answers count alongside the old ones. Nothing is sent until you choose.")
            {
                Wrap = true,
            },
        };
        var actions = new List<CardAction>();
        if (fresh > 0)
        {
            actions.Add(CommandButton.For(ToNewPeople, $"Send only to the {Count(fresh)} who haven't answered"));
        }

        actions.Add(CommandButton.For(ToEveryone, $"Send to all {Count(enrolled)} again"));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = $"{Title}: {answered} of {enrolled}. Type \"{ToNewPeople}\" or \"{ToEveryone}\".",
        };
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
