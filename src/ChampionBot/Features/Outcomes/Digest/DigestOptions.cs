
namespace ChampionBot.Features.Outcomes.Digest;

/// <summary>The <c>Outcomes:Digest</c> configuration section: the weekly digest to program owners.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Outcomes:Digest";

    /// <summary>False stops the weekly digest; the <c>report</c> command still shows everything in it.</summary>
    public bool Enabled { get; set; } = true;
}
