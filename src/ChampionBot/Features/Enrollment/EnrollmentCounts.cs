namespace ChampionBot.Features.Enrollment;

/// <summary>What <c>enroll</c> did, and how to say it.</summary>
public sealed class EnrollmentCounts
{
    public int Added { get; set; }

    public int Already { get; set; }

    public int OptedOut { get; set; }

    public string Reply(string teamName)
    {
        if (Added + Already + OptedOut == 0)
        {
            return $"I found nobody in **{teamName}** I can enrol (Teams returned no members with an Entra id). Nothing changed.";
        }

        var reply = $"Enrolled **{teamName}**: {Added} new, {Already} already enrolled";
        reply += OptedOut > 0 ? $", {OptedOut} opted out and kept out (they won't hear from me)." : ".";
        return reply + (Added > 0 ? " Next: **dread survey** asks everyone what they dread most." : string.Empty);
    }
}
