using System.Text.Json.Nodes;

namespace ChampionBot.Tests.Challenges;

/// <summary>Authoring-card submissions as Teams sends them: the card's hidden data merged with the typed inputs (all strings).</summary>
public static class ChallengeForms
{
    public static JsonObject Valid(string title = "Write the Monday status report with Copilot") => new()
    {
        ["title"] = title,
        ["task"] = "The Monday status report: chasing five people for updates and turning their notes into one page.",
        ["audienceRole"] = "people-manager",
        ["audienceRoleOther"] = "",
        ["steps"] = "1. Put everyone's notes in one Word document saved in OneDrive.\n2. Ask Copilot in Word: \"Summarise these notes into Wins, Risks and Asks, one line each, naming the owner\".\n3. Check each risk against the notes and send.",
        ["prompt"] = "",
        ["whatGoodLooksLike"] = "Three short sections, every line traceable to someone's note, sent before 10:00.",
        ["baselineMinutes"] = "60",
        ["frequencyPerWeek"] = "1",
        ["rescueTip"] = "If Copilot invents items, paste the notes into the chat instead of pointing at the file.",
    };

    public static JsonObject With(this JsonObject form, string key, string value)
    {
        form[key] = value;
        return form;
    }
}
