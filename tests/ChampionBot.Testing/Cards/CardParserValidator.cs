using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ChampionBot.Testing.Cards;

/// <summary>
/// Parses cards with the npm <c>adaptivecards</c> library (the renderer Teams' web client builds on) by running
/// <c>tests/tools/validate-cards.mjs</c> once for a whole batch: starting Node costs far more than parsing a card.
/// </summary>
public static class CardParserValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string ScriptPath => RepositoryPaths.InRoot("tests", "tools", "validate-cards.mjs");

    public static string LibraryPath => RepositoryPaths.InRoot("node_modules", "adaptivecards", "dist", "adaptivecards.js");

    /// <summary>
    /// The library's parse and validation events for each card, in the order given. When Node or the npm packages
    /// are missing the test reports Skipped (with CI=true it fails).
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ValidateAsync(
        IReadOnlyList<(string Name, string Json)> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var node = FindOnPath("node");
        if (node is null)
        {
            RequiredInCi.Skip("node", "Install Node.js 20+ (Debian package nodejs).");
        }

        if (!File.Exists(LibraryPath))
        {
            RequiredInCi.Skip("node_modules/adaptivecards", "Run `npm ci` in the repository root.");
        }

        if (cards.Count == 0)
        {
            return [];
        }

        var output = await RunAsync(node, BuildInput(cards), cancellationToken);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateArray()
            .Select(result => (IReadOnlyList<string>)result.GetProperty("events").EnumerateArray().Select(Describe).ToList())
            .ToList();
    }

    private static string Describe(JsonElement e)
    {
        var text = $"{e.GetProperty("phase")}/{e.GetProperty("event")}: {e.GetProperty("message").GetString()}";
        return e.TryGetProperty("source", out var source) ? $"{text} [{source.GetString()}]" : text;
    }

    private static byte[] BuildInput(IReadOnlyList<(string Name, string Json)> cards)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (name, json) in cards)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WritePropertyName("card");
                writer.WriteRawValue(json);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static async Task<string> RunAsync(string node, byte[] input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(node)
        {
            ArgumentList = { ScriptPath },
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.BaseStream.WriteAsync(input, timeout.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0
                ? await stdout
                : throw new InvalidOperationException($"validate-cards.mjs exited with {process.ExitCode}: {await stderr}");
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
