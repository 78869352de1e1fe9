using System;

namespace Cleaner;

/// <summary>
/// What a classifier sees of one line: its text (trimmed), its features, the normalised head used by phrase
/// tables, and where it stands in the document. A <see langword="ref"/> struct: it lives on the stack for the
/// duration of one call and must not be stored.
/// </summary>
public readonly ref struct SegmentContext
{
    internal SegmentContext(
        ReadOnlySpan<char> text, ReadOnlySpan<char> normalized, bool normalizedIsComplete, in LineFeatures features,
        int index, int position, int contentLineCount, Language language)
    {
        Text = text;
        Normalized = normalized;
        NormalizedIsComplete = normalizedIsComplete;
        Features = features;
        Index = index;
        Position = position;
        ContentLineCount = contentLineCount;
        Language = language;
    }

    /// <summary>The line's text, trimmed at both ends.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>
    /// The head of the line normalised for phrase matching: lower case, punctuation runs folded to one space
    /// ("READ MORE: Foo" becomes "read more foo"). Covers the whole line when <see cref="NormalizedIsComplete"/>.
    /// </summary>
    public ReadOnlySpan<char> Normalized { get; }

    /// <summary>Whether <see cref="Normalized"/> covers the whole line rather than its head.</summary>
    public bool NormalizedIsComplete { get; }

    /// <summary>The line's features.</summary>
    public LineFeatures Features { get; }

    /// <summary>The line's 0-based index among all lines of the input.</summary>
    public int Index { get; }

    /// <summary>The line's 0-based index among the non-blank lines of the input.</summary>
    public int Position { get; }

    /// <summary>The number of non-blank lines in the input.</summary>
    public int ContentLineCount { get; }

    /// <summary>The document's language (detected or given).</summary>
    public Language Language { get; }

    /// <summary>Where the line stands, from 0 (first non-blank line) to 1 (last).</summary>
    public float RelativePosition => ContentLineCount <= 1 ? 0f : (float)Position / (ContentLineCount - 1);
}
