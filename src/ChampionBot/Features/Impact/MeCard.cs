using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Results;

namespace ChampionBot.Features.Impact;

/// <summary>The <c>me</c> card: about the person only, never a ranking.</summary>
public static class MeCard
{
    public const string Title = "Your impact so far";

    public static AdaptiveCard Build(string? firstName, ImpactSummary impact)
    {
        var body = new List<CardElement>
        {
            new TextBlock(firstName is null ? Title : $"{firstName}, here's your impact so far") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (impact.Challenges.Count == 0)
        {
            body.Add(new TextBlock("Nothing reported yet. Try this week's challenge, then type **result** to tell me how it went.") { Wrap = true });
        }
        else
        {
            var total = impact.TotalMinutesSavedPerWeek;
            var share = impact.WorkingHoursPerWeek > 0 ? total / (impact.WorkingHoursPerWeek * 60) * 100 : 0;
            body.Add(new TextBlock(total > 0
                ? $"You're saving about **{MinutesSaved.Describe(total)} a week**: {share.ToString("0.#", CultureInfo.InvariantCulture)} % of your working week back."
                : "No time saved yet, and every try teaches something.") { Wrap = true });
            body.Add(new TextBlock(impact.Streak switch
            {
                0 => "Streak: report your next challenge to start one.",
                1 => "Streak: 1 challenge reported.",
                var n => $"Streak: {n} challenges in a row.",
            }) { Wrap = true });
            body.Add(new FactSet { Facts = [.. impact.Challenges.Select(c => new Fact(c.Title, Describe(c)))] });
        }

        body.Add(new TextBlock("Only you see this. Type **mydata** for everything I store about you.") { Wrap = true, IsSubtle = true });
        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"{Title}: {MinutesSaved.Describe(impact.TotalMinutesSavedPerWeek)} a week",
        };
    }

    private static string Describe(ChallengeImpact c)
    {
        var worked = (c.Worked, c.RetryWorked) switch
        {
            (true, _) => "Worked",
            (false, true) => "Worked on the second try",
            _ => "Didn't work yet",
        };
        return c.MinutesSavedPerWeek > 0 ? $"{worked}, {MinutesSaved.Describe(c.MinutesSavedPerWeek)} saved a week" : $"{worked}, no time saved yet";
    }
}
