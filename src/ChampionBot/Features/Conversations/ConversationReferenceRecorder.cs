using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;

namespace ChampionBot.Features.Conversations;

/// <summary>
/// Records a conversation reference for every inbound activity, so proactive messages still work after a restart.
/// Messages are handled in the background turn queue, so their reference is stored before the turn goes on (a command
/// like "challenge post" may send to the sender's own chat at once). Invokes (card actions) are answered while Teams
/// waits and come in bursts, so theirs is written behind, a moment later, with everyone else's.
/// </summary>
public sealed class ConversationReferenceRecorder(ConversationReferenceStore store) : IActivityObserver
{
    public Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReference.FromActivity(activity) is not { } reference || string.IsNullOrEmpty(reference.UserAadObjectId))
        {
            return Task.CompletedTask;
        }

        var data = new ConversationReferenceData(
            reference.ServiceUrl,
            reference.ConversationId,
            reference.ConversationType,
            reference.BotId,
            reference.UserId,
            reference.UserAadObjectId,
            reference.TenantId,
            reference.TeamId,
            reference.ChannelId);
        if (activity.Type == ActivityTypes.Invoke)
        {
            store.Record(data);
            return Task.CompletedTask;
        }

        return store.UpsertAsync(data, cancellationToken);
    }
}
