using System.Net;
using System.Net.Http.Headers;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.BotFramework.Tests.Connector;

public sealed class RetryAfterCapTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(2);

    [Fact]
    public void Capped_SecondsWithinTheBound_Null() =>
        Assert.Null(RetryAfter.Capped(new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)), null, Now, Max));

    [Fact]
    public void Capped_SecondsBeyondTheBound_TheBound() =>
        Assert.Equal(Max, RetryAfter.Capped(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), null, Now, Max));

    [Fact]
    public void Capped_DateFarAheadOfTheResponsesDate_TheBound() =>
        Assert.Equal(Max, RetryAfter.Capped(new RetryConditionHeaderValue(Now.AddDays(1)), Now, Now, Max));

    [Fact]
    public void Capped_DateSoonAfterTheResponsesDate_Null() =>
        Assert.Null(RetryAfter.Capped(new RetryConditionHeaderValue(Now.AddSeconds(10)), Now, Now.AddMinutes(-30), Max));

    [Fact]
    public async Task SendAsync_ConnectorAsksForAnHour_ExceptionCarriesTheConfiguredBound()
    {
        var stub = new StubHandler().Answer(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)));
        using var cap = new RetryAfterCapHandler(Options.Create(new BotOptions { MaxRetryAfter = Max }), new FakeTimeProvider(Now)) { InnerHandler = stub };
        var client = new ConnectorClient(new HttpClient(cap));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync("https://smba.trafficmanager.net/amer/", "a:1", MessageFactory.Text("hi")));

        Assert.True(failure.IsThrottled);
        Assert.Equal(Max, failure.RetryAfter);
    }
}
