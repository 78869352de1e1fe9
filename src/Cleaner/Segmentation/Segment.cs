using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>
/// One line of the input, as offsets into it: no text is copied. <see cref="Start"/> and <see cref="Length"/> cover
/// the line without its terminator and without trailing white space (the text the cleaned output keeps).
/// </summary>
/// <param name="Start">Offset of the line's first character in the input, in UTF-16 code units.</param>
/// <param name="Length">Length of the line without its terminator and trailing white space.</param>
/// <param name="LineNumber">1-based line number in the input (every <c>\n</c>, <c>\r\n</c> or <c>\r</c> ends a line).</param>
/// <param name="BlockIndex">0-based index of the block the line belongs to; blocks are runs of non-blank lines.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Segment(int Start, int Length, int LineNumber, int BlockIndex)
{
    /// <summary>Offset just past the line's last kept character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the line is empty or white space only.</summary>
    public bool IsBlank => Length == 0;
}
