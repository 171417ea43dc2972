using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Challenges.Commands;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Commands;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Challenges;

public static class ChallengesExtensions
{
    /// <summary>Authoring, scheduling and posting challenges, the <c>challenge</c> commands and the weekly posting job.</summary>
    public static IServiceCollection AddChallenges(this IServiceCollection services)
    {
        services.AddScoped<ChallengeDirectory>();
        services.AddScoped<ThisWeeksChallenge>();
        services.AddScoped<ChallengeCalendar>();
        services.AddScoped<ChallengeScheduling>();
        services.AddScoped<ChallengeAuthoring>();
        services.AddScoped<ChallengePostLedger>();
        services.AddScoped<ChallengeChannelThread>();
        services.AddScoped<ChallengeFanOut>();
        services.AddSingleton<ChallengeMetrics>();
        services.AddScoped<ChallengePublisher>();
        services.AddScoped<ChallengeGaveUpNotice>();
        services.AddScoped<ChallengeFinishedNotice>();
        services.AddScoped<ChallengeOwnerActions>();
        services.AddScoped<ChallengeCardActions>();
        services.AddScoped<ChallengeOwnerEdits>();
        services.AddBotCommand<ThisWeeksChallengeCommand>();
        services.AddBotCommand<ChallengeNewCommand>();
        services.AddBotCommand<ChallengeListCommand>();
        services.AddBotCommand<ChallengeShowCommand>();
        services.AddBotCommand<ChallengeScheduleCommand>();
        services.AddBotCommand<ChallengePostCommand>();
        services.AddBotCommand<ChallengeUnscheduleCommand>();
        services.AddBotCommand<ChallengeDeleteCommand>();
        services.AddScoped<ChallengeProposals>();
        services.AddBotCommand<ProposeCommand>();
        services.AddScheduledJob<ChallengePostingJob>();
        return services;
    }

    public static ActivityRouter MapChallenges(this ActivityRouter router) => router
        .OnCardAction(ChallengeCardActions.NewVerb, CommandAudience.ProgramOwners, (turn, action) => Actions(turn).NewAsync(turn, action))
        .OnCardAction(ChallengeFormCard.SaveVerb, CommandAudience.ProgramOwners, (turn, action) => Actions(turn).SaveAsync(turn, action))
        .OnCardAction(ChallengePreviewCard.EditVerb, CommandAudience.ProgramOwners, (turn, action) => Actions(turn).EditAsync(turn, action))
        .OnCardAction(ChallengePreviewCard.ScheduleVerb, CommandAudience.ProgramOwners, (turn, action) => Actions(turn).ScheduleNextAsync(turn, action))
        .OnCardAction(ChallengePreviewCard.PostVerb, CommandAudience.ProgramOwners, (turn, action) => Actions(turn).PostNowAsync(turn, action))
        .OnCardAction(ChallengeFormCard.ProposeVerb, CommandAudience.Champions, (turn, action) => turn.Services.GetRequiredService<ChallengeProposals>().SubmitAsync(turn, action));

    private static ChallengeCardActions Actions(TurnContext turn) => turn.Services.GetRequiredService<ChallengeCardActions>();
}
