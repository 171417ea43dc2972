using System.Text.Json;

namespace ChampionBot.BotFramework.Schema;

/// <summary>Builds outbound activities. Never mutate an inbound activity to answer it.</summary>
public static class MessageFactory
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Activity Text(string text, string textFormat = "markdown") => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = textFormat,
    };

    public static Activity Card(JsonElement card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = card }],
    };

    /// <summary>
    /// Text that @mentions <paramref name="mentioned"/>: the text holds <see cref="MentionText"/> where the name goes,
    /// and the activity carries the matching mention entity, which is what makes Teams notify the person.
    /// </summary>
    public static Activity TextWithMention(string text, ChannelAccount mentioned)
    {
        var activity = Text(text);
        activity.Entities = [new Entity { Type = Entity.MentionType, Mentioned = mentioned, Text = MentionText(mentioned.Name ?? string.Empty) }];
        return activity;
    }

    /// <summary>How a mention reads in the text: <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public static string MentionText(string name) => $"<at>{name}</at>";

    /// <summary>A copy of <paramref name="activity"/> addressed as a reply within the inbound conversation.</summary>
    public static Activity AsReplyTo(this Activity activity, Activity inbound)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation = new ConversationAccount { Id = inbound.Conversation?.Id, TenantId = inbound.GetTenantId() };
        activity.From = inbound.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        activity.Recipient = inbound.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null;
        activity.ReplyToId = inbound.Id;
        activity.ServiceUrl = inbound.ServiceUrl;
        activity.ChannelId = inbound.ChannelId;
        return activity;
    }
}
