using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>The owner's authoring form. Rebuilt with the typed values and the reasons when a save is refused.</summary>
public static class ChallengeFormCard
{
    public const string NewTitle = "New challenge";
    public const string EditTitle = "Edit challenge";
    public const string ProposeTitle = "Propose a challenge";
    public const string SaveVerb = "challenge.save";

    /// <summary>A champion's proposal (<see cref="ChallengeProposals"/>): same form, sent to the owners instead of saved for oneself.</summary>
    public const string ProposeVerb = "challenge.propose";

    public static AdaptiveCard Build(
        ChallengeForm form, IReadOnlyList<string> knownRoles, IReadOnlyList<string> problems, string? dreadOrigin = null, bool proposal = false)
    {
        ArgumentNullException.ThrowIfNull(form);
        var title = proposal ? ProposeTitle : form.ChallengeId is null ? NewTitle : EditTitle;
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(proposal
                ? "One task for one role, done one specific way: what worked for you. The program owners get it as a draft with your name on it, and decide whether and when it goes out."
                : "One task for one role, done one specific way. I'll refuse anything vague, and show you exactly what people will get before anything is sent.")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        };

        if (problems.Count > 0)
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Attention,
                Items =
                [
                    new TextBlock("Not saved yet. Please fix:") { Weight = TextWeight.Bolder, Wrap = true },
                    .. problems.Select(p => new TextBlock("• " + p) { Wrap = true, Spacing = Spacing.Small }),
                ],
            });
        }

        if (dreadOrigin is not null)
        {
            body.Add(new TextBlock(dreadOrigin) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        }

        body.AddRange(Inputs(form, knownRoles));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [proposal
                ? new ExecuteAction { Title = "Send to the owners", Verb = ProposeVerb, Style = ActionStyle.Positive, Data = new JsonObject() }
                : new ExecuteAction { Title = "Save draft", Verb = SaveVerb, Style = ActionStyle.Positive, Data = HiddenData(form) }],
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = title,
        };
    }

    private static IEnumerable<CardElement> Inputs(ChallengeForm form, IReadOnlyList<string> knownRoles)
    {
        yield return new TextInput(ChallengeForm.TitleId) { Label = "Title", Value = form.Title, MaxLength = 200, IsRequired = true, ErrorMessage = "Give the challenge a title.", Placeholder = "Write the Monday status report with Copilot" };
        yield return new TextInput(ChallengeForm.TaskId) { Label = "The task (the work people dread)", Value = form.Task, IsMultiline = true, MaxLength = 1000, IsRequired = true, ErrorMessage = "Name the task." };
        yield return new ChoiceSetInput(ChallengeForm.AudienceRoleId)
        {
            Label = "Audience role",
            Value = RoleChoices(knownRoles, form.AudienceRole).Any(c => c.Value == form.AudienceRole) ? form.AudienceRole : null,
            Choices = RoleChoices(knownRoles, form.AudienceRole),
            Placeholder = "Pick a role",
        };
        yield return new TextInput(ChallengeForm.AudienceRoleOtherId) { Label = "…or type a new role", Value = form.AudienceRoleOther, MaxLength = 100, Placeholder = "e.g. Field marketing" };
        yield return new TextInput(ChallengeForm.StepsId) { Label = "The specific steps (one per line)", Value = form.Steps, IsMultiline = true, MaxLength = 4000, Placeholder = "1. Open last week's report in Word (saved in OneDrive)…" };
        yield return new TextInput(ChallengeForm.PromptId) { Label = "…or the prompt to paste", Value = form.Prompt, IsMultiline = true, MaxLength = 4000 };
        yield return new TextInput(ChallengeForm.WhatGoodLooksLikeId) { Label = "What good looks like", Value = form.WhatGoodLooksLike, IsMultiline = true, MaxLength = 2000, IsRequired = true, ErrorMessage = "Say what a good result looks like." };
        yield return new NumberInput(ChallengeForm.BaselineMinutesId) { Label = "Minutes it takes today, without AI", Value = CardData.Number(form.BaselineMinutes), Min = 1, Max = ChallengeRules.MaxBaselineMinutes, IsRequired = true, ErrorMessage = "Minutes from 1 to 1440." };
        yield return new NumberInput(ChallengeForm.FrequencyPerWeekId) { Label = "How often per week (0.25 = monthly)", Value = CardData.Number(form.FrequencyPerWeek), Min = 0.1, Max = ChallengeRules.MaxFrequencyPerWeek, IsRequired = true, ErrorMessage = "A number above 0." };
        yield return new TextInput(ChallengeForm.RescueTipId) { Label = "Rescue tip (sent when it didn't work)", Value = form.RescueTip, IsMultiline = true, MaxLength = 2000, IsRequired = true, ErrorMessage = "Write the tip for a first failure." };
    }

    private static List<Choice> RoleChoices(IReadOnlyList<string> knownRoles, string current)
    {
        var roles = knownRoles.Where(r => r != ChallengeForm.GeneralRole).ToList();
        if (current.Length > 0 && current != ChallengeForm.GeneralRole && !roles.Contains(current, StringComparer.Ordinal))
        {
            roles.Add(current);
        }

        return [new Choice("Everyone (general challenge)", ChallengeForm.GeneralRole), .. roles.Order(StringComparer.Ordinal).Select(r => new Choice(Dread.DreadRoles.Title(r), r))];
    }

    private static JsonObject HiddenData(ChallengeForm form)
    {
        var data = new JsonObject();
        if (form.ChallengeId is { } id)
        {
            data[CardFields.ChallengeId] = id;
        }

        if (form.Version is { } version)
        {
            data[CardFields.Version] = version;
        }

        if (form.DreadGroup is { } dread)
        {
            data[ChallengeCardActions.DreadGroupKey] = dread;
        }

        return data;
    }

}
