namespace ChampionBot.BotFramework.Schema;

public static class ActivityExtensions
{
    public static string? GetTenantId(this Activity activity) =>
        activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;

    public static bool IsPersonal(this Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase)
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup != true);

    /// <summary>The message text with the bot's own @mention removed and whitespace collapsed.</summary>
    public static string GetTextWithoutBotMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == Entity.MentionType
                && entity.Mentioned?.Id is { } id
                && string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Teams sometimes sends the mention as HTML without a matching entity text.
        text = System.Text.RegularExpressions.Regex.Replace(text, "<at>[^<]*</at>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when a conversationUpdate says the bot itself joined.</summary>
    public static bool BotWasAdded(this Activity activity) =>
        activity.MembersAdded?.Any(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The IANA time zone Teams reports in the <c>clientInfo</c> entity, if any.</summary>
    public static string? GetClientTimeZone(this Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == Entity.ClientInfoType && !string.IsNullOrEmpty(e.Timezone))?.Timezone
        ?? activity.LocalTimezone;
}
