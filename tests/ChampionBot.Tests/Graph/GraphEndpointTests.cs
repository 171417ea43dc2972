using ChampionBot.BotFramework.Hosting;
using ChampionBot.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChampionBot.Tests.Graph;

/// <summary>In local mode the stand-in is the app itself, reached on the port the server listens on, whenever it is first asked.</summary>
public sealed class GraphEndpointTests
{
    [Fact]
    public void BaseAddress_AskedBeforeTheServerListens_IsTheRealPortOnceItDoes()
    {
        var server = new FakeServer();
        var endpoint = new GraphEndpoint(Options.Create(new GraphOptions()), Options.Create(new BotOptions()), server);

        var beforeStart = endpoint.BaseAddress;
        server.Listen("http://127.0.0.1:3978");

        Assert.Equal("http://localhost/local-graph/v1.0/", beforeStart.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:3978/local-graph/v1.0/", endpoint.BaseAddress.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://+:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://[::]:3978")]
    public void BaseAddress_ListeningOnEveryInterface_IsReachedAsLocalhost(string listening)
    {
        var server = new FakeServer();
        server.Listen(listening);

        var endpoint = new GraphEndpoint(Options.Create(new GraphOptions()), Options.Create(new BotOptions()), server);

        Assert.Equal("http://localhost:3978/local-graph/v1.0/", endpoint.BaseAddress.AbsoluteUri);
    }

    private sealed class FakeServer : IServer, IServerAddressesFeature
    {
        public FakeServer() => Features.Set<IServerAddressesFeature>(this);

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public ICollection<string> Addresses { get; } = [];

        public bool PreferHostingUrls { get; set; }

        public void Listen(string address) => Addresses.Add(address);

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
