using System.Net;

namespace ChampionBot.Graph;

/// <summary>Graph answered with an error the caller must decide about (after the resilience handler's retries).</summary>
public sealed class GraphException(string operation, HttpStatusCode status)
    : Exception($"Microsoft Graph answered {(int)status} ({status}) to {operation}.")
{
    public string Operation { get; } = operation;

    public HttpStatusCode Status { get; } = status;
}
