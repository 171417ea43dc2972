namespace ChampionBot.Data.Entities;

/// <summary>
/// A pulse round's words as owners last saw them in <c>report</c>. They stay as they are until at least five people's
/// answers in that round are new or changed (the ledger's rule, Features/Outcomes/README.md), so comparing two reports
/// never shows one person's word.
/// </summary>
public sealed class MaturityPublication
{
    public int Id { get; set; }

    public int ProgramId { get; set; }

    public int Round { get; set; }

    /// <summary>How many people had answered in the round.</summary>
    public int People { get; set; }

    /// <summary>The words said by five people or more, most said first, one "word count" pair a line.</summary>
    public required string Words { get; set; }

    /// <summary>The newest answer in the round when these were taken: answers after it are "new".</summary>
    public DateTimeOffset AnswersUpTo { get; set; }
}
