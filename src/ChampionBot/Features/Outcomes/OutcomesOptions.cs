using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Features.Outcomes;

/// <summary>The <c>Outcomes</c> configuration section: how <c>export</c> links are made.</summary>
public sealed class OutcomesOptions : IValidatableObject
{
    public const string SectionName = "Outcomes";

    /// <summary>
    /// The address people's browsers reach the bot at (https://championbot.example.com), for export links. Without it,
    /// <c>export</c> says it is not set up.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Base64 key (32 bytes or more) that signs export links, the same on every instance. Required outside local mode
    /// (<see cref="OutcomesOptionsValidator"/>; infra/ generates one); in local mode a process without it makes its own.
    /// </summary>
    public string? ExportSigningKey { get; set; }

    /// <summary>How long an export link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExportSigningKey is { } key && (!TryKey(key, out var bytes) || bytes.Length < 32))
        {
            yield return new ValidationResult("Outcomes:ExportSigningKey must be base64 of at least 32 bytes.", [nameof(ExportSigningKey)]);
        }
    }

    public static bool TryKey(string key, out byte[] bytes)
    {
        bytes = new byte[key.Length];
        if (Convert.TryFromBase64String(key, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
