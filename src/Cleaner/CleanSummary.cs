using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>Counts describing one cleaned document, returned by the allocation-free entry points.</summary>
/// <param name="LineCount">Lines in the input.</param>
/// <param name="ContentLineCount">Non-blank lines in the input.</param>
/// <param name="RemovedLineCount">Lines removed.</param>
/// <param name="OutputLength">Characters of cleaned text.</param>
/// <param name="Language">The document's language, detected or given.</param>
/// <param name="IsResidueOnly">Whether the whole document was judged residue.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CleanSummary(
    int LineCount, int ContentLineCount, int RemovedLineCount, int OutputLength, Language Language, bool IsResidueOnly);
