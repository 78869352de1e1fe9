using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cleaner.Benchmarks.Common;

namespace Cleaner.Benchmarks;

/// <summary>
/// Each built-in classifier family alone over every line of the seed corpus, asked as the engine asks it: only lines
/// its triggers accept, with the same <see cref="SegmentContext"/> (features and normalised head precomputed).
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private StageState _state = null!;
    private SegmentClassifier _classifier = null!;

    [ParamsSource(nameof(Inputs))]
    public InputDocument Input { get; set; } = null!;

    [ParamsSource(nameof(Names))]
    public string Classifier { get; set; } = null!;

    public static IEnumerable<InputDocument> Inputs() => [Benchmarks.Inputs.SeedCorpus];

    public static IEnumerable<string> Names() => CleanerPipeline.Default.Classifiers.Select(c => c.Name);

    [GlobalSetup]
    public void Setup()
    {
        _state = StageState.Prepare(Input.Text, CleanerPipeline.Default);
        _classifier = CleanerPipeline.Default.Classifiers.First(c => c.Name == Classifier);
    }

    /// <summary>The classifier over every line its triggers accept; returns the sum of scores.</summary>
    [Benchmark]
    public float Classify() => _state.Classify(Input.Text, _classifier);
}
