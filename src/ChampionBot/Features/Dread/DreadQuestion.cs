using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Dread;

/// <summary>
/// The dread card made for one person: their role's common dreaded tasks to pick from (every role's, and the role
/// question, only when their role is not known), and the program their answer counts in.
/// </summary>
public sealed class DreadQuestion(ParticipantDirectory participants, DreadRoles roles, DreadTasks tasks)
{
    public async Task<int?> ProgramIdAsync(Participant participant, CancellationToken cancellationToken) =>
        participant.ProgramId ?? (await participants.GetProgramAsync(participant, cancellationToken))?.Id;

    public async Task<IReadOnlyList<(string Slug, string Title)>> RoleChoicesAsync(Participant participant, CancellationToken cancellationToken) =>
        participant.Role is null ? await roles.AllAsync(cancellationToken) : [];

    public async Task<IReadOnlyList<DreadTaskChoice>> TasksAsync(Participant participant, CancellationToken cancellationToken) =>
        await tasks.ForAsync(participant.Role, await ProgramIdAsync(participant, cancellationToken), cancellationToken);

    /// <summary>A fresh card (a new card id), or the same card again with what was typed and what is wrong with it.</summary>
    public async Task<AdaptiveCard> CardAsync(
        Participant participant, string? cardId = null, DreadAnswerInput? typed = null, IReadOnlyList<string>? problems = null, CancellationToken cancellationToken = default) =>
        DreadCard.Build(
            cardId ?? Guid.NewGuid().ToString("N"),
            await RoleChoicesAsync(participant, cancellationToken),
            await TasksAsync(participant, cancellationToken),
            typed,
            problems);
}
