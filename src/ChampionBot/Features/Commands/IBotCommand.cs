namespace ChampionBot.Features.Commands;

/// <summary>
/// Who may use a command or a card action (<see cref="CardActionRoutes"/>); checked before its handler runs. An audience
/// that depends on what a card is about (the nominee's manager, say) is a member here that only card actions use; the
/// feature that knows the card registers an <see cref="ICardAudience"/> for it, which <see cref="CardActionGate"/> asks.
/// </summary>
public enum CommandAudience
{
    Everyone,
    ProgramOwners,

    /// <summary>Active AI champions (approved, not retired): the feature that knows them registers an <see cref="IPersonAudience"/>.</summary>
    Champions,

    /// <summary>The person a nomination card is about (card actions only).</summary>
    Nominee,

    /// <summary>The nominee's manager, or the program's owners once the nomination is theirs to decide (card actions only).</summary>
    NomineeManager,
}

/// <summary>A text command, e.g. <c>challenge list</c>. Matched case-insensitively on its words; the rest of the text is its arguments.</summary>
public interface IBotCommand
{
    /// <summary>The command's words, e.g. "challenge list".</summary>
    string Name { get; }

    /// <summary>Other words people use for it, e.g. "opt out" and "unsubscribe" for <c>optout</c>; help shows only the name.</summary>
    IReadOnlyList<string> Aliases => [];

    /// <summary>How to type it, e.g. "challenge show &lt;id&gt;".</summary>
    string Usage { get; }

    string Description { get; }

    CommandAudience Audience { get; }

    /// <summary>False for commands that only make sense in the 1:1 chat (personal data, for example).</summary>
    bool AvailableInChannels => true;

    Task HandleAsync(CommandContext context);
}
