using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>One kind of stored data about a person: its name, how many rows, and each row in words.</summary>
public sealed record PersonalDataSection(string Title, int Count, IReadOnlyList<string> Lines);

/// <summary>Reads everything stored about one person, for <c>mydata</c>.</summary>
public sealed class PersonalData(ChampionDbContext db, IOutbox outbox)
{
    public async Task<IReadOnlyList<PersonalDataSection>> ReadAsync(Participant p, CancellationToken cancellationToken)
    {
        var id = p.Id;
        var oid = p.ObjectId;
        var dread = await db.DreadItems.AsNoTracking().Where(d => d.ParticipantId == id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var results = await db.Results.AsNoTracking().Where(r => r.ParticipantId == id).Include(r => r.Challenge).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.ParticipantId == id).Include(r => r.Challenge).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var evidence = await db.ChampionEvidence.AsNoTracking().Where(e => e.ParticipantId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.ParticipantId == id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var champion = await db.Champions.AsNoTracking().Where(c => c.ParticipantId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var usage = await db.CopilotUsage.AsNoTracking().Where(u => u.ParticipantId == id).OrderBy(u => u.App).ToListAsync(cancellationToken);
        var references = await db.ConversationReferences.AsNoTracking().Where(r => r.UserAadObjectId == oid).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var deliveries = await outbox.CountForRecipientAsync(oid, cancellationToken);
        var doNotContact = await db.DoNotContactList.AsNoTracking().FirstOrDefaultAsync(d => d.ObjectId == oid, cancellationToken);

        return
        [
            new("About you", 1, Profile(p, doNotContact)),
            .. doNotContact is null ? Array.Empty<PersonalDataSection>() : [DoNotContactSection(doNotContact)],
            Section("What you dread", dread, d => $"\"{d.Text}\": {d.MinutesPerOccurrence} min, {Number(d.TimesPerWeek)} a week ({Date(d.CreatedAt)})"),
            Section("Your results", results, r =>
                $"{r.Challenge?.Title}: worked {(r.Worked ? "yes" : "no")}, {r.MinutesBefore} → {r.MinutesWithAi} min, {Number(r.TimesPerWeek)} a week, " +
                $"quality {r.Quality}/5, feeling {r.Feeling}/5{(r.WhatTheyDidDifferently is { } text ? $", different: \"{text}\"" : string.Empty)}" +
                $"{(r.RetryWorked is { } retry ? $", second try {(retry ? "worked" : "didn't work")}" : string.Empty)} ({Date(r.SubmittedAt)})"),
            Section("Reminders sent to you", reminders, r => $"{r.Challenge?.Title} ({Date(r.SentAt)})"),
            Section("Champion evidence", evidence, e => $"{e.Detail} ({Number(e.Points)} points)"),
            Section("Nominations", nominations, n => $"{n.Status} ({Date(n.CreatedAt)}){(n.Reason is { } reason ? $": {reason}" : string.Empty)}"),
            Section("Champion", champion, c => $"Approved {Date(c.ApprovedAt)}{(c.RetiredAt is { } retired ? $", retired {Date(retired)}" : string.Empty)}"),
            Section("Copilot usage (from Microsoft 365 reports)", usage, u => $"{u.App}: last used {(u.LastActivityDate is { } day ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "never")}"),
            Section("Conversations I can reach you in", references, r => $"{r.ConversationType ?? "conversation"} chat, last active {Date(r.UpdatedAt)}"),
            new("Messages sent or queued for you", deliveries, []),
        ];
    }

    /// <summary>Shown only to people on the list: what it holds, since when, and the one way to lift it.</summary>
    private static PersonalDataSection DoNotContactSection(DoNotContact entry) => new("Do-not-contact list", 1,
    [
        $"Since {Date(entry.Since)} you're on my do-not-contact list, because you asked me to forget you. " +
        "For that I keep only your account id and that date, and I won't message you on my own. Type **optin** to lift it.",
    ]);

    private static List<string> Profile(Participant p, DoNotContact? doNotContact) =>
    [
        .. new (string Label, string? Value)[]
        {
            ("Name", p.DisplayName), ("Entra object id", p.ObjectId), ("Email", p.UserPrincipalName), ("Job title", p.JobTitle),
            ("Role", p.Role), ("Team", p.Team), ("Department", p.Department), ("Manager (object id)", p.ManagerObjectId),
            ("Enrolled", p.EnrolledAt is { } e ? Date(e) : null), ("Opted out", p.OptedOutAt is { } o ? Date(o) : doNotContact is null ? "no" : "yes (do-not-contact list)"),
            ("Reminders snoozed until", p.SnoozedUntil is { } s ? Date(s) : null), ("Time zone", p.TimeZoneId),
            ("Working hours a week", Number(p.WorkingHoursPerWeek)), ("First seen", Date(p.CreatedAt)),
        }.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => $"{f.Label}: {f.Value}"),
    ];

    private static PersonalDataSection Section<T>(string title, IReadOnlyList<T> rows, Func<T, string> line) =>
        new(title, rows.Count, [.. rows.Select(line)]);

    private static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
