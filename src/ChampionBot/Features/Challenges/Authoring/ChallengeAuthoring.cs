using System.Text;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>The result of a save: the saved challenge, or the reasons it was refused (nothing written).</summary>
public sealed record SaveOutcome(Challenge? Challenge, IReadOnlyList<string> Problems);

/// <summary>Validates an authoring form and writes it as a Draft in one save. Slugs are made once and never change.</summary>
public sealed class ChallengeAuthoring(ChampionDbContext db, TimeProvider time)
{
    /// <summary>A second click on "Save draft" within this window updates the draft it made instead of adding another.</summary>
    private static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromMinutes(5);

    private const string StaleEdit =
        "Someone changed this challenge after you opened the form (or it was already saved from it), so I haven't saved. Open it again with **challenge show** and redo your change.";

    public async Task<SaveOutcome> SaveAsync(ChallengeForm form, ChampionProgram program, string ownerObjectId, CancellationToken cancellationToken)
    {
        var (valid, problems) = ChallengeRules.Validate(form);
        if (valid is null)
        {
            return new SaveOutcome(null, problems);
        }

        var now = time.GetUtcNow();
        var challenge = form.ChallengeId is { } id
            ? await db.Challenges.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await RecentDuplicateAsync(valid, program, ownerObjectId, now, cancellationToken);
        if (form.ChallengeId is not null && EditRefusal(challenge, program) is { } refusal)
        {
            return new SaveOutcome(null, [refusal]);
        }

        if (challenge is not null && form.Version is { } opened && opened != challenge.Version)
        {
            return new SaveOutcome(null, [StaleEdit]);
        }

        if (challenge is null)
        {
            challenge = new Challenge
            {
                Slug = await UniqueSlugAsync(valid.Title, cancellationToken),
                Title = valid.Title,
                Task = valid.Task,
                AudienceRole = valid.AudienceRole,
                WhatGoodLooksLike = valid.WhatGoodLooksLike,
                Status = ChallengeStatus.Draft,
                ProgramId = program.Id,
                CreatedByObjectId = ownerObjectId,
                CreatedAt = now,
                SourceDreadItemId = await DreadOrigin.LinkAsync(db, program.Id, form.DreadGroup, cancellationToken),
            };
            db.Challenges.Add(challenge);
        }
        else if (form.Version is { } version)
        {
            db.Entry(challenge).Property(c => c.Version).OriginalValue = version;
        }

        Apply(challenge, valid, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveOutcome(null, [StaleEdit]);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return new SaveOutcome(null, ["Another challenge took the same name at the same moment. Press **Save draft** again."]);
        }

        return new SaveOutcome(challenge, []);
    }

    public static string? EditRefusal(Challenge? challenge, ChampionProgram program) => challenge switch
    {
        null => "That challenge no longer exists. " + ChallengeDirectory.ListHint,
        { Status: ChallengeStatus.Posted or ChallengeStatus.Archived } => $"**{challenge.Title}** was already posted, so it can't change now (people have it). Use **challenge new** for a new version.",
        _ when !ChallengeDirectory.BelongsTo(challenge, program) => "That challenge belongs to another program.",
        { FromLibrary: true, ProgramId: null } => "Library challenges are shared; use **Edit a copy** to change one.",
        _ => null,
    };

    public static string Slugify(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.')
            {
                builder.Append('-');
            }
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
        return slug.Length == 0 || char.IsDigit(slug[0]) ? "challenge-" + slug : slug;
    }

    private static void Apply(Challenge challenge, ValidChallenge valid, DateTimeOffset now)
    {
        challenge.Title = valid.Title;
        challenge.Task = valid.Task;
        challenge.AudienceRole = valid.AudienceRole;
        challenge.Steps = valid.Steps;
        challenge.Prompt = valid.Prompt;
        challenge.WhatGoodLooksLike = valid.WhatGoodLooksLike;
        challenge.BaselineMinutes = valid.BaselineMinutes;
        challenge.FrequencyPerWeek = valid.FrequencyPerWeek;
        challenge.RescueTip = valid.RescueTip;
        challenge.UpdatedAt = now;
    }

    private Task<Challenge?> RecentDuplicateAsync(ValidChallenge valid, ChampionProgram program, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - DoubleSubmitWindow;
        return db.Challenges.FirstOrDefaultAsync(
            c => c.ProgramId == program.Id && c.Status == ChallengeStatus.Draft && c.CreatedByObjectId == owner && c.Title == valid.Title && c.CreatedAt >= since,
            cancellationToken);
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var stem = Slugify(title);
        var taken = await db.Challenges.Where(c => c.Slug == stem || c.Slug.StartsWith(stem + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        var slug = stem;
        for (var n = 2; taken.Contains(slug, StringComparer.Ordinal); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
