using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;

namespace ChampionBot.BotFramework.Tests.Hosting;

public sealed class ListenAddressesTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("https://localhost:3978/")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://127.0.0.2")]
    public void IsLoopback_LoopbackAddress_True(string address) => Assert.True(ListenAddresses.IsLoopback(address));

    [Theory]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://10.0.0.4:3978")]
    [InlineData("http://localhost.evil.example:3978")]
    public void IsLoopback_ReachableFromOtherMachines_False(string address) => Assert.False(ListenAddresses.IsLoopback(address));

    [Fact]
    public void FirstNonLoopback_NothingConfigured_NullAsKestrelDefaultsToLocalhost() =>
        Assert.Null(ListenAddresses.FirstNonLoopback(Settings()));

    [Fact]
    public void FirstNonLoopback_UrlsSet_PortsAreIgnoredAsAspNetCoreDoes() =>
        Assert.Null(ListenAddresses.FirstNonLoopback(Settings(("urls", "http://127.0.0.1:1"), ("http_ports", "8080"))));

    [Fact]
    public void FirstNonLoopback_OnlyPorts_EveryInterface() =>
        Assert.Equal("*:8080", ListenAddresses.FirstNonLoopback(Settings(("http_ports", "8080"))));
}
