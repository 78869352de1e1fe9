using System;
using Cleaner.Classification;

namespace Cleaner;

/// <summary>
/// What a classifier sees of one line: its text (trimmed), its features, the normalised head used by phrase
/// tables, and its index. Nothing about the rest of the document: a verdict that depended on the line's position or
/// neighbours would change when the cleaned text is cleaned again (neighbours are the context pass's business, see
/// <see cref="ResidueRule.OpensSection"/> and <see cref="ResidueRule.EdgeScore"/>). A <see langword="ref"/> struct: it lives on the stack for the
/// duration of one call and must not be stored.
/// </summary>
public readonly ref struct SegmentContext
{
    private readonly ref LineKeys _keys;

    internal SegmentContext(
        ReadOnlySpan<char> text, ReadOnlySpan<char> normalized, bool normalizedIsComplete, in LineFeatures features,
        ReadOnlySpan<uint> wordHashes, int index, Language language, ref LineKeys keys)
    {
        _keys = ref keys;
        WordHashes = wordHashes;
        Text = text;
        Normalized = normalized;
        NormalizedIsComplete = normalizedIsComplete;
        Features = features;
        Index = index;
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

    /// <summary>The document's language (detected or given).</summary>
    public Language Language { get; }

    /// <summary>
    /// The <see cref="Features.FeatureExtractor.WordHash"/> of each word of the line, from the feature pass; complete
    /// only when there is one per word (<see cref="LineFeatures.Words"/>).
    /// </summary>
    internal ReadOnlySpan<uint> WordHashes { get; }

    /// <summary>The line's phrase-table keys, computed once and shared by every classifier that asks.</summary>
    internal ref LineKeys Keys => ref _keys;

}
