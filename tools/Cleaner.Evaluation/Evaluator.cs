using System;
using System.Collections.Generic;
using System.Linq;

namespace Cleaner.Evaluation;

/// <summary>One line's outcome: its label, and what the pipeline did with it.</summary>
internal sealed record LineOutcome(string Document, int Line, string Label, bool Removed, ResidueKind PredictedKind, string? Rule, string Text);

/// <summary>Runs a pipeline over labelled documents and collects per-line outcomes.</summary>
internal static class Evaluator
{
    public static List<LineOutcome> Run(IEnumerable<LabelledDocument> documents, CleanerPipeline pipeline)
    {
        var outcomes = new List<LineOutcome>();
        var verdicts = new List<SegmentVerdict>();
        foreach (LabelledDocument document in documents)
        {
            verdicts.Clear();
            pipeline.Classify(document.Text, verdicts);
            foreach (SegmentVerdict verdict in verdicts)
            {
                int line = verdict.Segment.LineNumber;
                string label = document.Labels[line];
                if (label == "-")
                {
                    continue; // White space the labeller's tool did not see as such (e.g. only zero-width spaces).
                }

                string text = document.Text.Substring(verdict.Segment.Start, verdict.Segment.Length).Trim();
                outcomes.Add(new LineOutcome(document.Name, line, label, verdict.IsRemoved, verdict.Kind, verdict.RuleId, text));
            }
        }

        return outcomes;
    }
}

/// <summary>The figures the evaluation reports for one part of the corpus.</summary>
internal sealed class Scores
{
    public required int BodyLines { get; init; }
    public required int BodyKept { get; init; }
    public required int ResidueLines { get; init; }
    public required int ResidueRemoved { get; init; }
    public required int Removed { get; init; }
    public required int RemovedResidue { get; init; }

    public double BodyRetention => Ratio(BodyKept, BodyLines);
    public double ResidueRecall => Ratio(ResidueRemoved, ResidueLines);
    public double RemovalPrecision => Ratio(RemovedResidue, Removed);

    /// <summary>Attribution is kept by default, so it counts neither as body to keep nor as residue to remove.</summary>
    public static bool IsScoredResidue(string label) => label is not ("body" or "attribution");

    public static Scores Of(IReadOnlyCollection<LineOutcome> outcomes) => new()
    {
        BodyLines = outcomes.Count(o => o.Label == "body"),
        BodyKept = outcomes.Count(o => o.Label == "body" && !o.Removed),
        ResidueLines = outcomes.Count(o => IsScoredResidue(o.Label)),
        ResidueRemoved = outcomes.Count(o => IsScoredResidue(o.Label) && o.Removed),
        Removed = outcomes.Count(o => o.Removed),
        RemovedResidue = outcomes.Count(o => o.Removed && o.Label != "body"),
    };

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
}
