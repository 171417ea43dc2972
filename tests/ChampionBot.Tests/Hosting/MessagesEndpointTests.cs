using System.Net;
using System.Text.Json;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Hosting;

/// <summary>What <c>POST /api/messages</c> answers for good and bad input, through the real HTTP pipeline.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_PersonalMessage_Answers200AtOnce()
    {
        var response = await _app.PostAsync(TestActivities.PersonalMessage("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"help\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("")]
    public async Task Post_MalformedOrUntyped_Answers400(string body)
    {
        var response = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Answers413()
    {
        var activity = TestActivities.PersonalMessage(new string('x', 300 * 1024));

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_app.Connector.Calls);
    }

    [Theory]
    [InlineData(20 * 1024, HttpStatusCode.OK)]
    [InlineData(300 * 1024, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_BodyWithoutLength_IsReadUpToTheLimit(int textLength, HttpStatusCode expected)
    {
        var body = TestActivities.PersonalMessage(new string('x', textLength)).ToJsonString();
        using var client = _app.CreateClient();
        using var content = new UnknownLengthContent(System.Text.Encoding.UTF8.GetBytes(body));

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Answers501()
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action");
        activity["name"] = "composeExtension/query";

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_CardActionWithUnknownVerb_AnswersInvokeResponseWithError()
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action");
        activity["value"]!["action"]!["verb"] = "noSuchVerb";

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_CardActionWithoutValue_AnswersInvokeErrorNot500()
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action");
        activity.Remove("value");

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"statusCode\":400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A body sent in chunks, with no Content-Length, so the endpoint cannot know its size before reading it.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
