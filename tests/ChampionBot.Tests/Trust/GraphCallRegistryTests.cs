using System.Net;
using System.Reflection;
using System.Text;
using ChampionBot.Graph;
using ChampionBot.Testing;
using ChampionBot.Tests.Graph;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChampionBot.Tests.Trust;

/// <summary>
/// Every Graph request the client can make is a registered <see cref="GraphCall"/>, so the <c>privacy</c> answer, the
/// README and the deploy guide (all made from the registry) list everything the bot calls.
/// </summary>
public sealed class GraphCallRegistryTests
{
    [Fact]
    public async Task GraphClient_EveryPublicMethod_SendsOnlyRegisteredCallsOnTheirPaths()
    {
        var handler = new TaggedRequests();
        var client = new GraphClient(new HttpClient(handler) { BaseAddress = new Uri(GraphFakes.BaseUrl) }, NullLogger<GraphClient>.Instance);
        var methods = typeof(GraphClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var used = new HashSet<GraphCall>();

        foreach (var method in methods)
        {
            handler.Seen.Clear();
            await CallAsync(client, method);

            Assert.True(handler.Seen.Count > 0, $"GraphClient.{method.Name} made no request: a public method of the Graph client is a Graph call.");
            foreach (var (httpMethod, path, call) in handler.Seen)
            {
                Assert.True(call is not null && GraphCalls.All.Contains(call),
                    $"GraphClient.{method.Name} sent {httpMethod} {path} without a registered GraphCall: add it to GraphCalls and build the request from it.");
                Assert.True(call.Matches(httpMethod, path), $"GraphClient.{method.Name} sent {httpMethod} {path}, which is not {call.Method} {call.PathTemplate}.");
                used.Add(call);
            }
        }

        Assert.Equal(GraphCalls.All.ToHashSet(), used);
    }

    [Theory]
    [InlineData("users/{id}", "users/a1%40contoso", true)]
    [InlineData("users/{id}", "users/a1/manager", false)]
    [InlineData("copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='{period}')", "copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')", true)]
    [InlineData("admin/reportSettings", "admin/reportSettings/extra", false)]
    public void GraphCallMatches_Path_MatchesOnlyItsOwnShape(string template, string path, bool expected)
    {
        Assert.Equal(expected, new GraphCall("GET", template, "X", "x", "y").Matches("GET", path));
    }

    [Fact]
    public void Readable_EveryCallsPlaceholders_HaveAReading()
    {
        var readings = GraphCalls.Readings(new GraphOptions());

        Assert.All(GraphCalls.All, call => Assert.DoesNotContain("{", call.Readable(readings), StringComparison.Ordinal));
        Assert.Equal("GET /copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')", GraphCalls.CopilotUsage.Readable(readings));
    }

    [Fact]
    public void Readme_GraphPermissions_AreTheRegistrysTable()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRoot("README.md")).ReplaceLineEndings("\n");

        Assert.Contains(GraphCalls.PermissionsMarkdown(), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployGuide_GrantScripts_GrantExactlyTheRegistrysPermissions()
    {
        var lines = File.ReadAllLines(RepositoryPaths.InRoot("docs", "deploy.md"));
        var bash = lines.Single(l => l.StartsWith("for permission in ", StringComparison.Ordinal))["for permission in ".Length..].Split(';')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var powerShell = lines.Single(l => l.StartsWith("foreach ($permission in ", StringComparison.Ordinal)).Split('"').Where((_, i) => i % 2 == 1);
        var table = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Contains(".All` |", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);

        Assert.Equal(GraphCalls.Permissions.Order(), bash.Order());
        Assert.Equal(GraphCalls.Permissions.Order(), powerShell.Order());
        Assert.Equal(GraphCalls.Permissions.Order(), table.Order());
    }

    private static async Task CallAsync(GraphClient client, MethodInfo method)
    {
        var arguments = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(string) => (object?)"a1@contoso.example",
            var t when t == typeof(CancellationToken) => CancellationToken.None,
            var t => Activator.CreateInstance(t),
        }).ToArray();
        switch (method.Invoke(client, arguments))
        {
            case Task task:
                await task;
                break;
            case IAsyncEnumerable<object> rows:
                await foreach (var _ in rows)
                {
                }

                break;
        }
    }

    /// <summary>Answers every request with an empty JSON page and records its method, path under Graph's root and registered call.</summary>
    private sealed class TaggedRequests : HttpMessageHandler
    {
        public List<(string Method, string Path, GraphCall? Call)> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = new Uri(GraphFakes.BaseUrl).MakeRelativeUri(new Uri(request.RequestUri!.GetLeftPart(UriPartial.Path))).OriginalString;
            Seen.Add((request.Method.Method, path, request.Options.TryGetValue(GraphClient.CallOption, out var call) ? call : null));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"value\":[]}", Encoding.UTF8, "application/json"),
                RequestMessage = request,
            });
        }
    }
}
