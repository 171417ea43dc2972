namespace ChampionBot.Features.Enrollment;

/// <summary>What <c>enroll</c> did, and how to say it.</summary>
public sealed class EnrollmentCounts
{
    public int Added { get; set; }

    public int Already { get; set; }

    public int OptedOut { get; set; }

    /// <summary>Roster members on the do-not-contact list (they used <c>forget me</c>): not enrolled, not even stored.</summary>
    public int Forgotten { get; set; }

    public string Reply(string teamName)
    {
        if (Added + Already + OptedOut + Forgotten == 0)
        {
            return $"I found nobody in **{teamName}** I can enrol (Teams returned no members with an Entra id). Nothing changed.";
        }

        var reply = $"Enrolled **{teamName}**: {Added} new, {Already} already enrolled";
        reply += OptedOut > 0 ? $", {OptedOut} opted out and kept out (they won't hear from me)." : ".";
        if (Forgotten > 0)
        {
            reply += Forgotten == 1
                ? " 1 person asked me to forget them, so I didn't enrol them; they can rejoin by writing **optin** to me."
                : $" {Forgotten} people asked me to forget them, so I didn't enrol them; they can rejoin by writing **optin** to me.";
        }

        return reply + (Added > 0 ? " Next: **dread survey** asks everyone what they dread most." : string.Empty);
    }
}
