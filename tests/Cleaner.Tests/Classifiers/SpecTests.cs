using System.Collections.Generic;
using System.Linq;

namespace Cleaner.Tests.Classifiers;

/// <summary>
/// Runs every spec example through the full default pipeline, placed between two ordinary body paragraphs, so that
/// each example is judged the way a real document would be.
/// </summary>
public class SpecTests
{
    private const string Before =
        "The council voted on Tuesday to approve the new budget, which includes funding for road repairs and schools.";

    private const string After =
        "Officials said the plan would be reviewed again next year, after the results of the first phase are known.";

    public static IEnumerable<object[]> Examples() => SpecExample.LoadAll().Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_decided_as_the_spec_says(SpecExample example)
    {
        CleanerPipeline pipeline = example.Kind == ResidueKind.Attribution
            ? new CleanerPipelineBuilder().Enable(ResidueKind.Attribution).Build()
            : CleanerPipeline.Default;
        string document = $"{Before}\n\n{example.Line}\n\n{After}\n";
        CleanResult result = pipeline.Clean(document);

        SegmentVerdict? removed = result.Removed.Cast<SegmentVerdict?>().FirstOrDefault(v => v!.Value.Segment.LineNumber == 3);
        if (example.Removes)
        {
            Assert.True(removed is not null, $"expected removal of: {example.Line}\n{result.Text}");
            Assert.Equal(example.Kind, removed!.Value.Kind);
            Assert.NotNull(removed.Value.RuleId);
        }
        else
        {
            Assert.True(removed is null, $"expected to keep: {example.Line} (removed by {removed?.RuleId})");
            Assert.Contains(example.Line.TrimEnd(), result.Text);
        }

        Assert.Contains(Before, result.Text);
        Assert.Contains(After, result.Text);
    }

    [Fact]
    public void Every_residue_kind_has_a_spec_with_both_sides()
    {
        List<SpecExample> examples = SpecExample.LoadAll().ToList();
        foreach (ResidueKind kind in ResidueKinds.All)
        {
            Assert.Contains(examples, e => e.Kind == kind && e.Removes);
            Assert.Contains(examples, e => e.Kind == kind && !e.Removes);
        }
    }

    public static IEnumerable<object[]> ContextExamples() => ContextSpecExample.LoadAll().Select(e => new object[] { e });

    [Theory]
    [MemberData(nameof(ContextExamples))]
    public void Context_example_is_decided_as_the_spec_says(ContextSpecExample example)
    {
        string document = string.Join('\n', example.Lines) + "\n";
        CleanResult result = CleanerPipeline.Default.Clean(document);
        HashSet<int> removedLines = result.Removed.Select(v => v.Segment.LineNumber).ToHashSet();
        for (int i = 0; i < example.Lines.Count; i++)
        {
            if (example.Lines[i].Length == 0)
            {
                continue;
            }

            Assert.True(example.Removed[i] == removedLines.Contains(i + 1),
                $"line {i + 1} should be {(example.Removed[i] ? "removed" : "kept")}: {example.Lines[i]}\n--- cleaned:\n{result.Text}");
        }

        // The context rules look at neighbours that the first pass removes: cleaning the output again must find nothing new.
        Assert.Equal(result.Text, CleanerPipeline.Default.Clean(result.Text).Text);
    }

    [Fact]
    public void Context_examples_are_found()
    {
        Assert.True(ContextSpecExample.LoadAll().Count() >= 4, "the specs' '## Context' parts should yield document examples");
    }
}
