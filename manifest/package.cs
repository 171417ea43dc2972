// Builds the Teams app package (appPackage.zip) from manifest.json and the two icons beside this file.
// Offline; no packages. Usage:
//   dotnet run manifest/package.cs -- --bot-id <guid> --domain <host> [--app-id <guid>] [--out appPackage.zip]
// Missing options fall back to the environment (BOT_ID, BOT_DOMAIN, TEAMS_APP_ID), which is what azd hands its hooks.
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

try
{
    var options = PackageOptions.Parse(args);
    var zipPath = AppPackage.Write(options, ManifestFolder());
    Console.WriteLine($"Wrote {zipPath}");
    Console.WriteLine($"  Teams app id {options.AppId}, bot id {options.BotId}, domain {options.Domain}");
    return 0;
}
catch (PackagingException error)
{
    Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine(PackageOptions.Usage);
    return 2;
}
catch (Exception error) when (error is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}

// The folder this script lives in, known at compile time, so the command works from any working directory.
static string ManifestFolder([CallerFilePath] string scriptPath = "") =>
    Path.GetDirectoryName(scriptPath) ?? throw new PackagingException("Cannot tell where package.cs lives.");

sealed class PackagingException(string message) : Exception(message);

sealed record PackageOptions(Guid BotId, Guid AppId, string Domain, string OutputPath)
{
    public const string Usage =
        "usage: dotnet run manifest/package.cs -- --bot-id <guid> --domain <host> [--app-id <guid>] [--out <path.zip>]";

    public static PackageOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--bot-id" or "--domain" or "--app-id" or "--out"))
            {
                throw new PackagingException($"Unknown option '{name}'.");
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new PackagingException($"Option '{name}' needs a value.");
            }

            values[name] = args[++i];
        }

        var botId = ParseGuid("--bot-id", Value(values, "--bot-id", "BOT_ID"));
        var appIdText = Value(values, "--app-id", "TEAMS_APP_ID");
        // The bot id is a stable default: packaging again updates the same Teams app instead of adding a second one.
        var appId = string.IsNullOrWhiteSpace(appIdText) ? botId : ParseGuid("--app-id", appIdText);
        var domain = ParseDomain(Value(values, "--domain", "BOT_DOMAIN"));
        var output = Path.GetFullPath(values.GetValueOrDefault("--out") ?? "appPackage.zip");
        if (!output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new PackagingException($"--out must name a .zip file, got '{output}'.");
        }

        return new PackageOptions(botId, appId, domain, output);
    }

    private static string? Value(Dictionary<string, string> values, string option, string environmentVariable) =>
        values.TryGetValue(option, out var value) ? value : Environment.GetEnvironmentVariable(environmentVariable);

    private static Guid ParseGuid(string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PackagingException($"{option} is required (a GUID such as 00000000-0000-0000-0000-000000000000).");
        }

        return Guid.TryParseExact(text.Trim(), "D", out var id) && id != Guid.Empty
            ? id
            : throw new PackagingException($"{option} must be a non-empty GUID like 3f2b9c1e-8a4d-4e6f-9b7a-1c2d3e4f5a6b, got '{text}'.");
    }

    private static string ParseDomain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PackagingException("--domain is required: the bot's host name, such as app-championbot.azurewebsites.net.");
        }

        var domain = text.Trim().ToLowerInvariant();
        if (domain.Contains("://", StringComparison.Ordinal))
        {
            throw new PackagingException($"--domain must be a host name without a scheme (drop 'https://'), got '{text}'.");
        }

        if (domain.IndexOfAny(['/', ':', '?', '#', '@', ' ']) >= 0)
        {
            throw new PackagingException($"--domain must be a bare host name, without path, port or query, got '{text}'.");
        }

        return HostName.IsMatch(domain) && domain.Length <= 253
            ? domain
            : throw new PackagingException($"--domain '{text}' is not a valid host name (letters, digits, hyphens and dots).");
    }

    private static readonly Regex HostName = new(
        @"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
        RegexOptions.CultureInvariant);
}

static class AppPackage
{
    private static readonly (string File, int Size)[] Icons = [("color.png", 192), ("outline.png", 32)];

    // A fixed timestamp keeps the zip identical for identical inputs.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Write(PackageOptions options, string manifestFolder)
    {
        var manifest = FillPlaceholders(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), options);
        foreach (var (file, size) in Icons)
        {
            CheckIcon(Path.Combine(manifestFolder, file), size);
        }

        // Built beside the target and moved into place, so a failure never leaves half a package behind.
        Directory.CreateDirectory(Path.GetDirectoryName(options.OutputPath)!);
        var partial = options.OutputPath + ".partial";
        File.Delete(partial);
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            AddEntry(zip, "manifest.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(manifest)));
            foreach (var (file, _) in Icons)
            {
                AddEntry(zip, file, File.OpenRead(Path.Combine(manifestFolder, file)));
            }
        }

        File.Move(partial, options.OutputPath, overwrite: true);
        return options.OutputPath;
    }

    private static void AddEntry(ZipArchive zip, string name, Stream content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var target = entry.Open();
        using (content)
        {
            content.CopyTo(target);
        }
    }

    private static string FillPlaceholders(string template, PackageOptions options)
    {
        var filled = template
            .Replace("${{TEAMS_APP_ID}}", options.AppId.ToString("D"), StringComparison.Ordinal)
            .Replace("${{BOT_ID}}", options.BotId.ToString("D"), StringComparison.Ordinal)
            .Replace("${{BOT_DOMAIN}}", options.Domain, StringComparison.Ordinal);
        var leftOver = Regex.Match(filled, @"\$\{\{[A-Z0-9_]+\}\}");
        if (leftOver.Success)
        {
            throw new PackagingException($"manifest.json has a placeholder this command does not fill: {leftOver.Value}.");
        }

        try
        {
            using var _ = JsonDocument.Parse(filled);
        }
        catch (JsonException error)
        {
            throw new PackagingException($"manifest.json is not valid JSON after filling placeholders: {error.Message}");
        }

        return filled;
    }

    private static void CheckIcon(string path, int expectedSize)
    {
        if (!File.Exists(path))
        {
            throw new PackagingException($"Icon missing: {path}.");
        }

        // A PNG starts with an 8-byte signature, then the IHDR chunk whose first fields are width and height (big-endian).
        var header = new byte[24];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(header);
        }

        var isPng = header.AsSpan(0, 8).SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20));
        if (!isPng || width != expectedSize || height != expectedSize)
        {
            throw new PackagingException($"{Path.GetFileName(path)} must be a {expectedSize}x{expectedSize} PNG.");
        }
    }
}
