namespace ChampionBot.BotFramework.Schema;

/// <summary>The body of <c>POST v3/conversations</c>: a 1:1 chat (members) or a new channel thread (activity).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public TeamsChannelData? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

public sealed class PagedMembersResult
{
    public IList<TeamsChannelAccount>? Members { get; set; }

    public string? ContinuationToken { get; set; }
}

public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? TenantId { get; set; }

    public string? UserRole { get; set; }
}

public sealed class ErrorResponse
{
    public ErrorBody? Error { get; set; }
}

public sealed class ErrorBody
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
