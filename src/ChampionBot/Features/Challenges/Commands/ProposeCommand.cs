using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>propose</c>: a champion writes a challenge for the owners to review (<see cref="ChallengeProposals"/>).</summary>
public sealed class ProposeCommand(ChallengeProposals proposals) : IBotCommand
{
    public string Name => "propose";

    public IReadOnlyList<string> Aliases => ["propose a challenge", "propose challenge"];

    public string Usage => "propose";

    public string Description => "Propose a challenge; the program owners get it as a draft with your name on it.";

    public CommandAudience Audience => CommandAudience.Champions;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        var (form, refusal) = await proposals.FormAsync(context.Turn.Activity, context.CancellationToken);
        if (form is null)
        {
            await context.ReplyAsync(refusal!);
            return;
        }

        await context.Turn.SendAsync(MessageFactory.Card(form.ToJsonElement(), ChallengeFormCard.ProposeTitle));
    }
}
