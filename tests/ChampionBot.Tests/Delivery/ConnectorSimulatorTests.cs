using System.Net;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Testing.ConnectorSimulator;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Delivery;

/// <summary>The simulator the benchmark trusts: it must speak the protocol the bot uses and enforce what Teams enforces.</summary>
public sealed class ConnectorSimulatorTests
{
    [Fact]
    public async Task CreateConversation_ThenSend_GivesAStableChatAndRecordsTheActivity()
    {
        await using var simulator = await ConnectorSimulator.StartAsync();
        using var http = new HttpClient();
        var connector = new ConnectorClient(http);

        var created = await connector.CreateConversationAsync(simulator.ServiceUrl, OneToOne("29:ada"));
        var sent = await connector.SendAsync(simulator.ServiceUrl, created.Id!, MessageFactory.Text("hello"));

        Assert.Equal(ConnectorSimulatorOptions.ConversationIdFor("29:ada"), created.Id);
        Assert.Equal(1, simulator.AcceptedPerConversation[created.Id!]);
        var recorded = Assert.Single(simulator.Sent);
        Assert.Equal(sent.Id, recorded.ActivityId);
        Assert.Contains("hello", recorded.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_OverTheTenantCeiling_Answers429WithRetryAfter()
    {
        await using var simulator = await ConnectorSimulator.StartAsync(new ConnectorSimulatorOptions { TenantRequestsPerSecond = 5, RetryAfter = TimeSpan.FromSeconds(2), Time = new FakeTimeProvider() });
        using var http = new HttpClient();
        var connector = new ConnectorClient(http);

        var failures = new List<ConnectorException>();
        for (var i = 0; i < 10; i++)
        {
            try
            {
                await connector.SendAsync(simulator.ServiceUrl, $"a:chat-{i}", MessageFactory.Text("hi"));
            }
            catch (ConnectorException ex)
            {
                failures.Add(ex);
            }
        }

        Assert.Equal(5, failures.Count);
        Assert.All(failures, f => Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2)), (f.StatusCode, f.RetryAfter!.Value)));
        Assert.Equal(10 - failures.Count, simulator.Accepted);
    }

    [Fact]
    public async Task Send_ToOneConversationEightTimesInASecond_IsThrottledPerConversation()
    {
        await using var simulator = await ConnectorSimulator.StartAsync(new ConnectorSimulatorOptions { TenantRequestsPerSecond = 0, Time = new FakeTimeProvider() });
        using var http = new HttpClient();
        var connector = new ConnectorClient(http);
        for (var i = 0; i < 7; i++)
        {
            await connector.SendAsync(simulator.ServiceUrl, "19:channel@thread.tacv2", MessageFactory.Text("post"));
        }

        var eighth = await Assert.ThrowsAsync<ConnectorException>(() => connector.SendAsync(simulator.ServiceUrl, "19:channel@thread.tacv2", MessageFactory.Text("post")));

        Assert.True(eighth.IsThrottled);
    }

    [Fact]
    public async Task Send_ToAMemberWhoBlockedTheBot_Answers403AndAcceptsNothing()
    {
        await using var simulator = await ConnectorSimulator.StartAsync(new ConnectorSimulatorOptions { BlockedMembers = new HashSet<string> { "29:grace" } });
        using var http = new HttpClient();
        var connector = new ConnectorClient(http);

        var blocked = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.SendAsync(simulator.ServiceUrl, ConnectorSimulatorOptions.ConversationIdFor("29:grace"), MessageFactory.Text("hi")));

        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal(0, simulator.Accepted);
    }

    private static ConversationParameters OneToOne(string member) => new()
    {
        Members = [new ChannelAccount { Id = member }],
        TenantId = "tenant-1",
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } },
    };
}
