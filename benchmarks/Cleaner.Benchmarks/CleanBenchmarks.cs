using System;
using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cleaner.Benchmarks.Common;

namespace Cleaner.Benchmarks;

/// <summary>
/// Whole-document cleaning against its two reference points, on every input: the bare vectorised newline scan (the
/// floor: no cleaner can read its input faster) and the naive regex cleaner (the baseline, Ratio = 1).
/// </summary>
[MemoryDiagnoser]
public class CleanBenchmarks
{
    private ArrayBufferWriter<char> _writer = null!;
    private char[] _destination = null!;

    [ParamsSource(nameof(Inputs))]
    public InputDocument Input { get; set; } = null!;

    public static IEnumerable<InputDocument> Inputs() => Benchmarks.Inputs.All();

    [GlobalSetup]
    public void Setup()
    {
        _writer = new ArrayBufferWriter<char>(Input.Text.Length + 1);
        _destination = new char[Input.Text.Length + 1];
    }

    /// <summary>The floor: find every line end with <c>IndexOfAny('\r', '\n')</c>, nothing else.</summary>
    [Benchmark]
    public int NewlineScan() => NewlineFloor.CountLineEnds(Input.Text);

    /// <summary>string.Split and a list of ~20 compiled residue regexes.</summary>
    [Benchmark(Baseline = true)]
    public string NaiveRegex() => NaiveRegexCleaner.Clean(Input.Text);

    /// <summary>The same regexes as one alternation.</summary>
    [Benchmark]
    public string NaiveRegexCombined() => NaiveRegexCleaner.CleanCombined(Input.Text);

    /// <summary><c>TextCleaner.Clean(string)</c>: cleaned string plus the removed-segment list.</summary>
    [Benchmark]
    public CleanResult Clean() => TextCleaner.Clean(Input.Text);

    /// <summary>The span overload into a reused <see cref="ArrayBufferWriter{T}"/>.</summary>
    [Benchmark]
    public int CleanToBufferWriter()
    {
        _writer.ResetWrittenCount();
        CleanerPipeline.Default.Clean(Input.Text.AsSpan(), _writer);
        return _writer.WrittenCount;
    }

    /// <summary><c>TryClean</c> into a reused buffer of <c>text.Length + 1</c> characters.</summary>
    [Benchmark]
    public int TryClean()
    {
        CleanerPipeline.Default.TryClean(Input.Text, _destination, out int written, out _);
        return written;
    }
}
