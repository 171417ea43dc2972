using System.Reflection;

namespace ChampionBot.Benchmarks;

/// <summary>A benchmark command, found by reflection: adding one is adding a file.</summary>
public interface IBenchmarkCommand
{
    string Name { get; }

    /// <summary>One usage line; null hides the command from the usage text (internal commands such as child workers).</summary>
    string? Usage { get; }

    Task<int> RunAsync(CommandLine args);
}

public static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var commands = typeof(BenchmarkCommands).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkCommand).IsAssignableFrom(t))
            .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t)!)
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

        if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ChampionBot.Benchmarks -- <command> [options]");
            foreach (var usage in commands.Values.Select(c => c.Usage).OfType<string>().Order(StringComparer.Ordinal))
            {
                Console.Error.WriteLine("  " + usage);
            }

            return 2;
        }

        try
        {
            return await command.RunAsync(new CommandLine(args[1..]));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    /// <summary>The command line that starts this same benchmark program again (for child processes).</summary>
    public static (string FileName, IReadOnlyList<string> Prefix) SelfCommand()
    {
        var assembly = Assembly.GetEntryAssembly()!.Location;
        var host = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? (host, [assembly])
            : (host, []);
    }
}
