using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;
using Xunit;

namespace Cleaner.Tests.Classification;

/// <summary>
/// The classifier gates (<see cref="ClassifierGates"/>, declared with <see cref="LineGate"/>) decide which classifiers
/// the pipeline asks about a line. A gate must never hide a verdict: every gated classifier is asked about every line of
/// the test corpora (seeds, golden files, spec examples, the probe catalogue, the Multi-News corpus when present), as
/// written and in other cases, and must find nothing on the lines its gate closes. A check added to a classifier without
/// a gate declaration that covers it fails here (and in its spec tests, which run through the pipeline).
/// </summary>
public class ClassifierGateTests
{
    private static readonly SegmentClassifier[] Classifiers = [.. CleanerPipeline.Default.Classifiers];

    [Fact]
    public void Most_built_in_classifiers_declare_a_gate_with_phrase_sets()
    {
        SegmentClassifier[] gated = Classifiers.Where(c => c.Triggers.Gate.IsDeclared).ToArray();

        Assert.True(gated.Length >= 8, $"gated: {string.Join(", ", gated.Select(c => c.Name))}");
        Assert.All(gated, c => Assert.NotEmpty(ClassifierGates.PhraseSetsOf(c)));
    }

    [Fact]
    public void A_gate_never_hides_a_verdict_on_the_test_corpora()
    {
        ClassifierGates gates = ClassifierGates.For(Classifiers);
        var failures = new List<string>();
        int lines = 0;
        int closed = 0;
        foreach (string line in CorpusLines())
        {
            foreach (string variant in Variants(line))
            {
                lines++;
                closed += Check(gates, variant, failures);
            }
        }

        Assert.True(lines > 5000, $"only {lines} lines read");
        Assert.True(closed > lines, $"the gates closed only {closed} classifier calls over {lines} lines");
        Assert.True(failures.Count == 0, "verdicts hidden by a gate:\n" + string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Sponsored: Example Bank")]
    [InlineData("1:23")]
    [InlineData("Listen to this article 5 min")]
    [InlineData("By JANE DOE, Associated Press")]
    [InlineData("12 Comments")]
    [InlineData("Linda Medrano said...")]
    [InlineData("PARIS —")]
    [InlineData("© 2019 Cable News Network")]
    [InlineData("Get the Morning Briefing by email.")]
    public void Residue_lines_of_gated_classifiers_are_still_found(string line)
    {
        var failures = new List<string>();

        Check(ClassifierGates.For(Classifiers), line, failures);

        Assert.Empty(failures);
        CleanerPipeline pipeline = new CleanerPipelineBuilder().Enable(ResidueKind.Attribution).Build();
        Assert.Contains(pipeline.Clean($"Body one is a sentence here.\n\n{line}\n\nBody two is a sentence.\n").Removed,
            v => v.Segment.LineNumber == 3);
    }

    [Fact]
    public void A_plain_sentence_is_asked_by_few_classifiers()
    {
        ClassifierGates gates = ClassifierGates.For(Classifiers);
        // "Tuesday" opens the timestamp classifier (a calendar word), the full stop the comments classifier (a blog's
        // comment header ends with an ellipsis); no other gated classifier is asked.
        ulong open = Open(gates, "The council approved the new budget on Tuesday after a long debate.", out _);
        string[] asked = Enumerable.Range(0, Classifiers.Length)
            .Where(k => Classifiers[k].Triggers.Gate.IsDeclared && (open & (1UL << k)) != 0).Select(k => Classifiers[k].Name).ToArray();

        Assert.True(asked.Length <= 2, $"gated classifiers asked about a plain sentence: {string.Join(", ", asked)}");
    }

    /// <summary>Asks every gated classifier about the line; records a verdict its closed gate would hide. Returns how many gates were closed.</summary>
    private static int Check(ClassifierGates gates, string line, List<string> failures)
    {
        string trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 4000)
        {
            return 0;
        }

        Span<char> head = stackalloc char[96];
        uint[] words = new uint[trimmed.Length + 1];
        var tally = default(StopwordTally);
        int count = FeatureExtractor.Extract(trimmed, Lexicon.Default, WordClass.AnyStopword, ref tally, false, words, out LineFeatures features);
        int headLength = TextNormalizer.Normalize(trimmed, head, out bool truncated);
        int closed = 0;
        for (int k = 0; k < Classifiers.Length; k++)
        {
            if (!Classifiers[k].Triggers.Gate.IsDeclared)
            {
                continue;
            }

            var keys = default(LineKeys);
            var context = new SegmentContext(trimmed, head[..headLength], !truncated, features, words.AsSpan(0, count), 0, Language.English, ref keys);
            if ((gates.Open(context) & (1UL << k)) != 0)
            {
                continue;
            }

            closed++;
            keys.Reset();
            var fresh = new SegmentContext(trimmed, head[..headLength], !truncated, features, words.AsSpan(0, count), 0, Language.English, ref keys);
            Verdict verdict = Classifiers[k].Classify(fresh);
            if (verdict.IsResidue)
            {
                failures.Add($"{Classifiers[k].Name} ({verdict.Rule?.Id}, {verdict.Score}): {trimmed}");
            }
        }

        return closed;
    }

    private static ulong Open(ClassifierGates gates, string line, out LineFeatures features)
    {
        Span<char> head = stackalloc char[96];
        uint[] words = new uint[line.Length + 1];
        var tally = default(StopwordTally);
        int count = FeatureExtractor.Extract(line, Lexicon.Default, WordClass.AnyStopword, ref tally, false, words, out features);
        int headLength = TextNormalizer.Normalize(line, head, out bool truncated);
        var keys = default(LineKeys);
        var context = new SegmentContext(line, head[..headLength], !truncated, features, words.AsSpan(0, count), 0, Language.English, ref keys);
        return gates.Open(context);
    }

    private static IEnumerable<string> Variants(string line)
    {
        yield return line;
        yield return line.ToUpperInvariant();
        yield return line.ToLowerInvariant();
        yield return line.TrimEnd('.', '!', '?', ':', ' ') + ".";
    }

    private static IEnumerable<string> CorpusLines()
    {
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt"));
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Cleaner.Tests", "Golden"), "*.txt"));
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Cleaner.Tests", "Specs"), "*.md"));
        files.AddRange(Directory.GetFiles(Path.Combine(RepositoryPaths.Labels, "probes")));
        if (Directory.Exists(RepositoryPaths.MultiNewsCorpus))
        {
            files.AddRange(Directory.GetFiles(RepositoryPaths.MultiNewsCorpus, "*.txt"));
        }

        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                yield return line;

                // Spec and probe lines carry their example after a marker or a tab: the example alone, too.
                int tab = line.LastIndexOf('\t');
                if (tab >= 0)
                {
                    yield return line[(tab + 1)..];
                }

                int tick = line.IndexOf('`');
                int end = tick < 0 ? -1 : line.LastIndexOf('`');
                if (end > tick + 1)
                {
                    yield return line[(tick + 1)..end];
                }

                if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal))
                {
                    yield return line[2..];
                }
            }
        }
    }
}
