using System.Globalization;
using System.Text;

namespace ChampionBot.Features.Dread;

/// <summary>
/// "Is this the same dread, said differently?" Answers are reduced to their key words (lower case, no punctuation,
/// no filler or frequency words, plural and -ing endings trimmed, common synonyms folded together) and two answers
/// are similar when those word sets overlap enough: a Jaccard index ≥ <see cref="Threshold"/>, or at least
/// <see cref="MinimumShared"/> shared words covering most of the shorter answer (a short answer and a long paraphrase
/// of it). Simple on purpose: owners can see why two answers were grouped.
/// </summary>
public static class DreadSimilarity
{
    public const double Threshold = 0.5;

    public const int MinimumShared = 2;

    public const double ShorterCoverage = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "about", "up",
        "my", "our", "your", "their", "his", "her", "its", "me", "i", "we", "you", "they", "it", "that", "this", "these",
        "those", "is", "are", "was", "be", "been", "every", "each", "all", "some", "any", "other", "so", "too", "very",
        "just", "really", "always", "again", "then", "than", "when", "which", "who", "what", "out", "over", "same",
        "doing", "do", "does", "done", "make", "making", "write", "writing", "written", "prepare", "preparing", "put",
        "putting", "together", "get", "getting", "have", "having", "has", "need", "needing", "spend", "spending", "go",
        "going", "through", "manually", "manual", "hand", "time", "hour", "hours", "minute", "minutes",
        "week", "weekly", "weekend", "day", "daily", "month", "monthly", "morning", "afternoon", "friday", "monday",
        "tuesday", "wednesday", "thursday", "saturday", "sunday", "once", "twice", "boring", "tedious", "annoying",
        "take", "takes", "taking", "forever", "ages", "long", "hate", "dread", "painful", "pain",
        "compile", "compiling", "pull", "pulling", "gather", "gathering", "collect", "collecting", "create", "creating",
        "build", "building", "produce", "producing", "work", "team", "thing", "stuff", "new", "latest", "last",
        "end", "start", "first", "whole", "endless",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["update"] = "report", ["summary"] = "report", ["recap"] = "report", ["digest"] = "report",
        ["writeup"] = "report", ["readout"] = "report",
        ["boss"] = "manager", ["leadership"] = "manager", ["director"] = "manager", ["exec"] = "manager",
        ["executive"] = "manager", ["vp"] = "manager", ["cmo"] = "manager", ["management"] = "manager",
        ["metric"] = "number", ["kpi"] = "number", ["stat"] = "number", ["figure"] = "number", ["performance"] = "number",
        ["result"] = "number", ["dashboard"] = "number", ["analytic"] = "number",
        ["prospect"] = "lead",
        ["crm"] = "pipeline", ["salesforce"] = "pipeline", ["forecast"] = "pipeline", ["deal"] = "pipeline",
        ["mail"] = "email", ["inbox"] = "email", ["e-mail"] = "email", ["outlook"] = "email",
        ["excel"] = "spreadsheet", ["sheet"] = "spreadsheet", ["workbook"] = "spreadsheet",
        ["call"] = "meeting", ["sync"] = "meeting", ["standup"] = "meeting",
        ["note"] = "notes",
        ["proposal"] = "rfp", ["tender"] = "rfp", ["bid"] = "rfp",
        ["slide"] = "deck", ["presentation"] = "deck", ["powerpoint"] = "deck",
        ["cleanup"] = "clean", ["tidy"] = "clean", ["dedupe"] = "clean", ["deduplicate"] = "clean",
        ["receipt"] = "expense",
        ["answer"] = "respond", ["response"] = "respond", ["reply"] = "respond",
    };

    /// <summary>How alike two answers are, from 0 (nothing in common) to 1 (the same key words).</summary>
    public static double Between(string a, string b) => Score(KeyWords(a), KeyWords(b));

    public static bool AreSimilar(string a, string b) => AreSimilar(KeyWords(a), KeyWords(b));

    public static bool AreSimilar(IReadOnlySet<string> a, IReadOnlySet<string> b) => Score(a, b) >= Threshold;

    /// <summary>How alike two sets of key words are for grouping: the Jaccard index, or the shorter set's coverage when enough words are shared.</summary>
    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var jaccard = Jaccard(a, b);
        var shared = a.Count(b.Contains);
        var coverage = shared >= MinimumShared ? shared / (double)Math.Min(a.Count, b.Count) : 0;
        return Math.Max(jaccard, coverage * Threshold / ShorterCoverage);
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>The words that carry the meaning of an answer, in a canonical form.</summary>
    public static IReadOnlySet<string> KeyWords(string text) => new HashSet<string>(KeyWordsInOrder(text), StringComparer.Ordinal);

    /// <summary>The key words in the order the answer says them, each once.</summary>
    public static IReadOnlyList<string> KeyWordsInOrder(string text)
    {
        var words = new List<string>();
        foreach (var raw in Words(text))
        {
            if (StopWords.Contains(raw))
            {
                continue;
            }

            var word = Stem(raw);
            word = Synonyms.GetValueOrDefault(word, word);
            if (word.Length > 1 && !StopWords.Contains(word) && !words.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A light stemmer: "reports" → "report", "cleaning" → "clean", "emailed" → "email". Short words stay as they are.</summary>
    private static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        var keepS = word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal);
        return word.Length > 3 && word.EndsWith('s') && !keepS ? word[..^1] : word;
    }
}
