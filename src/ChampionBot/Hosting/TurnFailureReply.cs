using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Hosting;

/// <summary>
/// A message the bot could not handle (the database was down, say) was already acknowledged to Teams, so without this
/// the person would hear nothing and believe an <c>optout</c> had worked. They are told, in their conversation, that it
/// did not go through and to send it again. Nothing here needs the database.
/// </summary>
internal sealed class TurnFailureReply : ITurnFailureResponder
{
    public const string Text = "Sorry, something went wrong on my side and I couldn't do that, so nothing changed. Please send it again in a minute.";

    public async Task OnTurnFailedAsync(TurnContext turn, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Type == ActivityTypes.Message && turn.Activity.ServiceUrl is not null && turn.Activity.Conversation?.Id is not null)
        {
            await turn.SendTextAsync(Text);
        }
    }
}

public static class TurnFailureReplyExtensions
{
    public static IHostApplicationBuilder AddTurnFailureReply(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITurnFailureResponder, TurnFailureReply>();
        return builder;
    }
}
