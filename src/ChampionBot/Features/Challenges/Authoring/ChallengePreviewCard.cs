using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Cards;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// The owner's preview: the participant's card exactly as it is sent (same body, same button), then an owner-only panel
/// with the ids and status, and the owner's buttons.
/// </summary>
public static class ChallengePreviewCard
{
    public const string PanelTitle = "Preview: above is exactly what participants get. Only you see this part.";
    public const string EditVerb = "challenge.edit";
    public const string ScheduleVerb = "challenge.schedule";
    public const string PostVerb = "challenge.post";

    public static AdaptiveCard Build(ChallengeCardContent content, ChallengeStatusLine status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var participantCard = ChallengeCard.Build(content);
        var facts = new List<Fact>
        {
            new("Id", status.Id.ToString(CultureInfo.InvariantCulture)),
            new("Status", status.StatusText),
            new("For", ChallengeAudience.Describe(status.AudienceRole)),
        };
        if (status.When is { } when)
        {
            facts.Add(new Fact(status.Status == ChallengeStatus.Posted ? "Posted" : "Posts", when));
        }

        if (status.DreadOrigin is { } origin)
        {
            facts.Add(new Fact("From dread", origin));
        }

        var panel = new Container
        {
            Style = ContainerStyle.Accent,
            Separator = true,
            Spacing = Spacing.Large,
            Items =
            [
                new TextBlock(PanelTitle) { Weight = TextWeight.Bolder, Wrap = true, Size = TextSize.Small },
                .. status.Notice is { } notice ? [new TextBlock(notice) { Wrap = true, Color = TextColor.Good, Weight = TextWeight.Bolder }] : Array.Empty<CardElement>(),
                new FactSet { Facts = facts },
            ],
        };

        return new AdaptiveCard
        {
            Body = [.. participantCard.Body!, panel],
            Actions = [.. participantCard.Actions!, .. OwnerActions(status)],
            MsTeams = participantCard.MsTeams,
            FallbackText = participantCard.FallbackText,
        };
    }

    private static IEnumerable<CardAction> OwnerActions(ChallengeStatusLine status)
    {
        if (status.Status is ChallengeStatus.Posted or ChallengeStatus.Archived)
        {
            yield break;
        }

        var data = new JsonObject { [Features.Commands.CardFields.ChallengeId] = status.Id };
        yield return new ExecuteAction { Title = status.FromLibrary ? "Edit a copy" : "Edit", Verb = EditVerb, Data = data.DeepClone().AsObject() };
        yield return status.Status == ChallengeStatus.Scheduled
            ? Features.Commands.CommandButton.For(string.Create(CultureInfo.InvariantCulture, $"challenge unschedule {status.Id}"), "Unschedule")
            : new ExecuteAction { Title = "Schedule next", Verb = ScheduleVerb, Data = data.DeepClone().AsObject() };
        yield return new ExecuteAction { Title = "Post now", Verb = PostVerb, Data = data.DeepClone().AsObject() };
    }
}
