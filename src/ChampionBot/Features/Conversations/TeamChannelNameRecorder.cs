using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;

namespace ChampionBot.Features.Conversations;

/// <summary>
/// Stores the team and channel names Teams sends with channel activities, so owner screens can name the pilot team and
/// channel. Card actions are skipped: Teams waits for their answer, and the next message brings the same names.
/// </summary>
public sealed class TeamChannelNameRecorder(TeamChannelNameStore names) : IActivityObserver
{
    public Task OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var data = activity.ChannelData;
        if (activity.Type == ActivityTypes.Invoke || data?.Team?.Id is not { Length: > 0 } teamId)
        {
            return Task.CompletedTask;
        }

        var channelId = data.Channel?.Id ?? teamId;
        return names.RecordAsync(teamId, channelId, data.Team.Name, data.Channel?.Name, cancellationToken);
    }
}
