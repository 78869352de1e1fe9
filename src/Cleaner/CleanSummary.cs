using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>Counts describing one cleaned document, returned by the allocation-free entry points.</summary>
/// <param name="LineCount">Lines in the input.</param>
/// <param name="ContentLineCount">Non-blank lines in the input.</param>
/// <param name="RemovedLineCount">Lines removed.</param>
/// <param name="OutputLength">Characters of cleaned text.</param>
/// <param name="Language">The document's language, detected or given.</param>
/// <param name="IsResidueOnly">Whether the whole document was judged residue.</param>
/// <param name="Status">Whether the document was cleaned or, being over a limit, passed through unchanged.</param>
/// <param name="ExceededLimit">The limit a passed-through document exceeded; <see cref="CleanerLimit.None"/> otherwise.</param>
/// <remarks>
/// For a passed-through document the output is the input, <see cref="LineCount"/> and <see cref="ContentLineCount"/>
/// are 0 (the document was not scanned) and <see cref="Language"/> is the pipeline's setting (<see cref="Language.Auto"/>
/// unless one was fixed).
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CleanSummary(
    int LineCount, int ContentLineCount, int RemovedLineCount, int OutputLength, Language Language, bool IsResidueOnly,
    CleanStatus Status = CleanStatus.Cleaned, CleanerLimit ExceededLimit = CleanerLimit.None)
{
    /// <summary>Whether the document was over a limit and passed through unchanged.</summary>
    public bool IsPassedThrough => Status == CleanStatus.PassedThrough;
}
