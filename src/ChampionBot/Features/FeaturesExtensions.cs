using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Routing;
using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Conversations;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Enrollment;
using ChampionBot.Features.Help;
using ChampionBot.Features.Impact;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Participants;
using ChampionBot.Features.Privacy;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Reminders;
using ChampionBot.Features.Results;

namespace ChampionBot.Features;

public static class FeaturesExtensions
{
    /// <summary>Registers every feature's services and commands.</summary>
    public static IHostApplicationBuilder AddFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChampionProgramOptions>().BindConfiguration(ChampionProgramOptions.SectionName);
        builder.Services.AddScoped<ProgramOwners>();
        builder.Services.AddScoped<ParticipantDirectory>();
        builder.Services.AddSingleton<IRecipientNames, ParticipantNames>();
        builder.Services.AddScoped<IActivityObserver, ConversationReferenceRecorder>();
        builder.Services.AddScoped<IActivityObserver, TeamChannelNameRecorder>();
        builder.Services.AddHostedService<ConversationReferenceFlusher>();
        builder.Services.AddCommands();
        builder.Services.AddHelpAndWelcome();
        builder.Services.AddPrograms();
        builder.Services.AddEnrollment();
        builder.Services.AddDread();
        builder.Services.AddResults();
        builder.Services.AddPrivacy();
        builder.Services.AddImpact();
        builder.Services.AddOutcomes();
        builder.Services.AddReminders();
        builder.Services.AddChallenges();
        builder.Services.AddChampions();
        builder.Services.AddNominations();
        return builder;
    }

    /// <summary>Connects the features to the activity router.</summary>
    public static void MapFeatures(this ActivityRouter router) => router
        .MapWelcome()
        .MapPrograms()
        .MapDread()
        .MapResults()
        .MapPrivacy()
        .MapReminders()
        .MapOutcomes()
        .MapChallenges()
        .MapNominations()
        .MapCommands();
}
