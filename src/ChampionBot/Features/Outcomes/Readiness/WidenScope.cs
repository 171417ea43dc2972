using System.Text;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>
/// What <c>program widen</c> was given: the scope in the owner's words, made safe to show on cards (invisible characters
/// dropped, spaces collapsed, no markdown link or formatting characters), whether it means everyone (run) or more
/// teams (walk), and whether the owner confirmed widening before the case is proved (<c>anyway</c>).
/// </summary>
public sealed record WidenScope(string Text, ProgramStage Stage, bool Confirmed)
{
    public const int MaxLength = 200;
    public const string ConfirmWord = "anyway";

    private static readonly string[] Everyone = ["everyone", "everybody", "all", "the whole company", "the whole organisation", "the whole organization", "company-wide"];

    /// <summary>The scope, or null when nothing usable was typed; <paramref name="problem"/> then says why.</summary>
    public static WidenScope? Read(string arguments, out string? problem)
    {
        var text = arguments.Trim();
        var confirmed = text.StartsWith(ConfirmWord + " ", StringComparison.OrdinalIgnoreCase);
        text = Clean(confirmed ? text[ConfirmWord.Length..] : text);
        text = text.Equals(ConfirmWord, StringComparison.OrdinalIgnoreCase) ? string.Empty : text;
        problem = text.Length == 0 ? "Say who to widen the program to: **program widen Sales, Support** (team or department names), or **program widen everyone**."
            : text.Length > MaxLength ? $"That's more than {MaxLength} characters. Name the teams or departments briefly, or say **everyone**."
            : null;
        if (problem is not null)
        {
            return null;
        }

        var stage = Everyone.Contains(text, StringComparer.OrdinalIgnoreCase) ? ProgramStage.Run : ProgramStage.Walk;
        return new WidenScope(stage == ProgramStage.Run ? "everyone" : text, stage, confirmed);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (EchoedText.IsInvisible(c) || c is '[' or ']' or '<' or '>' or '*' or '_' or '`' or '~' or '#' or '|')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? (builder.Length > 0 && builder[^1] != ' ' ? " " : string.Empty) : c.ToString());
        }

        return builder.ToString().Trim();
    }
}
