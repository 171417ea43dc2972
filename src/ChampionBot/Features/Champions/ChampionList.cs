using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>One champion as an owner reads it in <c>champions</c>: since when, who approved, and what they did.</summary>
public sealed record ChampionRow(string Name, string Since, string ApprovedBy, IReadOnlyList<string> WhatTheyDid);

/// <summary>A program's active champions, newest first, and how many were retired (opted out).</summary>
public sealed record ChampionListView(string ProgramName, IReadOnlyList<ChampionRow> Champions, int Retired);

/// <summary>Reads a program's champions for the owners' <c>champions</c> listing; what they did is their score's strongest evidence.</summary>
public sealed class ChampionList(ChampionDbContext db)
{
    private const int EvidenceLines = 3;

    public async Task<ChampionListView> ReadAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var champions = await db.Champions.AsNoTracking()
            .Where(c => c.ProgramId == program.Id)
            .OrderByDescending(c => c.ApprovedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.ParticipantId, c.ApprovedAt, c.ApprovedByObjectId, c.RetiredAt, Name = c.Participant!.DisplayName })
            .ToListAsync(cancellationToken);
        var active = champions.Where(c => c.RetiredAt is null).ToList();
        var ids = active.Select(c => c.ParticipantId).ToList();
        var scores = await db.ChampionScores.AsNoTracking().Where(s => ids.Contains(s.ParticipantId))
            .ToDictionaryAsync(s => s.ParticipantId, s => s.LinesJson, cancellationToken);
        var approverIds = active.Select(c => c.ApprovedByObjectId).OfType<string>().Distinct().ToList();
        var approvers = await db.Participants.AsNoTracking().Where(p => approverIds.Contains(p.ObjectId))
            .ToDictionaryAsync(p => p.ObjectId, p => p.DisplayName, cancellationToken);

        var rows = active.Select(c => new ChampionRow(
            c.Name,
            c.ApprovedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            c.ApprovedByObjectId is { } by ? approvers.GetValueOrDefault(by) ?? "their manager" : "their manager",
            scores.TryGetValue(c.ParticipantId, out var json)
                ? [.. ScoreLine.FromJson(json).Where(l => l.Points > 0).OrderByDescending(l => l.Points).Take(EvidenceLines).Select(l => l.Text)]
                : [])).ToList();
        return new ChampionListView(program.Name, rows, champions.Count - active.Count);
    }
}
