using System;
using System.Collections.Generic;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classification;

/// <summary>
/// Which classifiers of a pipeline a line is worth asking about, found once per line for all of them: the
/// <see cref="LineGate"/>s of the classifiers, each made of what the classifier's phrase sets may match (derived from
/// the sets themselves) and of the features it declares. Built once per pipeline; immutable, so shared by every thread.
/// </summary>
/// <remarks>
/// A line is asked by classifier <c>k</c> only when bit <c>k</c> of <see cref="Open"/> is set (and its
/// <see cref="ClassifierTriggers.Accepts"/>). A classifier without a declared gate, and any classifier past the 64th,
/// has its bit always set: the gates change which calls are made, never a verdict.
/// </remarks>
internal sealed class ClassifierGates
{
    /// <summary>A gate that opens every line for every classifier (no gate declared).</summary>
    public static ClassifierGates None { get; } = new([]);

    // Classifiers asked about every line (no gate declared, or past the 64th).
    private readonly ulong _always;

    // The declared parts, folded by feature: per bit of WordClass and of LineMarks, the classifiers it opens.
    private readonly WordClass _words;
    private readonly ulong[] _byWord = new ulong[32];
    private readonly LineMarks _marks;
    private readonly ulong[] _byMark = new ulong[32];
    private readonly (int MaxWords, ulong Mask)[] _byDigits;
    private readonly (int MinWords, ulong Mask)[] _byUpperCase;
    private readonly ulong _colon;
    private readonly ulong _notSentence;
    private readonly ulong _numberFirst;
    private readonly (string Chars, ulong Mask)[] _byChars;
    private readonly string _firstChars;
    private readonly ulong[] _byFirstChar;
    private readonly (char Char, int MaxWords, ulong Mask)[] _byLastChar;
    private readonly (int MaxWords, ulong Mask)[] _byMaxWords;

    // The first word of the normalised head: the classifiers with an exact or prefix phrase of that one word (Phrase),
    // with one of more words starting with it (Longer: the first two words then decide), and those that declared it
    // (Declared).
    private readonly SpanKeyedTable<FirstWordGate> _firstWords;

    // The first two words of the normalised head: the classifiers with an exact or prefix phrase of more words that
    // starts with them.
    private readonly SpanKeyedTable<ulong> _firstTwoWords;

    // The last word of the tail: the classifiers with suffix phrases ending with it (Phrase), and those that declared it
    // (Declared).
    private readonly SpanKeyedTable<LastWordGate> _lastWords;
    private readonly ulong _suffixClassifiers;
    private readonly ulong _declaredLastWords;

    // The first word of the normalised head without trailing apostrophes, in a line with a colon where a label may end:
    // the classifiers with label phrases starting with it.
    private readonly SpanKeyedTable<ulong> _labelFirstWords;
    private readonly ulong _labels;

    // Classifiers with anchored Contains phrases (asked about lines with a WordClass.PhraseAnchor word) and with
    // unanchored ones (asked about every line).
    private readonly ulong _anchored;
    private readonly ulong _unanchored;

    // Classifiers whose Contains phrases all have needle words: asked only about a line with one of those words (and,
    // for anchored phrases, a WordClass.PhraseAnchor word), or a line whose word hashes are not all known. The needles'
    // hashes map to the classifiers, behind a filter of their top bits.
    private readonly ulong _needled;
    private readonly ulong _needledAnchored;
    private readonly Dictionary<uint, ulong> _needles = [];
    private readonly ulong[] _needleFilter = new ulong[LineKeys.WordFilterLength];

    // The gated classifiers by the longest line any of their phrases may match, longest first: a longer line cannot
    // match any of their sets.
    private readonly (int MaxLength, ulong Mask)[] _byPhraseLength;

    private readonly ulong _gated;

    private ClassifierGates(SegmentClassifier[] classifiers)
    {
        var firstWords = new List<KeyValuePair<string, FirstWordGate>>();
        var firstTwoWords = new List<KeyValuePair<string, ulong>>();
        var labelFirstWords = new List<KeyValuePair<string, ulong>>();
        var lastWords = new List<KeyValuePair<string, LastWordGate>>();
        var lastChars = new List<(char, int, ulong)>();
        var byDigits = new List<(int, ulong)>();
        var byUpperCase = new List<(int, ulong)>();
        var firstChars = new List<(char, ulong)>();
        var byChars = new List<(string, ulong)>();
        var byMaxWords = new List<(int, ulong)>();
        var byLength = new List<(int, ulong)>();
        for (int k = 0; k < classifiers.Length; k++)
        {
            if (k >= 64)
            {
                break;
            }

            ulong bit = 1UL << k;
            LineGate gate = classifiers[k].Triggers.Gate;
            if (!gate.IsDeclared)
            {
                _always |= bit;
                continue;
            }

            _gated |= bit;
            _words |= gate.Words;
            foreach (int b in Bits((uint)gate.Words))
            {
                _byWord[b] |= bit;
            }

            _marks |= gate.Marks;
            foreach (int b in Bits((uint)gate.Marks))
            {
                _byMark[b] |= bit;
            }

            if (gate.Digits)
            {
                byDigits.Add((gate.DigitsMaxWords > 0 ? gate.DigitsMaxWords : int.MaxValue, bit));
            }

            foreach (char c in gate.LastChars ?? string.Empty)
            {
                lastChars.Add((c, gate.LastCharsMaxWords > 0 ? gate.LastCharsMaxWords : int.MaxValue, bit));
            }

            foreach (char c in gate.FirstChars ?? string.Empty)
            {
                firstChars.Add((c, bit));
            }

            if (!string.IsNullOrEmpty(gate.Chars))
            {
                byChars.Add((gate.Chars, bit));
            }

            if (gate.UpperCaseWords > 0)
            {
                byUpperCase.Add((gate.UpperCaseWords, bit));
            }

            if (gate.Colon)
            {
                _colon |= bit;
            }

            if (gate.NotSentence)
            {
                _notSentence |= bit;
            }

            if (gate.NumberFirst)
            {
                _numberFirst |= bit;
            }

            foreach (string word in (gate.LastWords ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                lastWords.Add(new(TextNormalizer.Normalize(word), new LastWordGate(0, bit)));
                _declaredLastWords |= bit;
            }

            if (gate.MaxWords >= 0)
            {
                byMaxWords.Add((gate.MaxWords, bit));
            }

            foreach (string word in (gate.FirstWords ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                firstWords.Add(new(TextNormalizer.Normalize(word), new FirstWordGate(0, 0, bit)));
            }

            int maxLength = -1;
            foreach (PhraseSet set in PhraseSetsOf(classifiers[k]))
            {
                maxLength = Math.Max(maxLength, set.MaxLength);
                foreach (string word in set.GateFirstWords)
                {
                    firstWords.Add(new(word, new FirstWordGate(bit, 0, 0)));
                }

                foreach (string words in set.GateFirstTwoWords)
                {
                    firstWords.Add(new(words[..words.IndexOf(' ', StringComparison.Ordinal)], new FirstWordGate(0, bit, 0)));
                    firstTwoWords.Add(new(words, bit));
                }

                foreach (string word in set.GateLastWords)
                {
                    lastWords.Add(new(word, new LastWordGate(bit, 0)));
                    _suffixClassifiers |= bit;
                }

                foreach (string word in set.GateLabelFirstWords)
                {
                    labelFirstWords.Add(new(word, bit));
                    _labels |= bit;
                }

                if (set.HasContains && set.GateContainsNeedles is uint[] needles)
                {
                    _needled |= bit;
                    if (set.ContainsIsAnchored)
                    {
                        _needledAnchored |= bit;
                    }

                    foreach (uint needle in needles)
                    {
                        _needles[needle] = _needles.GetValueOrDefault(needle) | bit;
                        LineKeys.AddToWordFilter(_needleFilter, needle);
                    }
                }
                else if (set.HasContains)
                {
                    if (set.ContainsIsAnchored)
                    {
                        _anchored |= bit;
                    }
                    else
                    {
                        _unanchored |= bit;
                    }
                }
            }

            byLength.Add((maxLength, bit));
        }

        _byLastChar = lastChars.ToArray();
        byDigits.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        _byDigits = byDigits.ToArray();
        _byUpperCase = byUpperCase.ToArray();
        (_firstChars, _byFirstChar) = Distinct(firstChars);
        _byChars = byChars.ToArray();
        byMaxWords.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        _byMaxWords = byMaxWords.ToArray();
        byLength.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        _byPhraseLength = byLength.ToArray();
        _firstWords = new SpanKeyedTable<FirstWordGate>(
            firstWords, static (a, b) => new FirstWordGate(a.Phrase | b.Phrase, a.Longer | b.Longer, a.Declared | b.Declared));
        _firstTwoWords = new SpanKeyedTable<ulong>(firstTwoWords, static (a, b) => a | b);
        _labelFirstWords = new SpanKeyedTable<ulong>(labelFirstWords, static (a, b) => a | b);
        _lastWords = new SpanKeyedTable<LastWordGate>(lastWords, static (a, b) => new LastWordGate(a.Phrase | b.Phrase, a.Declared | b.Declared));
    }

    /// <summary>Distinct characters, each with the classifiers that declared it.</summary>
    private static (string Chars, ulong[] Masks) Distinct(List<(char Char, ulong Bit)> declared)
    {
        var chars = new List<char>();
        var masks = new List<ulong>();
        foreach ((char c, ulong bit) in declared)
        {
            int at = chars.IndexOf(c);
            if (at < 0)
            {
                chars.Add(c);
                masks.Add(bit);
            }
            else
            {
                masks[at] |= bit;
            }
        }

        return (new string(chars.ToArray()), masks.ToArray());
    }

    /// <summary>The gates of <paramref name="classifiers"/>, in their order.</summary>
    public static ClassifierGates For(SegmentClassifier[] classifiers) => new(classifiers);

    /// <summary>Whether any classifier has a gate (otherwise <see cref="Open"/> is all ones).</summary>
    public bool AnyGated => _gated != 0;

    /// <summary>
    /// The classifiers (a bit per index) that may return a verdict for the line of <paramref name="context"/>: those
    /// without a gate, those whose declared features the line has, and those whose phrase sets may match it.
    /// </summary>
    public ulong Open(in SegmentContext context)
    {
        ulong open = _always;
        if (_gated == 0)
        {
            return open;
        }

        LineFeatures features = context.Features;
        uint words = (uint)(features.Classes & _words);
        while (words != 0)
        {
            open |= _byWord[BitOperations.TrailingZeroCount(words)];
            words &= words - 1;
        }

        uint marks = (uint)(features.Marks & _marks);
        while (marks != 0)
        {
            open |= _byMark[BitOperations.TrailingZeroCount(marks)];
            marks &= marks - 1;
        }

        if (features.Digits > 0)
        {
            foreach ((int maxWords, ulong mask) in _byDigits)
            {
                if (features.Words > maxWords)
                {
                    break;
                }

                open |= mask;
            }
        }

        if (features.UpperCaseWords > 0)
        {
            foreach ((int minWords, ulong mask) in _byUpperCase)
            {
                if (features.UpperCaseWords >= minWords)
                {
                    open |= mask;
                }
            }
        }

        if (features.FirstColon >= 0)
        {
            open |= _colon;
        }

        if (!features.EndsSentence)
        {
            open |= _notSentence;
        }

        foreach ((char last, int maxWords, ulong mask) in _byLastChar)
        {
            if (features.Last == last && features.Words <= maxWords)
            {
                open |= mask;
            }
        }

        if (_firstChars.Length > 0)
        {
            int at = _firstChars.IndexOf(features.First);
            if (at >= 0)
            {
                open |= _byFirstChar[at];
            }
        }

        foreach ((int maxWords, ulong mask) in _byMaxWords)
        {
            if (features.Words > maxWords)
            {
                break;
            }

            open |= mask;
        }

        foreach ((string chars, ulong mask) in _byChars)
        {
            if ((mask & ~open) != 0 && context.Text.IndexOfAny(chars) >= 0)
            {
                open |= mask;
            }
        }

        // The phrase sets' part, for the classifiers still closed whose phrases may match a line this long.
        ulong closed = _gated & ~open;
        if (closed == 0)
        {
            return open;
        }

        int length = features.Length;
        ulong fits = 0;
        foreach ((int maxLength, ulong mask) in _byPhraseLength)
        {
            if (length > maxLength)
            {
                break;
            }

            fits |= mask;
        }

        ref LineKeys keys = ref context.Keys;
        ReadOnlySpan<char> firstWord = keys.FirstWord(context, out uint firstWordHash);
        if ((_numberFirst & ~open) != 0 && !firstWord.IsEmpty && !firstWord.ContainsAnyExceptInRange('0', '9'))
        {
            open |= _numberFirst;
        }

        int slot = _firstWords.Find(firstWord, firstWordHash);
        ulong phrases = _unanchored;
        if (slot >= 0)
        {
            ref readonly FirstWordGate first = ref _firstWords.ValueAt(slot);
            phrases |= first.Phrase;
            open |= first.Declared;
            if ((first.Longer & fits & ~open & ~phrases) != 0 &&
                _firstTwoWords.TryGetValue(keys.FirstTwoWords(context, out uint twoWordsHash), twoWordsHash, out ulong longer))
            {
                phrases |= longer & first.Longer;
            }
        }

        if (features.FirstColon is > 0 and <= PhraseSet.MaxLabelLength && (_labels & fits & ~open & ~phrases) != 0)
        {
            ReadOnlySpan<char> labelWord = firstWord.TrimEnd('\'');
            if (_labelFirstWords.TryGetValue(labelWord, out ulong labels))
            {
                phrases |= labels;
            }
        }

        bool anchor = features.Has(WordClass.PhraseAnchor);
        if (anchor)
        {
            phrases |= _anchored;
        }

        ulong needled = _needled & fits & ~open & ~phrases & (anchor ? ulong.MaxValue : ~_needledAnchored);
        if (needled != 0)
        {
            ReadOnlySpan<uint> lineWords = context.WordHashes;
            if (lineWords.Length != features.Words)
            {
                phrases |= needled;
            }
            else
            {
                ReadOnlySpan<ulong> filter = _needleFilter;
                foreach (uint word in lineWords)
                {
                    if (LineKeys.InWordFilter(filter, word) && _needles.TryGetValue(word, out ulong mask))
                    {
                        phrases |= mask & needled;
                    }
                }
            }
        }

        open |= phrases & fits;
        if ((((_suffixClassifiers & fits) | _declaredLastWords) & ~open) != 0)
        {
            int end = _lastWords.Find(keys.TailLastWord(context, out uint lastWordHash), lastWordHash);
            if (end >= 0)
            {
                ref readonly LastWordGate last = ref _lastWords.ValueAt(end);
                open |= (last.Phrase & fits) | last.Declared;
            }
        }

        return open;
    }

    /// <summary>Every <see cref="PhraseSet"/> a classifier holds in a field of its own type, static or not.</summary>
    internal static List<PhraseSet> PhraseSetsOf(SegmentClassifier classifier)
    {
        var sets = new List<PhraseSet>();
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (FieldInfo field in classifier.GetType().GetFields(All))
        {
            if (field.FieldType == typeof(PhraseSet) && field.GetValue(field.IsStatic ? null : classifier) is PhraseSet set)
            {
                sets.Add(set);
            }
        }

        return sets;
    }

    private static IEnumerable<int> Bits(uint value)
    {
        for (int b = 0; b < 32; b++)
        {
            if ((value & (1u << b)) != 0)
            {
                yield return b;
            }
        }
    }

    /// <summary>The classifiers a last word opens: through their suffix phrases, and as declared.</summary>
    private readonly record struct LastWordGate(ulong Phrase, ulong Declared);

    /// <summary>
    /// The classifiers a first word opens: through a phrase of that one word, through a longer phrase if the first two
    /// words also agree, and as declared.
    /// </summary>
    private readonly record struct FirstWordGate(ulong Phrase, ulong Longer, ulong Declared);
}
