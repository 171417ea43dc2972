using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Nominations;

/// <summary>
/// The decision card: the manager's (or, when there is no manager to ask or it waited too long, the owners'), with the
/// evidence. Approve, Decline (a reason is required) and Not now (until a date); after a decision it shows the outcome.
/// </summary>
public static class DecisionCard
{
    public const string ApproveVerb = "nomination.approve";
    public const string DeclineVerb = "nomination.decline";
    public const string NotNowVerb = "nomination.notnow";

    /// <param name="why">For the owners: why the decision is theirs (no manager to ask, or how long it waited).</param>
    public static AdaptiveCard Build(
        Nomination nomination, string nomineeName, string programName, IReadOnlyList<ScoreLine> evidence,
        string? why = null, NominationCardData? typed = null, IReadOnlyList<string>? errors = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock($"Nominate {nomineeName} as an AI champion?") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"**{nomineeName}** stands out in **{programName}** and would like to be a champion: the colleague others ask " +
                "when AI doesn't work for them the first time. Only you decide; nobody else sees this card.") { Wrap = true },
        };
        if (why is not null)
        {
            body.Add(new TextBlock(why) { Wrap = true, Color = TextColor.Accent });
        }

        body.Add(Evidence(evidence, "The evidence"));
        if (errors is { Count: > 0 })
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Attention,
                Items = [.. errors.Select(e => new TextBlock("• " + e) { Wrap = true, Color = TextColor.Attention })],
            });
        }

        body.Add(new TextInput(NominationCardData.ReasonId)
        {
            Label = "If you decline: why? (required to decline; the program owners see it)",
            IsMultiline = true,
            MaxLength = 400,
            Value = typed?.Reason,
        });
        body.Add(new DateInput(NominationCardData.UntilId)
        {
            // No Min: Teams checks it before sending any button's press, so a past date would silently stop Approve and
            // Decline too. The bot checks the day instead and says what to pick.
            Label = "If not now: ask me again on (a day after today)",
            Value = typed?.UntilDate,
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                Button("Approve", ApproveVerb, ActionStyle.Positive, nomination),
                Button("Decline", DeclineVerb, ActionStyle.Destructive, nomination),
                Button("Not now", NotNowVerb, ActionStyle.Default, nomination),
            ],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"Nominate {nomineeName} as an AI champion?",
        };
    }

    /// <summary>The card after a decision (or when someone opens a decided one): what was decided, by whom and when.</summary>
    public static AdaptiveCard Outcome(Nomination nomination, string nomineeName, string? deciderName, string? pilotChannel, string? timeZoneId)
    {
        var by = deciderName is null ? string.Empty : $" by {deciderName}";
        var on = nomination.DecidedAt?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var (title, text) = nomination.Status switch
        {
            NominationStatus.Approved => ($"{nomineeName} is an AI champion", $"Approved{by} on {on}. I've told {nomineeName}" +
                (pilotChannel is null ? "." : $" and I'm announcing it in {pilotChannel}.")),
            NominationStatus.Declined => ($"Nomination of {nomineeName} declined", $"Declined{by} on {on}: \"{nomination.Reason}\". The program owners can see the reason; {nomineeName} is told it wasn't approved this time."),
            NominationStatus.Deferred => ($"Not now for {nomineeName}", $"I'll ask again on {(nomination.DeferredUntil is { } at ? Cadence.LocalDate(timeZoneId, at).ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : null)}."),
            NominationStatus.ConsentDeclined => ($"{nomineeName} said no thanks", "They chose not to be nominated, so there is nothing to decide."),
            _ => ($"Nomination of {nomineeName}", "This nomination is still waiting for a decision."),
        };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
                new TextBlock(text) { Wrap = true },
            ],
            FallbackText = title,
        };
    }

    /// <summary>The evidence lines, as on every nomination card: what the person did, each with the points it adds.</summary>
    public static Container Evidence(IReadOnlyList<ScoreLine> evidence, string heading)
    {
        var items = new List<CardElement> { new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true } };
        if (evidence.Count == 0)
        {
            items.Add(new TextBlock("Nominated by a program owner; no scored evidence yet.") { Wrap = true, IsSubtle = true });
        }

        items.AddRange(evidence.Select(line => new TextBlock(FormattableString.Invariant($"• {line.Text} (+{line.Points:0.#})")) { Wrap = true }));
        return new Container { Items = items };
    }

    private static ExecuteAction Button(string title, string verb, ActionStyle style, Nomination nomination) => new()
    {
        Title = title,
        Verb = verb,
        Style = style,
        Data = new JsonObject { [NominationCardData.NominationKey] = nomination.Id, [NominationCardData.VersionKey] = nomination.Version },
    };
}
