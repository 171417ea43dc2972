namespace ChampionBot.Benchmarks.Fanout;

internal sealed record FanoutSettings(
    int Recipients,
    string Provider,
    int Ceiling,
    int? CrashAfter,
    double FaultRate,
    double BlockedRate,
    double NewConversations)
{
    public static FanoutSettings From(CommandLine args)
    {
        var faultRate = args.Double("fault-rate", 0);
        var settings = new FanoutSettings(
            args.Int("recipients", 1000),
            args.String("provider", "sqlite").ToLowerInvariant(),
            args.Int("ceiling", 50),
            args.OptionalInt("crash-after"),
            faultRate,
            // With faults on, a tenth of that share of people have also blocked the bot (403, final, not lost).
            args.Double("blocked-rate", faultRate / 10),
            args.Double("new-conversations", 0));
        if (settings.Recipients < 1 || settings.Ceiling < 1 || settings.FaultRate is < 0 or >= 1 || settings.BlockedRate is < 0 or > 1)
        {
            throw new ArgumentException("--recipients and --ceiling must be positive; --fault-rate in [0, 1); --blocked-rate in [0, 1].");
        }

        return settings;
    }
}
