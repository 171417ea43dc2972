using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

public static class ProgramsExtensions
{
    public static IServiceCollection AddPrograms(this IServiceCollection services)
    {
        services.AddScoped<OwnedPrograms>();
        services.AddScoped<ProgramView>();
        services.AddScoped<ProgramCardHandler>();
        services.AddBotCommand<ProgramCommand>();
        services.AddBotCommand<ProgramUseCommand>();
        services.AddScoped<ProgramOwnerChanges>();
        services.AddBotCommand<ProgramOwnerAddCommand>();
        services.AddBotCommand<ProgramOwnerRemoveCommand>();
        return services;
    }

    public static ActivityRouter MapPrograms(this ActivityRouter router) => router
        .OnCardAction(ProgramCard.EditVerb, CommandAudience.ProgramOwners, (turn, action) => Handler(turn).EditAsync(turn, action))
        .OnCardAction(ProgramCard.ViewVerb, CommandAudience.ProgramOwners, (turn, action) => Handler(turn).ViewAsync(turn, action))
        .OnCardAction(ProgramCard.SaveVerb, CommandAudience.ProgramOwners, (turn, action) => Handler(turn).SaveAsync(turn, action));

    private static ProgramCardHandler Handler(TurnContext turn) => turn.Services.GetRequiredService<ProgramCardHandler>();
}
