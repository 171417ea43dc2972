using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Programs;
using ChampionBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>One kind of stored data about a person: its name, how many rows, each row in words, and what it is for.</summary>
public sealed record PersonalDataSection(string Title, int Count, IReadOnlyList<string> Lines, string? Note = null);

/// <summary>Reads everything stored about one person, for <c>mydata</c>. Reads only: looking never writes.</summary>
public sealed class PersonalData(ChampionDbContext db, IOutbox outbox)
{
    /// <summary>What the usage section says is read, so it never contradicts the welcome ("never how often you use a tool").</summary>
    public const string UsageNote =
        "Once a day I read, from Microsoft 365's Copilot usage report, only the date you last used each Copilot app (never how " +
        "often, or what you did), as part of your champion score, to suggest people who already use it. " +
        "Type **optout usage** and I leave you out of that (and delete these dates); **forget me** deletes everything.";

    /// <summary>What the pulse section says owners see of it.</summary>
    public const string PulseNote = "Every few weeks I ask for one word. Owners only see words that at least 5 people gave, never who said what.";

    /// <summary>Everything stored under <paramref name="objectId"/>; <paramref name="participant"/> is null when there is no profile.</summary>
    public async Task<IReadOnlyList<PersonalDataSection>> ReadAsync(string objectId, Participant? participant, CancellationToken cancellationToken)
    {
        var id = participant?.Id ?? -1;
        var oid = objectId;
        var dread = await db.DreadItems.AsNoTracking().Where(d => d.ParticipantId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var results = await db.Results.AsNoTracking().Where(r => r.ParticipantId == id).Include(r => r.Challenge).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var pulses = await db.MaturityPulses.AsNoTracking().Where(m => m.ParticipantId == id).OrderBy(m => m.ProgramId).ThenBy(m => m.Round).ToListAsync(cancellationToken);
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.ParticipantId == id).Include(r => r.Challenge).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var evidence = await db.ChampionEvidence.AsNoTracking().Where(e => e.ParticipantId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.ParticipantId == id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var champion = await db.Champions.AsNoTracking().Where(c => c.ParticipantId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var scores = await db.ChampionScores.AsNoTracking().Where(c => c.ParticipantId == id).ToListAsync(cancellationToken);
        var usage = await db.CopilotUsage.AsNoTracking().Where(u => u.ParticipantId == id).OrderBy(u => u.App).ToListAsync(cancellationToken);
        var references = await db.ConversationReferences.AsNoTracking().Where(r => r.UserAadObjectId == oid).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var messages = await outbox.ForRecipientAsync(oid, cancellationToken);
        var doNotContact = await db.DoNotContactList.AsNoTracking().FirstOrDefaultAsync(d => d.ObjectId == oid, cancellationToken);
        var manager = participant?.ManagerObjectId is { } managerId
            ? await db.Participants.AsNoTracking().Where(m => m.ObjectId == managerId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;

        return
        [
            participant is null ? NoProfile(oid) : new("About you", 1, Profile(participant, manager, doNotContact)),
            .. doNotContact is null ? Array.Empty<PersonalDataSection>() : [DoNotContactSection(doNotContact)],
            Section("What you dread", dread, d => $"\"{d.Text}\": {d.MinutesPerOccurrence} min, {Number(d.TimesPerWeek)} a week ({Date(d.CreatedAt)})"),
            Section("Your results", results, r =>
                $"{r.Challenge?.Title}: worked {(r.Worked ? "yes" : "no")}, {r.MinutesBefore} → {r.MinutesWithAi} min, {Number(r.TimesPerWeek)} a week, " +
                $"quality {r.Quality}/5, feeling {r.Feeling}/5{(r.WhatTheyDidDifferently is { } text ? $", different: \"{text}\"" : string.Empty)}" +
                $"{(r.RetryWorked is { } retry ? $", second try {(retry ? "worked" : "didn't work")}" : string.Empty)} ({Date(r.SubmittedAt)})"),
            Section("Your word for your team's AI maturity", pulses, m => m.Word is { } word
                ? $"\"{word}\" (round {m.Round + 1}, {Date(m.AnsweredAt ?? m.AskedAt)})"
                : $"asked {Date(m.AskedAt)} (round {m.Round + 1}), not answered") with { Note = PulseNote },
            Section("Reminders sent to you", reminders, r => $"{r.Challenge?.Title} ({Date(r.SentAt)})"),
            Section("Champion evidence besides your results", evidence, e => $"{e.Detail} ({Number(e.Points)} {(e.Points == 1 ? "point" : "points")})"),
            new("Champion score", scores.Count, [.. scores.SelectMany(ScoreLines)]),
            Section("Nominations", nominations, n => $"{NominationStatusWords.Of(n.Status)} ({Date(n.CreatedAt)}){(n.Reason is { } reason ? $": {reason}" : string.Empty)}"),
            Section("Champion", champion, c => $"Approved {Date(c.ApprovedAt)}{(c.RetiredAt is { } retired ? $", retired {Date(retired)}" : string.Empty)}"),
            Section("Copilot apps: the date you last used each", usage, u => $"{CopilotApps.DisplayName(u.App)}: last used {(u.LastActivityDate is { } day ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "never")}") with { Note = UsageNote },
            Section("Conversations I can reach you in", references, r => $"{r.ConversationType ?? "conversation"} chat, last active {Date(r.UpdatedAt)}"),
            Section("Messages sent or queued for you", messages, m => $"{BotActions.Name(m.Kind)}, {StatusName(m.Status)} ({Date(m.CreatedAt)})"),
        ];
    }

    /// <summary>Shown only to people on the list: what it holds, since when, and the one way to lift it.</summary>
    private static PersonalDataSection DoNotContactSection(DoNotContact entry) => new("Do-not-contact list", 1,
    [
        $"Since {Date(entry.Since)} you're on my do-not-contact list, because you asked me to forget you. " +
        "For that I keep only your account id and that date, and I won't message you on my own. Type **optin** to lift it.",
    ]);

    private static PersonalDataSection NoProfile(string objectId) => new("About you", 0,
    [
        $"I have no profile for you: no name, role, team or manager. Your account id ({objectId}) is how I recognise your messages.",
    ]);

    private static List<string> Profile(Participant p, string? managerName, DoNotContact? doNotContact) =>
    [
        .. new (string Label, string? Value)[]
        {
            ("Name", p.DisplayName), ("Entra object id", p.ObjectId), ("Email", p.UserPrincipalName), ("Job title", p.JobTitle),
            ("Role", p.Role is { } role ? Dread.DreadRoles.Title(role) : null), ("Team", p.Team), ("Department", p.Department),
            ("Manager", p.ManagerObjectId is null ? null : managerName ?? "known from your directory profile (I have no name for them)"),
            ("Enrolled", p.EnrolledAt is { } e ? Date(e) : null), ("Opted out", p.OptedOutAt is { } o ? Date(o) : doNotContact is null ? "no" : "yes (do-not-contact list)"),
            ("Copilot usage lookups", p.UsageLookupsOptedOutAt is { } u ? $"off since {Date(u)} (optin usage to turn them on)" : "on (optout usage to stop them)"),
            ("Can be nominated as a champion", p.NominationsOptedOutAt is { } n ? $"no, since {Date(n)} (optin nominations to undo)" : "yes (optout nominations to stop it)"),
            ("Reminders snoozed until", p.SnoozedUntil is { } s ? Date(s) : null), ("Time zone", Cadence.FindTimeZone(p.TimeZoneId) is { } zone ? $"{ChallengeCalendar.ZoneName(zone)} ({p.TimeZoneId})" : p.TimeZoneId),
            ("Working hours a week", Number(p.WorkingHoursPerWeek)), ("First seen", Date(p.CreatedAt)),
        }.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => $"{f.Label}: {f.Value}"),
    ];

    /// <summary>The score, then its own lines (from your results, the evidence and your Copilot apps) one by one, so the words always add up to it.</summary>
    private static IEnumerable<string> ScoreLines(ChampionScore score)
    {
        var lines = ScoreLine.FromJson(score.LinesJson);
        yield return $"{Number(score.Points)} points, worked out {Date(score.ComputedAt)}" + (lines.Count > 0 ? ", made of:" : ": nothing counts towards it yet");
        foreach (var line in lines)
        {
            yield return $"{(line.Points >= 0 ? "+" : "−")}{Number(Math.Abs(line.Points))}: {line.Text}";
        }
    }

    private static string StatusName(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending or DeliveryStatus.InFlight => "queued",
        DeliveryStatus.Sent => "sent",
        DeliveryStatus.Blocked or DeliveryStatus.NotFound => "couldn't reach you",
        DeliveryStatus.Ambiguous => "sent (Teams didn't confirm)",
        DeliveryStatus.Cancelled => "not sent (cancelled)",
        DeliveryStatus.Recalled => "sent, then taken back",
        _ => "not sent (failed)",
    };

    private static PersonalDataSection Section<T>(string title, IReadOnlyList<T> rows, Func<T, string> line) =>
        new(title, rows.Count, [.. rows.Select(line)]);

    private static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

}
