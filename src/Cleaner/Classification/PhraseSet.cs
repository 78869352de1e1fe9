using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classification;

/// <summary>One phrase of a <see cref="PhraseSet"/>: what it claims when it matches.</summary>
/// <param name="Rule">The rule reported on a match.</param>
/// <param name="Score">The score reported on a match.</param>
/// <param name="MaxLength">The longest line (trimmed) the phrase may match; longer lines are passed over.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct PhraseHit(ResidueRule Rule, float Score, int MaxLength);

/// <summary>
/// An immutable set of phrases matched against a line's normalised text (see <see cref="TextNormalizer"/>) in the
/// ways of <see cref="PhraseMatch"/>. Exact, prefix and label look-ups are hash look-ups at word boundaries of the
/// line's head, so their cost does not grow with the number of phrases.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>Labels longer than this (before the colon) are not looked up.</summary>
    public const int MaxLabelLength = 48;


    private readonly SpanKeyedTable<PhraseHit> _exact;
    private readonly SpanKeyedTable<PhraseHit> _prefix;
    private readonly SpanKeyedTable<PhraseHit> _label;
    private readonly SpanKeyedTable<PhraseHit> _suffix;
    private readonly (string Phrase, PhraseHit Hit)[] _contains;

    // Whether every Contains phrase has a word of WordClass.PhraseAnchor: then a line whose features lack that class
    // cannot contain any of them, and the search is skipped in one AND, before any per-set work.
    private readonly bool _containsAnchored;

    // Per Contains phrase, the word hash of its needle (see MayContainPhrase), or null when it has none: a phrase is
    // searched for only in a line that has its needle.
    private readonly uint?[] _containsPhraseNeedles;

    // Cheap gates, exact by construction: a line can only match a prefix phrase when its first word is the first word
    // of one, and a suffix phrase when its last word is the last word of one.
    private readonly SpanKeyedTable<PrefixStart> _prefixFirstWords;

    // The first two words of every prefix phrase of more than one word: a line whose first word starts only such
    // phrases can match one only when its first two words are in here (most lines opening with "the" or "in" are not).
    private readonly SpanKeyedTable<bool> _prefixFirstTwoWords;
    private readonly SpanKeyedTable<bool> _suffixLastWords;

    // The longest line any phrase of each way of matching may match: a longer line skips that way without computing
    // the keys it needs (every candidate would be passed over for its MaxLength anyway).
    private readonly int _exactMaxLength;
    private readonly int _prefixMaxLength;
    private readonly int _labelMaxLength;
    private readonly int _suffixMaxLength;

    // The longest line any phrase of the set may match (or -1): a longer line is turned away before any other check.
    private readonly int _maxLength;

    // The longest line any Contains phrase may match, and the words a line must contain (ignoring case) before its
    // normalised text can contain a phrase: one word per phrase, without apostrophes (see MatchContains).
    private readonly int _containsMaxLength;
    private readonly string[] _containsNeedles;
    private readonly bool _containsNeedlesComplete;

    // The needles' word hashes (FeatureExtractor.WordHash): a line's words are checked against these instead of its
    // text being searched (see MayContainPhrase).
    private readonly uint[] _containsNeedleHashes;
    private readonly ulong[] _containsNeedleFilter = new ulong[LineKeys.WordFilterLength];
#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string>? _containsNeedleSearch;
#endif

    public PhraseSet(IEnumerable<(string Phrase, PhraseMatch Match, PhraseHit Hit)> phrases)
    {
        var exact = new List<KeyValuePair<string, PhraseHit>>();
        var prefix = new List<KeyValuePair<string, PhraseHit>>();
        var label = new List<KeyValuePair<string, PhraseHit>>();
        var suffix = new List<KeyValuePair<string, PhraseHit>>();
        var contains = new List<(string, PhraseHit)>();
        foreach ((string phrase, PhraseMatch match, PhraseHit hit) in phrases)
        {
            string key = TextNormalizer.Normalize(phrase);
            if (key.Length == 0)
            {
                continue;
            }

            var entry = new KeyValuePair<string, PhraseHit>(key, hit);
            switch (match)
            {
                case PhraseMatch.Exact: exact.Add(entry); break;
                case PhraseMatch.Prefix: prefix.Add(entry); break;
                case PhraseMatch.Label: label.Add(entry); break;
                case PhraseMatch.Suffix: suffix.Add(entry); break;
                default: contains.Add((" " + key + " ", hit)); break;
            }
        }

        _exactMaxLength = MaxLength(exact);
        _prefixMaxLength = MaxLength(prefix);
        _labelMaxLength = MaxLength(label);
        _suffixMaxLength = MaxLength(suffix);

        static int MaxLength(List<KeyValuePair<string, PhraseHit>> entries) => entries.Count == 0 ? -1 : entries.Max(e => e.Value.MaxLength);
        static PhraseHit Stronger(PhraseHit a, PhraseHit b) => b.Score > a.Score ? b : a;
        GateFirstWords = exact.Concat(prefix).Select(e => e.Key).Where(k => !k.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        GateFirstTwoWords = exact.Concat(prefix).Select(e => e.Key).Where(k => k.Contains(' ', StringComparison.Ordinal))
            .Select(FirstTwoWords).Distinct(StringComparer.Ordinal).ToArray();
        GateLabelFirstWords = label.Select(e => FirstWord(e.Key).TrimEnd('\'')).Distinct(StringComparer.Ordinal).ToArray();
        GateLastWords = suffix.Select(e => LastWord(e.Key)).Distinct(StringComparer.Ordinal).ToArray();
        _exact = new SpanKeyedTable<PhraseHit>(exact, Stronger);
        _prefix = new SpanKeyedTable<PhraseHit>(prefix, Stronger);
        _label = new SpanKeyedTable<PhraseHit>(label, Stronger);
        _suffix = new SpanKeyedTable<PhraseHit>(suffix, Stronger);
        _contains = contains.ToArray();

        _prefixFirstWords = new SpanKeyedTable<PrefixStart>(
            prefix.Select(e => new KeyValuePair<string, PrefixStart>(
                FirstWord(e.Key), e.Key.Contains(' ', StringComparison.Ordinal) ? PrefixStart.OfLongerPhrase : PrefixStart.WholePhrase)),
            static (a, b) => a | b);
        _prefixFirstTwoWords = new SpanKeyedTable<bool>(
            prefix.Where(e => e.Key.Contains(' ', StringComparison.Ordinal))
                .Select(e => new KeyValuePair<string, bool>(FirstTwoWords(e.Key), true)),
            static (a, _) => a);
        _suffixLastWords = new SpanKeyedTable<bool>(
            suffix.Select(e => new KeyValuePair<string, bool>(LastWord(e.Key), true)), static (a, _) => a);

        var needles = new List<string>();
        bool complete = true;
        _containsPhraseNeedles = new uint?[_contains.Length];
        for (int p = 0; p < _contains.Length; p++)
        {
            (string phrase, PhraseHit hit) = _contains[p];
            _containsMaxLength = Math.Max(_containsMaxLength, hit.MaxLength);
            string? needle = null;
            foreach (string word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Contains('\'', StringComparison.Ordinal) || !IsAscii(word))
                {
                    continue;
                }

                if (needle is null || word.Length > needle.Length)
                {
                    needle = word;
                }
            }

            if (needle is null)
            {
                complete = false;
                continue;
            }

            _containsPhraseNeedles[p] = FeatureExtractor.WordHash(needle);
            if (!needles.Contains(needle))
            {
                needles.Add(needle);
            }
        }

        _maxLength = Math.Max(Math.Max(_exactMaxLength, _prefixMaxLength), Math.Max(_labelMaxLength, _suffixMaxLength));
        if (_contains.Length > 0)
        {
            _maxLength = Math.Max(_maxLength, Math.Min(_containsMaxLength, LineKeys.MaxContainsLength));
        }

        _containsAnchored = _contains.All(static entry => HasAnchorWord(entry.Phrase));
        _containsNeedles = needles.ToArray();
        _containsNeedlesComplete = complete;
        _containsNeedleHashes = needles.Select(n => FeatureExtractor.WordHash(n)).Distinct().ToArray();
        foreach (uint hash in _containsNeedleHashes)
        {
            LineKeys.AddToWordFilter(_containsNeedleFilter, hash);
        }

#if NET9_0_OR_GREATER
        _containsNeedleSearch = complete && _containsNeedles.Length > 0
            ? System.Buffers.SearchValues.Create(_containsNeedles, StringComparison.OrdinalIgnoreCase)
            : null;
#endif
    }

    /// <summary>
    /// Whether every Contains phrase of the set has a <see cref="WordClass.PhraseAnchor"/> word, so that lines without
    /// one skip the set's Contains search (a speed property only: matches are the same either way).
    /// </summary>
    public bool ContainsIsAnchored => _containsAnchored;

    /// <summary>The Contains phrases, normalised (for tests of the anchor gate).</summary>
    internal IEnumerable<string> ContainsPhrases => _contains.Select(static entry => entry.Phrase.Trim());

    /// <summary>
    /// The exact and prefix phrases of one word (normalised): a line can match one only when the first word of its
    /// normalised head (<see cref="LineKeys.FirstWord"/>) is one of these. Read by <see cref="ClassifierGates"/>.
    /// </summary>
    internal string[] GateFirstWords { get; }

    /// <summary>
    /// The first two words of the exact and prefix phrases of more than one word: a line can match one only when the
    /// first two words of its normalised head (<see cref="LineKeys.FirstTwoWords"/>) are one of these.
    /// </summary>
    internal string[] GateFirstTwoWords { get; }

    /// <summary>
    /// The last words of the suffix phrases: a line can match one only when its tail's last word
    /// (<see cref="LineKeys.TailLastWord"/>) is one of these. Read by <see cref="ClassifierGates"/>.
    /// </summary>
    internal string[] GateLastWords { get; }

    /// <summary>
    /// The first words of the label phrases, without trailing apostrophes: a line can match one only when it has a
    /// colon within <see cref="MaxLabelLength"/> and the first word of its normalised head, without trailing apostrophes,
    /// is one of these (the label is normalised from the same characters as the head, and only its own trailing
    /// apostrophes are dropped).
    /// </summary>
    internal string[] GateLabelFirstWords { get; }

    /// <summary>
    /// The needle word hashes of the Contains phrases (<see cref="FeatureExtractor.WordHash"/>), when every phrase has
    /// one; otherwise <see langword="null"/>. A line whose word hashes are known (one per word) can contain a phrase only
    /// when it has one of these words (see <see cref="MayContainPhrase(in SegmentContext)"/>).
    /// </summary>
    internal uint[]? GateContainsNeedles => _containsNeedlesComplete ? _containsNeedleHashes : null;

    /// <summary>Whether the set has Contains phrases.</summary>
    internal bool HasContains => _contains.Length > 0;

    /// <summary>The longest line any phrase of the set may match, or -1 for an empty set.</summary>
    internal int MaxLength => _maxLength;

    /// <summary>Whether the set holds no phrase.</summary>
    public bool IsEmpty => _exact.Count + _prefix.Count + _label.Count + _suffix.Count + _contains.Length == 0;

    /// <summary>Finds the strongest phrase of the set that matches the line; returns whether one did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryMatch(in SegmentContext context, out PhraseHit hit)
    {
        // Most lines a set is asked about are longer than any of its phrases may match: turned away before the call.
        if (context.Features.Length > _maxLength)
        {
            hit = default;
            return false;
        }

        return TryMatchCore(context, out hit);
    }

    private bool TryMatchCore(in SegmentContext context, out PhraseHit hit)
    {
        hit = default;
        bool found = false;
        ReadOnlySpan<char> normalized = context.Normalized;
        int length = context.Features.Length;

        if (length <= _exactMaxLength && context.NormalizedIsComplete && normalized.Length <= _exact.MaxKeyLength)
        {
            int slot = _exact.Find(normalized, context.Keys.HeadHash(context));
            if (slot >= 0 && length <= _exact.ValueAt(slot).MaxLength)
            {
                hit = _exact.ValueAt(slot);
                found = true;
            }
        }

        if (length <= _prefixMaxLength && MayStartWithPrefix(context))
        {
            // Every prefix of the head that ends at a word boundary, each character hashed once.
            int limit = Math.Min(normalized.Length, _prefix.MaxKeyLength);
            uint hash = SpanKeyedTable<PhraseHit>.HashSeed;
            for (int i = 1; i <= limit; i++)
            {
                hash = SpanKeyedTable<PhraseHit>.HashStep(hash, normalized[i - 1]);
                if (i == normalized.Length || normalized[i] == ' ')
                {
                    int slot = _prefix.Find(normalized[..i], SpanKeyedTable<PhraseHit>.HashFinish(hash));
                    if (slot >= 0)
                    {
                        ref readonly PhraseHit candidate = ref _prefix.ValueAt(slot);
                        if (length <= candidate.MaxLength && (!found || candidate.Score > hit.Score))
                        {
                            hit = candidate;
                            found = true;
                        }
                    }
                }
            }
        }

        int colon = context.Features.FirstColon;
        if (length <= _labelMaxLength && colon > 0 && colon <= MaxLabelLength)
        {
            int slot = _label.Find(context.Keys.Label(context));
            if (slot >= 0)
            {
                ref readonly PhraseHit candidate = ref _label.ValueAt(slot);
                if (length <= candidate.MaxLength && (!found || candidate.Score > hit.Score))
                {
                    hit = candidate;
                    found = true;
                }
            }
        }

        if (length <= _suffixMaxLength)
        {
            found |= MatchSuffix(context, ref hit, found);
        }

        if (_contains.Length > 0 && (!_containsAnchored || context.Features.Has(WordClass.PhraseAnchor)))
        {
            found |= MatchContains(context, ref hit, found);
        }

        return found;
    }

    private bool MatchSuffix(in SegmentContext context, ref PhraseHit hit, bool found)
    {
        if (!_suffixLastWords.Contains(context.Keys.TailLastWord(context, out uint lastWordHash), lastWordHash))
        {
            return false;
        }

        ReadOnlySpan<char> normalized = context.Keys.Tail(context);
        bool matched = false;
        int limit = Math.Min(normalized.Length, _suffix.MaxKeyLength);
        for (int i = 1; i <= limit; i++)
        {
            int start = normalized.Length - i;
            if (start == 0 || normalized[start - 1] == ' ')
            {
                int slot = _suffix.Find(normalized[start..]);
                if (slot >= 0)
                {
                    ref readonly PhraseHit candidate = ref _suffix.ValueAt(slot);
                    if (context.Features.Length <= candidate.MaxLength && (!found || candidate.Score > hit.Score))
                    {
                        hit = candidate;
                        found = matched = true;
                    }
                }
            }
        }

        return matched;
    }

    private bool MatchContains(in SegmentContext context, ref PhraseHit hit, bool found)
    {
        int length = context.Features.Length;
        if (length > LineKeys.MaxContainsLength || length > _containsMaxLength || !MayContainPhrase(context))
        {
            return false;
        }

        // With the line's word hashes at hand, a phrase whose needle word the line lacks is not searched for.
        ReadOnlySpan<uint> words = context.WordHashes;
        bool wordsKnown = words.Length == context.Features.Words;
        ref LineKeys keys = ref context.Keys;
        ReadOnlySpan<char> padded = keys.Padded(context);
        bool matched = false;
        (string Phrase, PhraseHit Hit)[] contains = _contains;
        for (int p = 0; p < contains.Length; p++)
        {
            (string phrase, PhraseHit candidate) = contains[p];
            if (length > candidate.MaxLength || (found && candidate.Score <= hit.Score))
            {
                continue;
            }

            if (wordsKnown && _containsPhraseNeedles[p] is uint needle &&
                !(keys.MayHaveWord(context, needle) && words.Contains(needle)))
            {
                continue;
            }

            if (padded.IndexOf(phrase.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                hit = candidate;
                found = matched = true;
            }
        }

        return matched;
    }

    /// <summary>
    /// Whether the line may contain a Contains phrase: <see langword="false"/> only when it certainly does not. Each
    /// phrase has a needle, one of its words without an apostrophe. A word of the normalised line without an
    /// apostrophe is a run of letters and digits of the raw line between characters that are neither, folded to lower
    /// case by <see cref="char.ToLowerInvariant"/> as the feature pass folds them; so a line whose normalised text
    /// contains a phrase has a word whose <see cref="Features.FeatureExtractor.WordHash"/> is its needle's. The feature
    /// pass recorded those hashes: looking a few needles up in a filter of them (<see cref="LineKeys.MayHaveWord"/>) is
    /// much cheaper than searching the text for them, once per phrase set and line.
    /// </summary>
    private bool MayContainPhrase(in SegmentContext context)
    {
        if (!_containsNeedlesComplete)
        {
            return true;
        }

        ReadOnlySpan<uint> words = context.WordHashes;
        if (words.Length != context.Features.Words)
        {
            return MayContainPhrase(context.Text);
        }

        // Whichever is shorter is looked up in a filter of the other: a short line's few words in the set's filter of
        // needles, or the set's needles in the line's filter of words (built once per line, shared by every set).
        if (words.Length <= _containsNeedleHashes.Length)
        {
            ReadOnlySpan<ulong> needles = _containsNeedleFilter;
            foreach (uint word in words)
            {
                if (LineKeys.InWordFilter(needles, word) && Array.IndexOf(_containsNeedleHashes, word) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        ref LineKeys keys = ref context.Keys;
        foreach (uint needle in _containsNeedleHashes)
        {
            if (keys.MayHaveWord(context, needle) && words.Contains(needle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="MayContainPhrase(in SegmentContext)"/> for a line whose word hashes are not known, from its text: a
    /// phrase in the normalised line comes from the same letters, in the same order and adjacent, in the raw line,
    /// folded to lower case; so the raw line contains each word of the phrase ignoring case, unless a character outside
    /// ASCII folds into an ASCII letter (the Kelvin sign, the dotted capital I), in which case the line is let through.
    /// </summary>
    private bool MayContainPhrase(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(AsciiLookalikes) >= 0)
        {
            return true;
        }
#if NET9_0_OR_GREATER
        return _containsNeedleSearch is null || text.IndexOfAny(_containsNeedleSearch) >= 0;
#else
        foreach (string needle in _containsNeedles)
        {
            if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>Word characters outside ASCII that <see cref="char.ToLowerInvariant"/> folds into ASCII.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiLookalikes = System.Buffers.SearchValues.Create(FindAsciiLookalikes());

    private static string FindAsciiLookalikes()
    {
        var found = new System.Text.StringBuilder();
        for (int c = 128; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.ToLowerInvariant(ch) < 128 || char.ToUpperInvariant(ch) < 128)
            {
                found.Append(ch);
            }
        }

        return found.ToString();
    }

    /// <summary>
    /// Whether a word of the normalised phrase is a <see cref="WordClass.PhraseAnchor"/>: a line holding the phrase holds
    /// that word, which the feature pass looks up and marks. Words with an apostrophe, or longer than the feature pass
    /// looks up, do not count.
    /// </summary>
    private static bool HasAnchorWord(string paddedPhrase)
    {
        foreach (string word in paddedPhrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length <= Lexicon.MaxWordLength && !word.Contains('\'', StringComparison.Ordinal) &&
                (Lexicon.Default.Lookup(word) & WordClass.PhraseAnchor) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string word)
    {
        foreach (char c in word)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        return space < 0 ? normalized : normalized[..space];
    }

    private static string FirstWord(string normalized) => FirstWord(normalized.AsSpan()).ToString();

    private static string FirstTwoWords(string normalized)
    {
        int first = normalized.IndexOf(' ', StringComparison.Ordinal);
        int second = normalized.IndexOf(' ', first + 1);
        return second < 0 ? normalized : normalized[..second];
    }

    /// <summary>
    /// Whether the line's head may start with a prefix phrase: <see langword="false"/> only when it cannot. A phrase of
    /// one word is the line's first word; a longer one starts with the line's first two words.
    /// </summary>
    private bool MayStartWithPrefix(in SegmentContext context)
    {
        ref LineKeys keys = ref context.Keys;
        int slot = _prefixFirstWords.Find(keys.FirstWord(context, out uint firstWordHash), firstWordHash);
        if (slot < 0)
        {
            return false;
        }

        return (_prefixFirstWords.ValueAt(slot) & PrefixStart.WholePhrase) != 0 ||
               _prefixFirstTwoWords.Contains(keys.FirstTwoWords(context, out uint twoWordsHash), twoWordsHash);
    }

    /// <summary>What the first word of a line may start, for <see cref="MayStartWithPrefix"/>.</summary>
    [Flags]
    private enum PrefixStart : byte
    {
        None = 0,

        /// <summary>A prefix phrase of this one word.</summary>
        WholePhrase = 1,

        /// <summary>A prefix phrase of more than one word.</summary>
        OfLongerPhrase = 2,
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> normalized)
    {
        int space = normalized.LastIndexOf(' ');
        return space < 0 ? normalized : normalized[(space + 1)..];
    }

    private static string LastWord(string normalized) => LastWord(normalized.AsSpan()).ToString();
}
