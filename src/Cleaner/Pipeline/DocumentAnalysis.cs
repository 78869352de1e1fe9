using System;
using System.Buffers;
using Cleaner.Classification;
using Cleaner.Context;
using Cleaner.Features;
using Cleaner.Segmentation;
using Cleaner.Text;

namespace Cleaner.Pipeline;

/// <summary>
/// The per-document working memory of a pipeline run: segments, features and decisions for every line, in arrays
/// rented from <see cref="ArrayPool{T}.Shared"/> and returned on <see cref="Dispose"/>. Once the pool is warm, analysing a
/// document allocates nothing.
/// </summary>
internal struct DocumentAnalysis : IDisposable
{
    /// <summary>How much of a line's head is normalised for phrase tables.</summary>
    private const int NormalizedHeadLength = 96;

    /// <summary>Up to this many classifiers, their triggers are kept on the stack.</summary>
    private const int MaxStackClassifiers = 64;

    private Segment[]? _segments;
    private LineFeatures[]? _features;
    private LineDecision[]? _decisions;

    // The word hashes of every line (see FeatureExtractor.WordHash), line after line; line i's are
    // _wordHashes[_wordHashStarts[i].._wordHashStarts[i + 1]].
    private uint[]? _wordHashes;
    private int[]? _wordHashStarts;

    public int LineCount { get; private set; }

    public Language Language { get; private set; }

    public bool IsResidueOnly { get; private set; }

    public readonly ReadOnlySpan<Segment> Segments => _segments.AsSpan(0, LineCount);

    public readonly ReadOnlySpan<LineDecision> Decisions => _decisions.AsSpan(0, LineCount);

    public readonly ReadOnlySpan<LineFeatures> Features => _features.AsSpan(0, LineCount);

    /// <summary>Segments, classifies and applies the context rules to <paramref name="text"/>.</summary>
    public static DocumentAnalysis Run(
        ReadOnlySpan<char> text, in CleanerSettings settings, SegmentClassifier[] classifiers, ClassifierGates gates)
    {
        var analysis = default(DocumentAnalysis);
        int capacity = LineScanner.MaxLineCount(text);
        analysis._segments = ArrayPool<Segment>.Shared.Rent(capacity);
        analysis._features = ArrayPool<LineFeatures>.Shared.Rent(capacity);
        analysis._decisions = ArrayPool<LineDecision>.Shared.Rent(capacity);
        analysis._wordHashStarts = ArrayPool<int>.Shared.Rent(capacity + 1);
        int count = LineScanner.Scan(text, analysis._segments);
        analysis.LineCount = count;
        analysis._wordHashes = ArrayPool<uint>.Shared.Rent(WordCapacity(analysis._segments.AsSpan(0, count), settings.MaxLineLength));

        Span<Segment> segments = analysis._segments.AsSpan(0, count);
        Span<LineFeatures> features = analysis._features.AsSpan(0, count);
        Span<LineDecision> decisions = analysis._decisions.AsSpan(0, count);
        decisions.Clear();
        Span<uint> wordHashes = analysis._wordHashes;
        Span<int> wordHashStarts = analysis._wordHashStarts.AsSpan(0, count + 1);

        // With automatic detection a line's stopwords are those of any supported language: a line's verdict then never
        // depends on the rest of the document (removing residue could tip the detected language and change verdicts
        // of the lines left, so cleaning twice would differ). A language given by the caller counts only its own.
        bool detect = settings.Language == Language.Auto;
        WordClass stopwords = detect ? WordClass.AnyStopword : Lexicon.StopwordClass(settings.Language);

        // Pass 1: the features of every line. The same pass tallies the stopwords of each language in the lines that
        // start within the first StopwordTally.SampleLength characters, which decides the document's language.
        Lexicon lexicon = Lexicon.Default;
        var tally = default(StopwordTally);
        int maxLineLength = settings.MaxLineLength;
        int wordHashCount = 0;
        for (int i = 0; i < count; i++)
        {
            wordHashStarts[i] = wordHashCount;
            Segment segment = segments[i];
            if (segment.IsBlank)
            {
                features[i] = default;
                decisions[i].Skipped = true;
                continue;
            }

            ReadOnlySpan<char> line = TrimStart(text.Slice(segment.Start, segment.Length));
            if (line.Length > maxLineLength)
            {
                features[i] = default;
                decisions[i].Skipped = true;
                decisions[i].Unclassified = true;
                continue;
            }

            bool inSample = detect && segment.Start < StopwordTally.SampleLength;
            wordHashCount += FeatureExtractor.Extract(
                line, lexicon, stopwords, ref tally, inSample, wordHashes[wordHashCount..], out features[i]);
        }

        wordHashStarts[count] = wordHashCount;

        Language language = detect ? tally.Best() : settings.Language;
        analysis.Language = language;

        // Pass 2: the classifiers, asked only for the lines their triggers accept. Classifiers are immutable (see
        // SegmentClassifier), so their triggers are read once per document rather than once per line and classifier.
        Span<TriggerTest> triggers = classifiers.Length <= MaxStackClassifiers
            ? stackalloc TriggerTest[classifiers.Length]
            : new TriggerTest[classifiers.Length];
        for (int k = 0; k < classifiers.Length; k++)
        {
            triggers[k] = classifiers[k].Triggers.Test;
        }

        Span<char> head = stackalloc char[NormalizedHeadLength];
        var keys = default(LineKeys);
        for (int i = 0; i < count; i++)
        {
            if (decisions[i].Skipped)
            {
                continue;
            }

            Segment segment = segments[i];
            ReadOnlySpan<char> line = TrimStart(text.Slice(segment.Start, segment.Length));
            keys.Reset();
            ReadOnlySpan<uint> lineWordHashes = wordHashes[wordHashStarts[i]..wordHashStarts[i + 1]];
            decisions[i].Verdict = Classify(
                line, head, ref keys, lineWordHashes, i, language, features[i], settings, classifiers, gates, triggers);
        }

        analysis.IsResidueOnly = ContextRules.Apply(text, segments, features, decisions, settings, language);
        return analysis;
    }

    /// <summary>The strongest verdict of the classifiers that accept the line (see <see cref="CleanerSettings.Threshold"/>).</summary>
    private static Verdict Classify(
        ReadOnlySpan<char> line, Span<char> head, ref LineKeys keys, ReadOnlySpan<uint> wordHashes, int index,
        Language language, in LineFeatures features, in CleanerSettings settings, SegmentClassifier[] classifiers,
        ClassifierGates gates, ReadOnlySpan<TriggerTest> triggers)
    {
        int headLength = TextNormalizer.Normalize(line, head, out bool truncated);
        var context = new SegmentContext(line, head[..headLength], !truncated, features, wordHashes, index, language, ref keys);
        return Decide(context, settings, classifiers, gates, triggers);
    }

    /// <summary>
    /// Asks every classifier whose gate (see <see cref="ClassifierGates"/>) and triggers accept the line and keeps the strongest verdict of a removed kind, or, when
    /// none reaches the threshold, the strongest verdict of a kind only labelled. (Also the stage benchmark's path.)
    /// </summary>
    internal static Verdict Decide(
        in SegmentContext context, in CleanerSettings settings, SegmentClassifier[] classifiers, ClassifierGates gates,
        ReadOnlySpan<TriggerTest> triggers)
    {
        LineFeatures features = context.Features;
        Verdict best = Verdict.None;
        Verdict label = Verdict.None;
        ulong open = gates.Open(context);
        for (int k = 0; k < classifiers.Length; k++)
        {
            if ((k < 64 && (open & (1UL << k)) == 0) || !triggers[k].Accepts(features))
            {
                continue;
            }

            Verdict verdict = classifiers[k].Classify(context);
            if (!verdict.IsResidue || verdict.Rule is { AddressesTheReader: true } && features.Has(WordClass.Reporting))
            {
                continue;
            }

            if (settings.RemovedKinds.Contains(verdict.Kind))
            {
                if (verdict.Score > best.Score)
                {
                    best = verdict;
                }
            }
            else if (verdict.Score > label.Score)
            {
                label = verdict;
            }
        }

        return best.Score >= settings.Threshold || label.Score == 0f ? best : label;
    }

    /// <summary>The characters of the output: kept lines, single blank lines where the input had blank lines between them.</summary>
    public readonly int OutputLength()
    {
        int length = 0;
        bool wroteLine = false;
        bool pendingBlank = false;
        ReadOnlySpan<Segment> segments = Segments;
        ReadOnlySpan<LineDecision> decisions = Decisions;
        for (int i = 0; i < segments.Length; i++)
        {
            if (segments[i].IsBlank)
            {
                pendingBlank = wroteLine;
                continue;
            }

            if (decisions[i].Removed)
            {
                continue;
            }

            length += segments[i].Length + 1 + (pendingBlank ? 1 : 0);
            pendingBlank = false;
            wroteLine = true;
        }

        return length;
    }

    /// <summary>Writes the output into <paramref name="destination"/>, which must hold <see cref="OutputLength"/> characters.</summary>
    public readonly int WriteOutput(ReadOnlySpan<char> text, Span<char> destination)
    {
        int written = 0;
        bool wroteLine = false;
        bool pendingBlank = false;
        ReadOnlySpan<Segment> segments = Segments;
        ReadOnlySpan<LineDecision> decisions = Decisions;
        for (int i = 0; i < segments.Length; i++)
        {
            Segment segment = segments[i];
            if (segment.IsBlank)
            {
                pendingBlank = wroteLine;
                continue;
            }

            if (decisions[i].Removed)
            {
                continue;
            }

            if (pendingBlank)
            {
                destination[written++] = '\n';
                pendingBlank = false;
            }

            text.Slice(segment.Start, segment.Length).CopyTo(destination[written..]);
            written += segment.Length;
            destination[written++] = '\n';
            wroteLine = true;
        }

        return written;
    }

    /// <summary>The final verdict of line <paramref name="index"/>.</summary>
    public readonly SegmentVerdict VerdictAt(int index)
    {
        LineDecision decision = _decisions![index];
        return new SegmentVerdict(_segments![index], decision.Verdict, decision.Removed);
    }

    public void Dispose()
    {
        if (_segments is not null)
        {
            ArrayPool<Segment>.Shared.Return(_segments);
            ArrayPool<LineFeatures>.Shared.Return(_features!);
            ArrayPool<LineDecision>.Shared.Return(_decisions!);
            ArrayPool<uint>.Shared.Return(_wordHashes!);
            ArrayPool<int>.Shared.Return(_wordHashStarts!);
            _segments = null;
            _wordHashes = null;
            _wordHashStarts = null;
            _features = null;
            _decisions = null;
        }
    }

    /// <summary>
    /// An upper bound on the number of words the feature pass meets: a word is at least one character followed by a
    /// separator or the line's end, so a line holds at most half its length plus one words, and only lines of at most
    /// <paramref name="maxLineLength"/> characters are read.
    /// </summary>
    private static int WordCapacity(ReadOnlySpan<Segment> segments, int maxLineLength)
    {
        long words = 1;
        foreach (Segment segment in segments)
        {
            if (!segment.IsBlank)
            {
                words += (Math.Min(segment.Length, maxLineLength) + 1L) / 2;
            }
        }

        return (int)Math.Min(words, Array.MaxLength);
    }

    private static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> line)
    {
        int start = 0;
        while (start < line.Length && LineScanner.IsSpace(line[start]))
        {
            start++;
        }

        return line[start..];
    }
}
