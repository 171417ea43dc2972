using System.Net;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/tenant/";

    private readonly StubHandler _stub = new();

    private ConnectorClient Client => new(new HttpClient(_stub));

    [Fact]
    public async Task SendAsync_ConversationIdWithSpecialCharacters_EscapesThePathSegment()
    {
        _stub.Answer(HttpStatusCode.OK, """{"id":"1:abc"}""");

        var result = await Client.SendAsync(ServiceUrl, "19:ai@thread.tacv2;messageid=17", MessageFactory.Text("hi"));

        Assert.Equal("1:abc", result.Id);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/emea/tenant/v3/conversations/19%3Aai%40thread.tacv2%3Bmessageid%3D17/activities", request.Uri.AbsolutePath);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlWithoutTrailingSlash_KeepsItsPath()
    {
        await Client.SendAsync("https://smba.trafficmanager.net/amer", "a:1", MessageFactory.Text("hi"));

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(_stub.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task SendAsync_ActivityIdWithSlash_CannotEscapeTheConversationPath()
    {
        await Client.ReplyAsync(ServiceUrl, "a:1", "../../other", MessageFactory.Text("hi"));

        Assert.EndsWith("/activities/..%2F..%2Fother", Assert.Single(_stub.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_UsesPutWithTheActivityId()
    {
        await Client.UpdateAsync(ServiceUrl, "a:1", "1:7", MessageFactory.Text("updated"));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Contains("\"id\":\"1:7\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_OneToOne_SendsTenantAndMember()
    {
        _stub.Answer(HttpStatusCode.Created, """{"id":"a:new"}""");
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant" } },
        };

        var created = await Client.CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("a:new", created.Id);
        var body = Assert.Single(_stub.Requests).Body!;
        Assert.Contains("\"tenantId\":\"tenant\"", body, StringComparison.Ordinal);
        Assert.Contains("\"members\":[{\"id\":\"29:user\"}]", body, StringComparison.Ordinal);
        Assert.DoesNotContain("null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPagedMembersAsync_PassesPageSizeAndEscapedContinuation()
    {
        _stub.Answer(HttpStatusCode.OK, """{"members":[{"id":"29:a","aadObjectId":"o"}],"continuationToken":"next"}""");

        var page = await Client.GetPagedMembersAsync(ServiceUrl, "19:team", 50, "a+b/c");

        Assert.Equal("next", page.ContinuationToken);
        Assert.Equal("o", Assert.Single(page.Members!).AadObjectId);
        Assert.Equal("?pageSize=50&continuationToken=a%2Bb%2Fc", Assert.Single(_stub.Requests).Uri.Query);
    }

    [Fact]
    public async Task SendAsync_Throttled_ThrowsWithRetryAfter()
    {
        _stub.Answer(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(ServiceUrl, "a:1", MessageFactory.Text("hi")));

        Assert.True(error.IsThrottled);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_UserBlockedTheBot_ThrowsFinalErrorWithCode()
    {
        _stub.Answer(HttpStatusCode.Forbidden, """{"error":{"code":"MessageWritesBlocked","message":"Bot is blocked"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(ServiceUrl, "a:1", MessageFactory.Text("hi")));

        Assert.True(error.IsFinal);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public async Task SendAsync_BadServiceUrl_IsRefusedBeforeAnyRequest(string serviceUrl)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendAsync(serviceUrl, "a:1", MessageFactory.Text("hi")));

        Assert.Empty(_stub.Requests);
    }
}
