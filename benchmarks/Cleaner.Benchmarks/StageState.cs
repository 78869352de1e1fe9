using System;
using System.Collections.Generic;
using Cleaner.Classification;
using Cleaner.Context;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;

namespace Cleaner.Benchmarks;

/// <summary>
/// A document taken through the engine's stages once (as <c>DocumentAnalysis.Run</c> does), so that a benchmark can
/// replay one stage on precomputed inputs.
/// </summary>
internal sealed class StageState
{
    /// <summary>The length of the normalised head, as in <c>DocumentAnalysis</c>.</summary>
    public const int HeadLength = 96;

    private Segment[] _segments = [];
    private LineFeatures[] _features = [];
    private LineDecision[] _decisions = [];
    private char[] _heads = [];
    private int[] _headLengths = [];
    private bool[] _headComplete = [];
    private uint[] _wordHashes = [];
    private int[] _wordHashStarts = [];
    private SegmentClassifier[] _classifiers = [];
    private TriggerTest[] _triggers = [];
    private ClassifierGates _gates = ClassifierGates.None;
    private CleanerSettings _settings;

    public ReadOnlySpan<Segment> Segments => _segments;

    public ReadOnlySpan<LineFeatures> Features => _features;

    /// <summary>The decisions after classification, before the context rules.</summary>
    public ReadOnlySpan<LineDecision> Decisions => _decisions;

    public Language Language { get; private set; }

    public WordClass Stopwords { get; private set; }

    public static StageState Prepare(string text, CleanerPipeline pipeline)
    {
        var state = new StageState();
        state._settings = pipeline.Settings;
        state._classifiers = [.. pipeline.Classifiers];
        var segments = new Segment[LineScanner.MaxLineCount(text)];
        int count = LineScanner.Scan(text, segments);
        state._segments = segments[..count];
        state.Stopwords = WordClass.AnyStopword; // as DocumentAnalysis does with Language.Auto
        var tally = default(StopwordTally);
        state._features = new LineFeatures[count];
        state._decisions = new LineDecision[count];
        state._heads = new char[count * HeadLength];
        state._headLengths = new int[count];
        state._headComplete = new bool[count];
        state._wordHashes = new uint[text.Length / 2 + count + 1];
        state._wordHashStarts = new int[count + 1];
        int wordHashCount = 0;
        for (int i = 0; i < count; i++)
        {
            state._wordHashStarts[i] = wordHashCount;
            if (segments[i].IsBlank)
            {
                state._decisions[i].Skipped = true;
                continue;
            }

            ReadOnlySpan<char> line = Line(text, segments[i]);
            wordHashCount += FeatureExtractor.Extract(line, Lexicon.Default, state.Stopwords, ref tally,
                segments[i].Start < StopwordTally.SampleLength, state._wordHashes.AsSpan(wordHashCount), out state._features[i]);
            state._headLengths[i] = TextNormalizer.Normalize(line, state._heads.AsSpan(i * HeadLength, HeadLength), out bool truncated);
            state._headComplete[i] = !truncated;
        }

        state._wordHashStarts[count] = wordHashCount;
        state.Language = tally.Best();
        state._triggers = Array.ConvertAll(state._classifiers, c => c.Triggers.Test);
        state._gates = ClassifierGates.For(state._classifiers);
        state.ClassifyAll(text, state._decisions);
        return state;
    }

    /// <summary>The word hashes the feature pass recorded for line <paramref name="index"/>.</summary>
    private ReadOnlySpan<uint> WordHashes(int index) =>
        _wordHashes.AsSpan(_wordHashStarts[index], _wordHashStarts[index + 1] - _wordHashStarts[index]);

    /// <summary>The line of a segment trimmed at the start, as the engine passes it on.</summary>
    public static ReadOnlySpan<char> Line(ReadOnlySpan<char> text, Segment segment)
    {
        ReadOnlySpan<char> line = text.Slice(segment.Start, segment.Length);
        int start = 0;
        while (start < line.Length && LineScanner.IsSpace(line[start]))
        {
            start++;
        }

        return line[start..];
    }

    /// <summary>One classifier over every line its triggers accept.</summary>
    public float Classify(ReadOnlySpan<char> text, SegmentClassifier classifier)
    {
        float total = 0;
        var keys = default(LineKeys);
        ReadOnlySpan<Segment> segments = _segments;
        for (int i = 0; i < segments.Length; i++)
        {
            if (segments[i].IsBlank || !classifier.Triggers.Accepts(_features[i]))
            {
                continue;
            }

            keys.Reset();
            var context = new SegmentContext(Line(text, segments[i]), _heads.AsSpan(i * HeadLength, _headLengths[i]),
                _headComplete[i], _features[i], WordHashes(i), i, Language, ref keys);
            total += classifier.Classify(context).Score;
        }

        return total;
    }

    /// <summary>Every classifier over every line, deciding as the engine does (<c>DocumentAnalysis.Decide</c>).</summary>
    public float ClassifyAll(ReadOnlySpan<char> text, Span<LineDecision> decisions = default)
    {
        float total = 0;
        var keys = default(LineKeys);
        ReadOnlySpan<Segment> segments = _segments;
        CleanerSettings settings = _settings;
        for (int i = 0; i < segments.Length; i++)
        {
            if (segments[i].IsBlank)
            {
                continue;
            }

            keys.Reset();
            var context = new SegmentContext(Line(text, segments[i]), _heads.AsSpan(i * HeadLength, _headLengths[i]),
                _headComplete[i], _features[i], WordHashes(i), i, Language, ref keys);
            Verdict chosen = DocumentAnalysis.Decide(context, settings, _classifiers, _gates, _triggers);
            if (!decisions.IsEmpty)
            {
                decisions[i].Verdict = chosen;
            }

            total += chosen.Score;
        }

        return total;
    }
}
