using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cleaner.Benchmarks.Common;
using Cleaner.Context;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;

namespace Cleaner.Benchmarks;

/// <summary>
/// The stages of <c>DocumentAnalysis.Run</c> one at a time, on the seed corpus and the scale documents: segmentation, the feature pass (with
/// language detection), head normalisation, all classifiers and the context rules. Each stage's inputs are computed once in
/// the set-up, so a method measures its stage alone. The sum is close to, not exactly, a full clean (the engine
/// interleaves the per-line stages, which keeps a line in cache).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private StageState _state = null!;
    private Segment[] _segments = null!;
    private LineFeatures[] _features = null!;
    private LineDecision[] _decisions = null!;
    private char[] _heads = null!;
    private uint[] _wordHashes = null!;

    [ParamsSource(nameof(Inputs))]
    public InputDocument Input { get; set; } = null!;

    public static IEnumerable<InputDocument> Inputs() => Benchmarks.Inputs.CorpusAndScale();

    [GlobalSetup]
    public void Setup()
    {
        _state = StageState.Prepare(Input.Text, CleanerPipeline.Default);
        _segments = new Segment[_state.Segments.Length];
        _features = new LineFeatures[_state.Features.Length];
        _decisions = new LineDecision[_state.Decisions.Length];
        _heads = new char[StageState.HeadLength];
        _wordHashes = new uint[Input.Text.Length / 2 + _state.Segments.Length + 1];
    }

    /// <summary>The newline scan for comparison with segmentation.</summary>
    [Benchmark]
    public int NewlineScan() => NewlineFloor.CountLineEnds(Input.Text);

    /// <summary><see cref="LineScanner"/>: the line count bound, then the segments.</summary>
    [Benchmark]
    public int Segmentation()
    {
        ReadOnlySpan<char> text = Input.Text;
        int capacity = LineScanner.MaxLineCount(text);
        return LineScanner.Scan(text, _segments.AsSpan(0, Math.Min(capacity, _segments.Length))) + capacity;
    }

    /// <summary>
    /// <see cref="FeatureExtractor"/> over every non-blank line, tallying the stopwords of each language in the lines
    /// that start in the document's first <see cref="StopwordTally.SampleLength"/> characters, as the engine does:
    /// language detection is part of this pass.
    /// </summary>
    [Benchmark]
    public Language Features()
    {
        ReadOnlySpan<char> text = Input.Text;
        ReadOnlySpan<Segment> segments = _state.Segments;
        Lexicon lexicon = Lexicon.Default;
        WordClass stopwords = _state.Stopwords;
        var tally = default(StopwordTally);
        Span<uint> wordHashes = _wordHashes;
        int wordHashCount = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].IsBlank)
            {
                wordHashCount += FeatureExtractor.Extract(StageState.Line(text, segments[i]), lexicon, stopwords, ref tally,
                    segments[i].Start < StopwordTally.SampleLength, wordHashes[wordHashCount..], out _features[i]);
            }
        }

        return tally.Best();
    }

    /// <summary>The normalised head (<see cref="TextNormalizer"/>) every classifier context carries.</summary>
    [Benchmark]
    public int HeadNormalization()
    {
        ReadOnlySpan<char> text = Input.Text;
        ReadOnlySpan<Segment> segments = _state.Segments;
        int total = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].IsBlank)
            {
                total += TextNormalizer.Normalize(StageState.Line(text, segments[i]), _heads, out _);
            }
        }

        return total;
    }

    /// <summary>Every classifier of the default pipeline on every line, as the engine asks them.</summary>
    [Benchmark]
    public float Classifiers() => _state.ClassifyAll(Input.Text);

    /// <summary><see cref="ContextRules"/> over the classified lines (the decisions are copied in first).</summary>
    [Benchmark]
    public bool ContextPass()
    {
        _state.Decisions.CopyTo(_decisions.AsSpan());
        return ContextRules.Apply(Input.Text, _state.Segments, _state.Features, _decisions, CleanerPipeline.Default.Settings, _state.Language);
    }
}
