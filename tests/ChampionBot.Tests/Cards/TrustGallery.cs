using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Privacy;
using ChampionBot.Graph;

namespace ChampionBot.Tests.Cards;

/// <summary>The privacy answer, the nominations opt-out's question and answers, the owners' nomination and champion listings (empty and filled), and the proposal form.</summary>
public static class TrustGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        yield return ("privacy", PrivacyCard.Build(new GraphOptions()));
        yield return ("optout nominations (champion, asked first)", StopNominationsCard.Confirm("Marketing pilot", openNomination: true));
        yield return ("optout nominations (nominee, asked first)", StopNominationsCard.Confirm(null, openNomination: true));
        yield return ("optout nominations (done)", StopNominationsCard.Done((1, 1)));
        yield return ("optout nominations (kept)", StopNominationsCard.Kept());
        yield return ("nominations (empty)", NominationListCard.Build(new NominationListView("Marketing pilot", [], [], [], [], [])));
        yield return ("nominations (every state)", NominationListCard.Build(new NominationListView(
            "Marketing pilot",
            [new("Megan Bowen", "Alex Wilber", "waiting 2 days")],
            [new("Lee Gu", "Alex Wilber", "waiting 12 days; escalated to you 1 Dec 2026")],
            [new("Pat Example", "Diego Siciliani", "approved 3 Dec 2026, 2 days after the nomination")],
            [new("Sam Sample", "Diego Siciliani", "declined 4 Dec 2026: \"Too busy with the audit\"")],
            [new("Nia Nominee", "Alex Wilber", "withdrawn (the nominee opted out) 5 Dec 2026")])));
        yield return ("champions (empty)", ChampionListCard.Build(new ChampionListView("Marketing pilot", [], 0)));
        yield return ("champions (one, one retired)", ChampionListCard.Build(new ChampionListView(
            "Marketing pilot", [new("Megan Bowen", "3 Dec 2026", "Alex Wilber", ["Completed 2 challenges.", "Saves about 2 hours a week."])], 1)));
        yield return ("propose (form)", ChallengeFormCard.Build(new ChallengeForm(), ["demand-generation"], [], proposal: true));
    }
}
