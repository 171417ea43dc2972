using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Commands;

/// <summary>
/// Whether the sender belongs to an audience that depends only on who they are: everyone, the program owners, and each
/// audience a feature registers (<see cref="IPersonAudience"/>). Audiences about a card's subject are not here (<see cref="ICardAudience"/>).
/// </summary>
public sealed class PersonAudiences(ProgramOwners owners, IEnumerable<IPersonAudience> registered)
{
    /// <summary>True, false, or null when <paramref name="audience"/> depends on a card rather than on the person.</summary>
    public async Task<bool?> IncludesAsync(CommandAudience audience, Activity activity, CancellationToken cancellationToken) => audience switch
    {
        CommandAudience.Everyone => true,
        CommandAudience.ProgramOwners => await owners.IsOwnerAsync(activity, cancellationToken),
        _ => registered.FirstOrDefault(a => a.Audience == audience) is { } person ? await person.IncludesAsync(activity, cancellationToken) : null,
    };

    /// <summary>Every person audience the sender is in (what <c>help</c> lists for them).</summary>
    public async Task<IReadOnlySet<CommandAudience>> OfAsync(Activity activity, bool isOwner, CancellationToken cancellationToken)
    {
        var audiences = new HashSet<CommandAudience> { CommandAudience.Everyone };
        if (isOwner)
        {
            audiences.Add(CommandAudience.ProgramOwners);
        }

        foreach (var person in registered)
        {
            if (await person.IncludesAsync(activity, cancellationToken))
            {
                audiences.Add(person.Audience);
            }
        }

        return audiences;
    }
}
