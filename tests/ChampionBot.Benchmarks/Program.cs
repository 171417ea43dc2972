Console.WriteLine("usage: dotnet run -c Release --project tests/ChampionBot.Benchmarks -- <fanout|inbound> [options]");
return 2;
