using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Export;

public enum ExportRefusal
{
    None,
    Tampered,
    Expired,
    Used,
    NotOwner,
}

/// <summary>
/// Export links: made for an owner (one per file, signed, short-lived), and redeemed once. Redeeming checks, in order,
/// the signature, the expiry, that the person who asked still owns the program, and claims the link in one conditional
/// update, so two requests racing for one link get one file between them.
/// </summary>
public sealed class OutcomeExports(ChampionDbContext db, ExportLinkSigner signer, ProgramOwners owners, IOptions<OutcomesOptions> options, TimeProvider time)
{
    public const string ResultsKind = "results";
    public const string LedgerKind = "ledger";
    public const string Path = "/outcomes/export";

    /// <summary>The links, or null when no public address is configured to build them with.</summary>
    public async Task<IReadOnlyList<(string Kind, Uri Link)>?> CreateAsync(int programId, string ownerObjectId, CancellationToken cancellationToken)
    {
        if (options.Value.PublicBaseUrl is not { } baseUrl)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var expires = now + options.Value.ExportLinkLifetime;
        var links = new List<(string, Uri)>();
        foreach (var kind in new[] { ResultsKind, LedgerKind })
        {
            var export = new OutcomeExport { Id = Guid.NewGuid(), ProgramId = programId, Kind = kind, RequestedByObjectId = ownerObjectId, CreatedAt = now, ExpiresAt = expires };
            db.OutcomeExports.Add(export);
            var token = signer.Sign(new ExportClaim(export.Id, kind, programId, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds())));
            links.Add((kind, new Uri(baseUrl.TrimEnd('/') + Path + "/" + token)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return links;
    }

    public async Task<(ExportRefusal Refusal, ExportClaim? Claim)> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        if (signer.Read(token) is not { } claim)
        {
            return (ExportRefusal.Tampered, null);
        }

        var now = time.GetUtcNow();
        var export = await db.OutcomeExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == claim.ExportId, cancellationToken);
        if (export is null || export.ProgramId != claim.ProgramId || export.Kind != claim.Kind)
        {
            return (ExportRefusal.Tampered, null);
        }

        if (now >= export.ExpiresAt || now >= claim.ExpiresAt)
        {
            return (ExportRefusal.Expired, null);
        }

        if (export.UsedAt is not null)
        {
            return (ExportRefusal.Used, null);
        }

        if (!(await owners.OwnerObjectIdsAsync(export.ProgramId, cancellationToken)).Contains(export.RequestedByObjectId, StringComparer.OrdinalIgnoreCase))
        {
            return (ExportRefusal.NotOwner, null);
        }

        var claimed = await db.OutcomeExports.Where(e => e.Id == export.Id && e.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.UsedAt, now), cancellationToken);
        return claimed == 1 ? (ExportRefusal.None, claim) : (ExportRefusal.Used, null);
    }
}
