using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;

namespace ChampionBot.Features.Conversations;

/// <summary>Stores a conversation reference for every inbound activity, so proactive messages still work after a restart.</summary>
public sealed class ConversationReferenceRecorder(ConversationReferenceStore store) : IActivityObserver
{
    public Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReference.FromActivity(activity) is not { } reference || string.IsNullOrEmpty(reference.UserAadObjectId))
        {
            return Task.CompletedTask;
        }

        return store.UpsertAsync(
            new ConversationReferenceData(
                reference.ServiceUrl,
                reference.ConversationId,
                reference.ConversationType,
                reference.BotId,
                reference.UserId,
                reference.UserAadObjectId,
                reference.TenantId,
                reference.TeamId,
                reference.ChannelId),
            cancellationToken);
    }
}
