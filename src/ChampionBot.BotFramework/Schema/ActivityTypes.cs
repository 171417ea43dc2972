namespace ChampionBot.BotFramework.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
}

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string Channel = "channel";
    public const string GroupChat = "groupChat";
}

public static class Channels
{
    public const string MsTeams = "msteams";
}
