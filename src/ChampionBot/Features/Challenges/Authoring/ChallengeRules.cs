using System.Globalization;
using System.Text;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// Refuses vague challenges. "Go play with Copilot" is the failure this product exists to prevent, so a challenge needs
/// a concrete task, steps or a prompt someone could follow cold, what good looks like, the minutes it takes today,
/// how often it happens and a rescue tip. Every problem gets its own specific reason.
/// </summary>
public static class ChallengeRules
{
    public const int MaxBaselineMinutes = 1440;
    public const double MaxFrequencyPerWeek = 50;
    private const int MinStepsLength = 40;
    private const int MinConcreteWords = 8;

    /// <summary>Phrases that mean "go play": fine inside real steps, refused when they are most of what the steps say.</summary>
    private static readonly string[] VaguePhrases =
    [
        "try ai", "try copilot", "try it out", "try it", "play with", "play around", "explore", "experiment",
        "have a go", "give it a go", "give it a try", "get familiar", "familiarise", "familiarize", "see what it can do",
        "use ai", "use copilot", "mess around", "check it out", "test it out", "have fun",
    ];

    /// <summary>Words that carry no task: tool names and filler.</summary>
    private static readonly HashSet<string> EmptyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "copilot", "chatgpt", "microsoft", "with", "your", "this", "that", "what", "some", "them", "they", "then", "their",
        "work", "stuff", "things", "thing", "tasks", "task", "week", "weekly", "daily", "just", "about", "from", "into",
        "tools", "tool", "prompts", "prompt", "different", "ideas", "ways", "able", "more", "much", "really", "also",
        "explore", "experiment", "play", "around", "familiar", "using", "have", "give", "check", "test",
    };

    public static (ValidChallenge? Challenge, IReadOnlyList<string> Problems) Validate(ChallengeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form = ChallengeText.Clean(form);
        var problems = new List<string>();
        var title = Required(form.Title, "**Title** is empty: give it a name people recognise, like \"Write the Monday status report with Copilot\".", 200, "Title", problems);
        var task = Required(form.Task, "**Task** is empty: name the one piece of work this takes on (the dreaded task, in people's words).", 1000, "Task", problems);
        var role = form.EffectiveRole;
        if (role.Length == 0)
        {
            problems.Add("**Audience role** is missing: pick the role this task belongs to, or \"Everyone\" for a general challenge.");
        }
        else if (role.Length > 100)
        {
            problems.Add("**Audience role** is longer than 100 characters: use a short role name such as \"Demand generation\".");
        }

        var (steps, prompt) = CheckHowTo(form, problems);
        var good = Required(form.WhatGoodLooksLike, "**What good looks like** is empty: say how someone can tell the result is good enough to use (for example \"every row has a persona; at most 2 of 20 spot-checked are wrong\").", 2000, "What good looks like", problems);
        var minutes = CheckMinutes(form.BaselineMinutes, problems);
        var frequency = CheckFrequency(form.FrequencyPerWeek, problems);
        var rescue = Required(form.RescueTip, "**Rescue tip** is empty: write the tip someone gets when it didn't work the first time (the most common snag and its fix).", 2000, "Rescue tip", problems);

        (title, task, steps, prompt) = (ChallengeText.Links(title, "Title", problems), ChallengeText.Links(task, "Task", problems),
            ChallengeText.Links(steps, "Steps", problems), ChallengeText.Links(prompt, "Prompt", problems));
        (good, rescue) = (ChallengeText.Links(good, "What good looks like", problems), ChallengeText.Links(rescue, "Rescue tip", problems));
        Specific(task, "Task", 2, "name the one piece of work, like \"the Monday status report for my manager\"", problems);
        Specific(good, "What good looks like", 2, "say how to tell it's good enough to use, like \"every risk traceable to a note, ready to send in 15 minutes\"", problems);
        Specific(rescue, "Rescue tip", 3, "give the most common snag and its fix, like \"if it invents items, paste the notes into the prompt instead of linking the file\"", problems);

        return problems.Count > 0
            ? (null, problems)
            : (new ValidChallenge(title!, task!, NormalizeRole(role), steps, prompt, good!, minutes!.Value, frequency!.Value, rescue!), problems);
    }

    /// <summary>Roles are stored like the library's ("demand-generation"): lower case, words joined by hyphens.</summary>
    public static string NormalizeRole(string role)
    {
        var builder = new StringBuilder(role.Length);
        foreach (var c in role.Trim().ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (string? Steps, string? Prompt) CheckHowTo(ChallengeForm form, List<string> problems)
    {
        var steps = form.Steps.Trim();
        var prompt = form.Prompt.Trim();
        var combined = $"{steps} {prompt}".Trim();
        if (combined.Length == 0)
        {
            problems.Add("**Steps or prompt** are missing: write the specific steps (one per line) or the exact prompt to paste. Without them this is \"go play with AI\", which is where programs stall.");
        }
        else if (combined.Length < MinStepsLength)
        {
            problems.Add($"**Steps** are too short to follow ({EchoedText.Quote(combined)}): say which app to open, what to select or paste, what to ask, and what to do with the answer.");
        }
        else if (VaguePhrases.FirstOrDefault(p => combined.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } vague
            && ConcreteWords(combined) < MinConcreteWords)
        {
            problems.Add($"**Steps** are too generic (\"{vague}\" without a concrete task): name the exact task, the file or input to start from and what to ask Copilot to do with it.");
        }

        if (steps.Length > 4000 || prompt.Length > 4000)
        {
            problems.Add("**Steps or prompt** are longer than 4000 characters: keep them to what someone needs on the day.");
        }

        return (steps.Length > 0 ? steps : null, prompt.Length > 0 ? prompt : null);
    }

    private static int? CheckMinutes(string text, List<string> problems)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add("**Baseline minutes** is empty: how many minutes does the task take today, without AI? That is what time saved is measured against.");
            return null;
        }

        if (CardData.Number(text) is not { } value || value < 1 || value > MaxBaselineMinutes || value != Math.Floor(value))
        {
            problems.Add($"**Baseline minutes** must be a whole number from 1 to {MaxBaselineMinutes} (you typed {EchoedText.Quote(text)}).");
            return null;
        }

        return (int)value;
    }

    private static double? CheckFrequency(string text, List<string> problems)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add("**How often per week** is empty: how many times a week do people do this task (0.25 for monthly)?");
            return null;
        }

        if (CardData.Number(text) is not { } value || value < 0 || value > MaxFrequencyPerWeek)
        {
            problems.Add($"**How often per week** must be a number from 0.1 to {MaxFrequencyPerWeek} (you typed {EchoedText.Quote(text)}).");
            return null;
        }

        if (value == 0)
        {
            problems.Add("**How often per week** is 0: a challenge should take on work people actually do. Use 1 for weekly, 0.25 for monthly.");
            return null;
        }

        return value;
    }

    private static string? Required(string text, string missing, int max, string name, List<string> problems)
    {
        var value = text.Trim();
        if (ChallengeText.IsBlank(value))
        {
            problems.Add(missing);
            return null;
        }

        if (value.Length > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"**{name}** is longer than {max} characters ({value.Length}): shorten it."));
            return null;
        }

        return value;
    }

    /// <summary>
    /// Each field that makes a challenge specific is checked on its own: one good field ("real" steps) must not carry a
    /// task of "Use AI more" or a rescue tip of "Ask in the channel".
    /// </summary>
    private static void Specific(string? value, string name, int minConcreteWords, string howToFix, List<string> problems)
    {
        if (value is null)
        {
            return;
        }

        var vague = VaguePhrases.Any(p => value.Contains(p, StringComparison.OrdinalIgnoreCase));
        var concrete = ConcreteWords(value);
        if (concrete < minConcreteWords || (vague && concrete < minConcreteWords + 2))
        {
            problems.Add($"**{name}** is too vague ({EchoedText.Quote(value)}): {howToFix}.");
        }
    }

    private static int ConcreteWords(string text) => text
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')'))
        .Where(w => w.Length >= 4 && !EmptyWords.Contains(w))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Count();

}
