using ChampionBot.Benchmarks;

// Each command lives in its own file as an IBenchmarkCommand; this only dispatches.
return await BenchmarkCommands.RunAsync(args);
