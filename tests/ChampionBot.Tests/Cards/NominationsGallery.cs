using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;

namespace ChampionBot.Tests.Cards;

/// <summary>The consent and decision cards in each of their states.</summary>
internal static class NominationsGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        IReadOnlyList<ScoreLine> evidence =
        [
            new(4, "Completed 2 challenges: \"Draft the Monday status report\", \"Clean the lead list\"."),
            new(3, "Described a use the challenge did not show: \"Asked for a table of risks as well\"."),
            new(1.5, "Used Microsoft 365 Copilot in 3 apps in the last 30 days."),
        ];
        var pending = new Nomination { Id = 7, ParticipantId = 2, ProgramId = 1, ManagerObjectId = "manager", Status = NominationStatus.Pending, EvidenceJson = ScoreLine.ToJson(evidence), Version = 3 };
        yield return ("nomination consent", ConsentCard.Build(pending, "Marketing Pilot", evidence));
        yield return ("nomination consent (owner's nomination, no evidence)", ConsentCard.Build(pending, "Marketing Pilot", []));
        yield return ("nomination consent answered (yes, manager asked)", ConsentCard.Answered(true, "Alex Wilber"));
        yield return ("nomination consent answered (no thanks)", ConsentCard.Answered(false, null));
        yield return ("nomination decision (manager)", DecisionCard.Build(pending, "Megan Bowen", "Marketing Pilot", evidence));
        yield return ("nomination decision (owners, escalated)", DecisionCard.Build(pending, "Megan Bowen", "Marketing Pilot", evidence,
            "This has waited 7 days for a decision from Alex Wilber (asked twice), so I'm bringing it to you as a program owner. Either of you can decide."));
        yield return ("nomination decision (decline without reason, typed kept)", DecisionCard.Build(pending, "Megan Bowen", "Marketing Pilot", evidence, null,
            new NominationCardData { Reason = " ", Until = "2026-12-20" }, ["To decline, write why in the box: the program owners see it, and it helps them choose better. Nothing was recorded."]));
        var decided = DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        yield return ("nomination approved", DecisionCard.Outcome(new Nomination { EvidenceJson = "[]", Status = NominationStatus.Approved, DecidedAt = decided }, "Megan Bowen", "Alex Wilber", "**AI Challenges**", "UTC"));
        yield return ("nomination declined", DecisionCard.Outcome(new Nomination { EvidenceJson = "[]", Status = NominationStatus.Declined, DecidedAt = decided, Reason = "Too new to the team" }, "Megan Bowen", "Alex Wilber", null, "UTC"));
        yield return ("nomination not now", DecisionCard.Outcome(new Nomination { EvidenceJson = "[]", Status = NominationStatus.Deferred, DeferredUntil = decided.AddDays(30) }, "Megan Bowen", null, null, "UTC"));
    }
}
