using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Cleaner.Text;

namespace Cleaner.Classification;

/// <summary>
/// The look-up keys of one line that every <see cref="PhraseSet"/> it meets would otherwise compute again: the hash of
/// the normalised head, the normalised label before the first colon, the normalised tail and the whole line
/// normalised between spaces. Each is computed on first use and kept until <see cref="Reset"/> moves on to the next
/// line. Lives on the engine's stack, one per document; <see cref="SegmentContext"/> refers to it.
/// </summary>
internal struct LineKeys
{
    /// <summary>How much of a line's end suffix phrases are matched against.</summary>
    public const int TailLength = 64;

    /// <summary>Lines longer than this are never matched by Contains phrases.</summary>
    public const int MaxContainsLength = 1024;

    /// <summary>Bits of the filter of a line's word hashes, as a power of two (1024 bits).</summary>
    private const int WordFilterBitsLog2 = 10;

    private Ready _ready;
    private uint _headHash;
    private int _firstWordLength;
    private uint _firstWordHash;
    private int _firstTwoWordsLength;
    private uint _firstTwoWordsHash;
    private int _tailLastWordStart;
    private uint _tailLastWordHash;
    private int _labelLength;
    private int _tailLength;
    private int _paddedLength;
    private WordFilterBits _wordFilter;
    private LabelChars _label;
    private TailChars _tail;
    private PaddedChars _padded;

    [Flags]
    private enum Ready : byte
    {
        None = 0,
        HeadHash = 1,
        Label = 2,
        Tail = 4,
        Padded = 8,
        FirstWord = 16,
        TailLastWord = 32,
        WordFilter = 64,
        FirstTwoWords = 128,
    }

    /// <summary>Forgets the keys of the previous line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reset() => _ready = Ready.None;

    /// <summary>The <see cref="SpanKeyedTable{TValue}"/> hash of the normalised head.</summary>
    public uint HeadHash(in SegmentContext context)
    {
        if ((_ready & Ready.HeadHash) == 0)
        {
            _headHash = SpanKeyedTable<bool>.Hash(context.Normalized);
            _ready |= Ready.HeadHash;
        }

        return _headHash;
    }

    /// <summary>
    /// The first word of the normalised head (all of it when it has no space) and its
    /// <see cref="SpanKeyedTable{TValue}"/> hash: every phrase set with prefix phrases checks it.
    /// </summary>
    public ReadOnlySpan<char> FirstWord(in SegmentContext context, out uint hash)
    {
        ReadOnlySpan<char> normalized = context.Normalized;
        if ((_ready & Ready.FirstWord) == 0)
        {
            int space = normalized.IndexOf(' ');
            _firstWordLength = space < 0 ? normalized.Length : space;
            _firstWordHash = SpanKeyedTable<bool>.Hash(normalized[.._firstWordLength]);
            _ready |= Ready.FirstWord;
        }

        hash = _firstWordHash;
        return normalized[.._firstWordLength];
    }

    /// <summary>
    /// The first two words of the normalised head (all of it when it has fewer) and their
    /// <see cref="SpanKeyedTable{TValue}"/> hash: phrase sets check it before matching prefix phrases of several words.
    /// </summary>
    public ReadOnlySpan<char> FirstTwoWords(in SegmentContext context, out uint hash)
    {
        ReadOnlySpan<char> normalized = context.Normalized;
        if ((_ready & Ready.FirstTwoWords) == 0)
        {
            int first = normalized.IndexOf(' ');
            int second = first < 0 ? -1 : normalized[(first + 1)..].IndexOf(' ');
            _firstTwoWordsLength = second < 0 ? normalized.Length : first + 1 + second;
            _firstTwoWordsHash = SpanKeyedTable<bool>.Hash(normalized[.._firstTwoWordsLength]);
            _ready |= Ready.FirstTwoWords;
        }

        hash = _firstTwoWordsHash;
        return normalized[.._firstTwoWordsLength];
    }

    /// <summary>
    /// The last word of <see cref="Tail"/> (all of it when it has no space) and its <see cref="SpanKeyedTable{TValue}"/>
    /// hash: every phrase set with suffix phrases checks it.
    /// </summary>
    [UnscopedRef]
    public ReadOnlySpan<char> TailLastWord(in SegmentContext context, out uint hash)
    {
        ReadOnlySpan<char> tail = Tail(context);
        if ((_ready & Ready.TailLastWord) == 0)
        {
            _tailLastWordStart = tail.LastIndexOf(' ') + 1;
            _tailLastWordHash = SpanKeyedTable<bool>.Hash(tail[_tailLastWordStart..]);
            _ready |= Ready.TailLastWord;
        }

        hash = _tailLastWordHash;
        return tail[_tailLastWordStart..];
    }

    /// <summary>
    /// Whether the line may have a word of this <see cref="Features.FeatureExtractor.WordHash"/>: <see langword="false"/>
    /// only when it has none. A 1024-bit filter of the line's <see cref="SegmentContext.WordHashes"/>, built on first use.
    /// </summary>
    public bool MayHaveWord(in SegmentContext context, uint hash)
    {
        if ((_ready & Ready.WordFilter) == 0)
        {
            Span<ulong> filter = _wordFilter;
            filter.Clear();
            foreach (uint word in context.WordHashes)
            {
                AddToWordFilter(filter, word);
            }

            _ready |= Ready.WordFilter;
        }

        return InWordFilter(_wordFilter, hash);
    }

    /// <summary>The number of <see langword="ulong"/>s of a filter of word hashes.</summary>
    public static int WordFilterLength => (1 << WordFilterBitsLog2) / 64;

    /// <summary>Sets the bit of a word hash in a filter of <see cref="WordFilterLength"/> <see langword="ulong"/>s.</summary>
    public static void AddToWordFilter(Span<ulong> filter, uint hash)
    {
        uint bit = hash >> (32 - WordFilterBitsLog2);
        filter[(int)(bit >> 6)] |= 1UL << (int)bit;
    }

    /// <summary>Whether the bit of a word hash is set in a filter: <see langword="false"/> when the hash was never added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool InWordFilter(ReadOnlySpan<ulong> filter, uint hash)
    {
        uint bit = hash >> (32 - WordFilterBitsLog2);
        return (filter[(int)(bit >> 6)] & (1UL << (int)bit)) != 0;
    }

    /// <summary>The text before the first colon, normalised (at most <see cref="PhraseSet.MaxLabelLength"/> characters).</summary>
    [UnscopedRef]
    public ReadOnlySpan<char> Label(in SegmentContext context)
    {
        if ((_ready & Ready.Label) == 0)
        {
            int colon = context.Features.FirstColon;
            _labelLength = colon > 0 && colon <= PhraseSet.MaxLabelLength
                ? TextNormalizer.Normalize(context.Text[..colon], _label, out _)
                : 0;
            _ready |= Ready.Label;
        }

        return ((ReadOnlySpan<char>)_label)[.._labelLength];
    }

    /// <summary>The last <see cref="TailLength"/> characters of the line, normalised.</summary>
    [UnscopedRef]
    public ReadOnlySpan<char> Tail(in SegmentContext context)
    {
        if ((_ready & Ready.Tail) == 0)
        {
            ReadOnlySpan<char> text = context.Text;
            if (text.Length <= TailLength && context.NormalizedIsComplete)
            {
                // The tail is the whole line, whose normal form the context holds already.
                context.Normalized.CopyTo(_tail);
                _tailLength = context.Normalized.Length;
            }
            else
            {
                _tailLength = TextNormalizer.Normalize(text.Length > TailLength ? text[^TailLength..] : text, _tail, out _);
            }

            _ready |= Ready.Tail;
        }

        return ((ReadOnlySpan<char>)_tail)[.._tailLength];
    }

    /// <summary>
    /// The whole line normalised with a space before and after (" read more about it "), for Contains phrases; only
    /// for lines of at most <see cref="MaxContainsLength"/> characters.
    /// </summary>
    [UnscopedRef]
    public ReadOnlySpan<char> Padded(in SegmentContext context)
    {
        if ((_ready & Ready.Padded) == 0)
        {
            Span<char> buffer = _padded;
            buffer[0] = ' ';
            int written;
            if (context.NormalizedIsComplete)
            {
                context.Normalized.CopyTo(buffer[1..]);
                written = context.Normalized.Length;
            }
            else
            {
                written = TextNormalizer.Normalize(context.Text, buffer[1..^1], out _);
            }

            buffer[written + 1] = ' ';
            _paddedLength = written + 2;
            _ready |= Ready.Padded;
        }

        return ((ReadOnlySpan<char>)_padded)[.._paddedLength];
    }

    [InlineArray((1 << WordFilterBitsLog2) / 64)]
    private struct WordFilterBits
    {
        private ulong _first;
    }

    [InlineArray(PhraseSet.MaxLabelLength)]
    private struct LabelChars
    {
        private char _first;
    }

    [InlineArray(TailLength)]
    private struct TailChars
    {
        private char _first;
    }

    [InlineArray(MaxContainsLength + 2)]
    private struct PaddedChars
    {
        private char _first;
    }
}
