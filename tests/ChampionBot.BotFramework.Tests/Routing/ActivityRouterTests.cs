using System.Buffers;
using System.Text.Json;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.BotFramework.Tests.Connector;

namespace ChampionBot.BotFramework.Tests.Routing;

public sealed class ActivityRouterTests
{
    private readonly StubHandler _connector = new();

    private TurnContext Turn(string json) => new(
        JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!,
        new ConnectorClient(new HttpClient(_connector)),
        new EmptyServices(),
        CancellationToken.None);

    [Fact]
    public async Task RouteInvokeAsync_CardActionVerb_CallsItsHandlerAndWrapsTheAnswer()
    {
        var router = new ActivityRouter().OnCardAction("result.submit", (_, action) =>
            Task.FromResult(InvokeResponses.Message($"got {action.Data?.GetProperty("minutes").GetInt32()}")));

        var response = await router.RouteInvokeAsync(Turn("""
            {"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"result.submit","data":{"minutes":30}}}}
            """));

        Assert.Equal(200, response.Status);
        Assert.Contains("got 30", response.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnCardAction_VerbAlreadyRegisteredInAnotherCase_ThrowsNamingTheVerb()
    {
        var router = new ActivityRouter().OnCardAction("result.open", (_, _) => Task.FromResult(InvokeResponses.Message("first")));

        var error = Assert.Throws<InvalidOperationException>(() =>
            router.OnCardAction("Result.Open", (_, _) => Task.FromResult(InvokeResponses.Message("second"))));

        Assert.Contains("'Result.Open' already has a handler", error.Message, StringComparison.Ordinal);
        Assert.True(router.HandlesCardAction("result.open"));
    }

    [Fact]
    public void OnInvoke_NameAlreadyRegistered_Throws()
    {
        var router = new ActivityRouter().OnInvoke("task/fetch", _ => Task.FromResult(InvokeResponse.NotImplemented()));

        Assert.Throws<InvalidOperationException>(() => router.OnInvoke("task/fetch", _ => Task.FromResult(InvokeResponse.NotImplemented())));
    }

    [Fact]
    public async Task RouteInvokeAsync_UnknownInvokeName_Is501()
    {
        var response = await new ActivityRouter().RouteInvokeAsync(Turn("""{"type":"invoke","name":"task/fetch"}"""));

        Assert.Equal(501, response.Status);
    }

    [Fact]
    public async Task RouteAsync_SubmitFallbackWithVerb_GoesToTheCardHandlerAndUpdatesTheCardInPlace()
    {
        string? verb = null;
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5"}""").RootElement;
        var router = new ActivityRouter()
            .OnMessage(_ => throw new InvalidOperationException("a card submit is not a text message"))
            .OnCardAction("result.submit", (_, action) =>
            {
                verb = action.Verb;
                return Task.FromResult(InvokeResponses.Card(card));
            });

        await router.RouteAsync(Turn("""
            {"type":"message","replyToId":"1:card","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "conversation":{"id":"a:1"},"value":{"verb":"result.submit","minutes":"30"}}
            """));

        Assert.Equal("result.submit", verb);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/v3/conversations/a%3A1/activities/1%3Acard", request.Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_PlainMessage_GoesToMessageHandlersInOrder()
    {
        var calls = new List<string>();
        var router = new ActivityRouter()
            .OnMessage(_ => { calls.Add("first"); return Task.CompletedTask; })
            .OnMessage(_ => { calls.Add("second"); return Task.CompletedTask; });

        await router.RouteAsync(Turn("""{"type":"message","text":"help"}"""));

        Assert.Equal(["first", "second"], calls);
    }

    [Fact]
    public async Task RouteInvokeAsync_CardWrittenByTheHandler_IsTheResponseValue()
    {
        var card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Saved"}]}"""u8.ToArray();
        var router = new ActivityRouter().OnCardAction("result.submit", (_, _) => Task.FromResult(InvokeResponses.Card(writer => writer.WriteRawValue(card))));

        var response = await router.RouteInvokeAsync(Turn("""
            {"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"result.submit"}}}
            """));
        var output = new ArrayBufferWriter<byte>();
        Assert.True(response.TryWriteBody(output));
        var written = output.WrittenSpan.ToArray();

        using var body = JsonDocument.Parse(written);
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Saved", body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(written, JsonSerializer.SerializeToUtf8Bytes(response.Body!.Value, BotJsonContext.Default.JsonElement));
    }

    [Fact]
    public async Task RouteInvokeAsync_ActionMembersInAnotherCase_StillReachTheHandler()
    {
        string? minutes = null;
        var router = new ActivityRouter().OnCardAction("result.submit", (_, action) =>
        {
            minutes = action.Data?.GetProperty("minutes").GetString();
            return Task.FromResult(InvokeResponses.Message("ok"));
        });

        var response = await router.RouteInvokeAsync(Turn("""
            {"type":"invoke","name":"adaptiveCard/action","value":{"Action":{"Type":"Action.Execute","Verb":"result.submit","Data":{"minutes":"45"}}}}
            """));

        Assert.Equal(200, response.Status);
        Assert.Equal("45", minutes);
    }

    [Fact]
    public async Task RouteInvokeAsync_ActionIsNotAnObject_AnswersThatTheCardHasNoVerb()
    {
        var router = new ActivityRouter().OnCardAction("result.submit", (_, _) => Task.FromResult(InvokeResponses.Message("called")));

        var response = await router.RouteInvokeAsync(Turn("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":"result.submit"}}"""));

        Assert.Contains("no verb", response.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
