using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>The pipeline's final decision about one segment of the input.</summary>
/// <param name="Segment">Where the segment is in the input.</param>
/// <param name="Verdict">The deciding verdict (kind, score, rule); for kept body lines the kind is <see cref="ResidueKind.None"/>.</param>
/// <param name="IsRemoved">Whether the segment is left out of the cleaned text.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SegmentVerdict(Segment Segment, Verdict Verdict, bool IsRemoved)
{
    /// <summary>The residue kind (<see cref="ResidueKind.None"/> for body).</summary>
    public ResidueKind Kind => Verdict.Kind;

    /// <summary>The deciding rule's identifier, or <see langword="null"/> for plain body.</summary>
    public string? RuleId => Verdict.Rule?.Id;
}
