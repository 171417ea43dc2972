using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Challenges.Posting;

/// <summary>What a finished post did, in the owner's words: where the channel thread went and how many got a 1:1 copy.</summary>
internal static class ChallengePostSummary
{
    public static string Describe(string titles, ChampionProgram program, PublishOutcome outcome)
    {
        var channel = ChallengeScheduling.ChannelName(program);
        var people = outcome.Recipients == 1 ? "1 person" : $"{outcome.Recipients} people";
        return outcome.Channel switch
        {
            ChannelThreadOutcome.Posted =>
                $"Posted **{titles}**: I started a new thread in the {channel} channel and queued it 1:1 for {people}. Delivery runs at the rate Teams allows.",
            ChannelThreadOutcome.NoChannelConversation =>
                $"Posted **{titles}** 1:1: queued for {people}; delivery runs at the rate Teams allows. " +
                $"No thread in the {channel} channel yet: I can only post in a channel after someone @mentions me there. " +
                "@mention ChampionBot in that channel once and the next challenge gets its own thread there.",
            _ =>
                $"Posted **{titles}** 1:1: queued for {people}; delivery runs at the rate Teams allows. " +
                $"Teams didn't accept the new thread in the {channel} channel, so there is no thread this time (the details are in the bot's logs).",
        };
    }
}
