using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Delivery.Progress;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Help;
using ChampionBot.Features.Impact;
using ChampionBot.Features.Privacy;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Reminders;
using ChampionBot.Features.Results;
using ChampionBot.Features.Welcome;
using ChampionBot.Tests.Challenges;

namespace ChampionBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built with realistic data. Each feature adds its cards here (every state: empty,
/// filled, with errors), so <see cref="CardGalleryTests"/> checks them all against the official schema and parser.
/// </summary>
public static class CardGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        var commands = SampleCommands();
        yield return ("help (owner, personal)", HelpCard.Build(commands, inChannel: false));
        yield return ("help (participant, channel)", HelpCard.Build(commands.Where(c => c.Audience == CommandAudience.Everyone), inChannel: true));
        yield return ("welcome (personal)", WelcomeCards.Personal("Megan"));
        yield return ("welcome (personal, no name)", WelcomeCards.Personal(null));
        yield return ("welcome (team)", WelcomeCards.Team("Marketing Pilot"));
        foreach (var card in DreadCards())
        {
            yield return card;
        }

        foreach (var card in ProgramCards())
        {
            yield return card;
        }

        var sent = new DeliveryProgress(Guid.Empty, OutboundMessageStatus.Completed, 14, 11, 0, 3, 0, 0, 0, 0, 0, null);
        yield return ("progress (finished, some removed the bot)", ProgressCard.Build(sent, new("What part of your week do you dread most?", ["Pat Example", "Lee Sample"])));
        foreach (var card in ResultsGallery.All())
        {
            yield return card;
        }

        foreach (var card in NominationsGallery.All())
        {
            yield return card;
        }

        foreach (var card in OutcomesGallery.All())
        {
            yield return card;
        }

        foreach (var card in DigestGallery.All())
        {
            yield return card;
        }

        foreach (var card in PulseAndReadinessGallery.All())
        {
            yield return card;
        }

        foreach (var sample in ChallengeCardSamples.All())
        {
            yield return sample;
        }

        foreach (var card in TrustGallery.All())
        {
            yield return card;
        }
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> DreadCards()
    {
        List<(string, string)> roles = [("demand-generation", "Demand generation"), ("content-marketing", "Content marketing")];
        var typed = new DreadAnswerInput("Monday status report", "2000", "5", null, "demand-generation", DreadCard.SomethingElse);
        List<DreadTaskChoice> tasks =
        [
            new("task:clean-the-weekly-lead-list", "The Monday lead list clean-up", "Demand generation"),
            new("task:monday-campaign-recap", "The Monday campaign performance recap", "Demand generation"),
            new("text:campaign manager report", "Campaign, report, manager"),
        ];
        yield return ("dread (no role known)", DreadCard.Build("3f2a", roles, tasks));
        yield return ("dread (role known)", DreadCard.Build("3f2a", [], [.. tasks.Select(t => t with { RoleTitle = null })]));
        yield return ("dread (no tasks to pick)", DreadCard.Build("3f2a", [], []));
        yield return ("dread (errors, typed values kept)", DreadCard.Build("3f2a", roles, tasks, typed, ["Minutes each time must be between 0 and 1440 (a whole day)."]));
        yield return ("dread survey (invitation)", DreadCard.Invitation());
        yield return ("dread (thank you)", DreadCard.ThankYou("Megan", new DreadAnswer("Monday status report", 45, 5, null)));
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        DreadEntry Entry(int id, string text, string role) => new(id, id, text, 60, 1, role, "Marketing Pilot", now);
        var answers = Enumerable.Range(1, 6).Select(i => Entry(i, "weekly status update to my boss", "demand-generation"))
            .Concat(Enumerable.Range(10, 3).Select(i => Entry(i, "RFP responses", "content-marketing")))
            .Concat(Enumerable.Range(20, 3).Select(i => Entry(i, "Building the board deck", "content-marketing")))
            .ToList();
        yield return ("dread top (groups and other)", DreadTopCard.Build("Marketing Pilot", DreadRanking.Rank(answers)));
        yield return ("dread top (too few answers)", DreadTopCard.Build("Marketing Pilot", DreadRanking.Rank(answers.Take(4).ToList())));
        yield return ("dread top (no answers)", DreadTopCard.Build("Marketing Pilot", DreadRanking.Rank([])));
        yield return ("dread survey re-send warning", DreadSurveyResend.Card(answered: 2, enrolled: 5));
        yield return ("dread survey re-send warning (everyone answered)", DreadSurveyResend.Card(answered: 5, enrolled: 5));
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> ProgramCards()
    {
        var program = new ChampionProgram
        {
            Id = 1,
            Name = "Marketing Pilot: AI for the weekly grind",
            BusinessOutcome = "Cut RFP turnaround from 5 days to 2",
            Kpi = "Minutes saved per participant per week (target 120)",
            CapacityTargetPercent = 12,
            TimeZoneId = "America/New_York",
            CadenceCron = "0 9 * * MON",
            PilotTeamId = "19:marketing-pilot@thread.tacv2",
            PilotChannelId = "19:ai-challenges@thread.tacv2",
            PilotTeamName = "Marketing Pilot",
            Version = 3,
        };
        var scopes = new List<PilotScope>
        {
            new("19:marketing-pilot@thread.tacv2", "19:ai-challenges@thread.tacv2", "Marketing Pilot team, AI Challenges channel (now)", "Marketing Pilot team, AI Challenges channel"),
            new("19:sales@thread.tacv2", "19:sales@thread.tacv2", "Sales team, General channel", "Sales team, General channel"),
        };
        var facts = new ProgramFacts(14, 1, ["Alex Wilber"], scopes, "Marketing Pilot team, AI Challenges channel", []);
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var setting = new ProgramFormSetting(1, 3, program.CadenceCron, scopes, "Europe/London", now);
        yield return ("program", ProgramCard.View(program, facts, now));
        yield return ("program (saved)", ProgramCard.View(program, facts, now, "Saved. Changed: cadence."));
        yield return ("program (owner of several)", ProgramCard.View(program, facts with { OtherPrograms = ["Sales Pilot"] }, now));
        yield return ("program edit", ProgramCard.Form(setting, ProgramFormInput.From(program)));
        yield return ("program edit (errors)", ProgramCard.Form(setting, ProgramFormInput.From(program) with { Days = null, Time = "9 o'clock" }, ["Pick at least one day of the week to post on.", "Pick the time to post, for example 09:00."]));
        yield return ("program edit (no scopes)", ProgramCard.Form(setting with { Scopes = [] }, ProgramFormInput.From(program)));
        yield return ("program edit (custom schedule kept)", ProgramCard.Form(setting with { CurrentCron = "0 9 1 * *" }, ProgramFormInput.From(program) with { Days = null, Time = null }));
    }

    private static List<IBotCommand> SampleCommands() =>
    [
        new SampleCommand("help", CommandAudience.Everyone),
        new SampleCommand("challenge", CommandAudience.Everyone),
        new SampleCommand("challenge list", CommandAudience.ProgramOwners),
    ];

    private sealed record SampleCommand(string Name, CommandAudience Audience) : IBotCommand
    {
        public string Usage => Name;

        public string Description => $"What {Name} does, in one line.";

        public Task HandleAsync(CommandContext context) => Task.CompletedTask;
    }
}
