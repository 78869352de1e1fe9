using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>
/// A classifier's claim about a segment: which kind of residue it is, how sure the classifier is (0 to 1), and the
/// rule that made the claim. The default verdict makes no claim (body).
/// </summary>
/// <param name="Kind">The residue kind; <see cref="ResidueKind.None"/> when the verdict is body.</param>
/// <param name="Score">Confidence that the segment is residue of <paramref name="Kind"/>, from 0 to 1.</param>
/// <param name="Rule">The rule behind the verdict, or <see langword="null"/> for "no claim".</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Verdict(ResidueKind Kind, float Score, ResidueRule? Rule)
{
    /// <summary>No claim: the segment is body as far as this classifier knows.</summary>
    public static Verdict None => default;

    /// <summary>Whether the verdict claims residue.</summary>
    public bool IsResidue => Kind != ResidueKind.None && Score > 0f;

    /// <summary>A residue verdict from <paramref name="rule"/> with <paramref name="score"/>.</summary>
    public static Verdict From(ResidueRule rule, float score) => new(rule.Kind, score, rule);

    /// <summary>The stronger of two verdicts (higher score; the first on a tie).</summary>
    public static Verdict Max(in Verdict a, in Verdict b) => b.Score > a.Score ? b : a;
}
