using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;

namespace Cleaner.Robustness;

/// <summary>
/// Property tests over the text entry points. Each property is swept over a fixed set of inputs generated from fixed
/// seeds (so CI runs the same inputs every time); a failing input is then handed to CsCheck, starting from its seed,
/// to shrink it to a small counterexample for the failure message.
/// </summary>
public sealed class PropertyTests
{
    private const int RandomCount = 400;
    private const int RealisticCount = 200;

    private static readonly CleanerPipeline[] Pipelines =
    [
        CleanerPipeline.Default,
        new CleanerPipelineBuilder().UsePreset(CleanerPreset.Recall).Enable(ResidueKind.Attribution).IncludeKept().Build(),
        new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).UseMaxLineLength(40).Build(),
        new CleanerPipelineBuilder().UseLanguage(Language.German).Disable(ResidueKind.Notice)
            .AddPhrase("the", ResidueKind.Advertisement, PhraseMatch.Contains).AddPattern(@"\d{1,2}:\d{2}", ResidueKind.Timestamp).Build(),
    ];

    [Fact]
    public void Random_text_keeps_every_invariant() =>
        Sweep(TextGen.RandomText, text => Invariants.CheckAll(CleanerPipeline.Default, text, checkIdempotence: false), RandomCount, stream: 1);

    [Fact]
    public void Realistic_text_keeps_every_invariant_in_every_preset() =>
        Sweep(TextGen.RealisticText, text =>
        {
            foreach (CleanerPipeline pipeline in Pipelines)
            {
                string? violation = Invariants.CheckAll(pipeline, text, checkIdempotence: false);
                if (violation is not null)
                {
                    return violation;
                }
            }

            return null;
        }, RealisticCount, stream: 2);

    [Fact]
    public void Random_text_cleaning_is_idempotent() =>
        Sweep(TextGen.RandomText, text => Invariants.CheckIdempotent(CleanerPipeline.Default, CleanerPipeline.Default.Clean(text).Text), RandomCount, stream: 3);

    [Fact]
    public void Realistic_text_cleaning_is_idempotent() =>
        Sweep(TextGen.RealisticText, text => Invariants.CheckIdempotent(CleanerPipeline.Default, CleanerPipeline.Default.Clean(text).Text), RealisticCount, stream: 4);

    [Fact]
    public void Line_ending_style_does_not_change_the_output() =>
        Sweep(TextGen.RealisticText, text =>
        {
            string unix = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            string expected = CleanerPipeline.Default.Clean(unix).Text;
            string windows = CleanerPipeline.Default.Clean(unix.Replace("\n", "\r\n", StringComparison.Ordinal)).Text;
            string mac = CleanerPipeline.Default.Clean(unix.Replace('\n', '\r')).Text;
            return expected == windows && expected == mac ? null : "output depends on the line ending style";
        }, RealisticCount, stream: 5);

    [Fact]
    public void One_pipeline_on_many_threads_gives_the_sequential_results()
    {
        var documents = new List<string>();
        for (int i = 0; i < 150; i++)
        {
            documents.Add(TextGen.RealisticText.Generate(new PCG(6, (ulong)i), null!, out _));
            documents.Add(TextGen.RandomText.Generate(new PCG(7, (ulong)i), null!, out _));
        }

        foreach (CleanerPipeline pipeline in Pipelines)
        {
            string[] sequential = documents.Select(d => Fingerprint(pipeline.Clean(d))).ToArray();
            for (int round = 0; round < 2; round++)
            {
                string[] parallel = new string[documents.Count];
                Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
                {
                    // Half the workers use the span entry point, which rents its working memory from the shared pool.
                    if (i % 2 == 0)
                    {
                        parallel[i] = Fingerprint(pipeline.Clean(documents[i]));
                    }
                    else
                    {
                        var writer = new System.Buffers.ArrayBufferWriter<char>();
                        var verdicts = new List<SegmentVerdict>();
                        pipeline.Clean(documents[i].AsSpan(), writer);
                        pipeline.Classify(documents[i], verdicts);
                        parallel[i] = Fingerprint(writer.WrittenSpan.ToString(), verdicts.Where(v => v.IsRemoved));
                    }
                });

                for (int i = 0; i < documents.Count; i++)
                {
                    Assert.True(sequential[i] == parallel[i], $"document {i} differs between sequential and parallel runs: \"{Invariants.Escape(documents[i], 400)}\"");
                }
            }
        }
    }

    private static string Fingerprint(CleanResult result) => Fingerprint(result.Text, result.Removed);

    private static string Fingerprint(string text, IEnumerable<SegmentVerdict> removed) =>
        text + "\u0000" + string.Join(";", removed.Select(v => $"{v.Segment.Start},{v.Segment.Length},{v.RuleId},{v.Verdict.Score}"));

    /// <summary>
    /// Checks <paramref name="property"/> on <paramref name="count"/> inputs generated from fixed seeds; on the first
    /// violation, lets CsCheck shrink from that seed and fails with the smallest counterexample found.
    /// </summary>
    internal static void Sweep(Gen<string> gen, Func<string, string?> property, int count, uint stream)
    {
        for (int i = 0; i < count; i++)
        {
            var pcg = new PCG(stream, (ulong)i);
            string seed = pcg.ToString();
            string input = gen.Generate(pcg, null!, out _);
            string? violation = Invariants.Violation(property, input);
            if (violation is null)
            {
                continue;
            }

            string smallest = Shrink(gen, property, seed, input);
            Assert.Fail($"{Invariants.Violation(property, smallest) ?? violation}\ninput (seed {seed}, {input.Length} chars, shrunk to {smallest.Length}): \"{Invariants.Escape(smallest)}\"");
        }
    }

    private static string Shrink(Gen<string> gen, Func<string, string?> property, string seed, string input)
    {
        string smallest = input;
        try
        {
            gen.Sample(text =>
            {
                if (Invariants.Violation(property, text) is not null)
                {
                    lock (gen)
                    {
                        if (text.Length < smallest.Length)
                        {
                            smallest = text;
                        }
                    }

                    return false;
                }

                return true;
            }, seed: seed, iter: 3000, threads: 1);
        }
        catch (CsCheckException)
        {
            // Expected: CsCheck reports the failure it shrank; we keep the smallest input it saw.
        }

        return smallest;
    }
}
