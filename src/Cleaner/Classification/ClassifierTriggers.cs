namespace Cleaner;

/// <summary>
/// When a classifier wants to be asked: a line is passed to it when it is at most <see cref="MaxLength"/> characters
/// long, or when it carries any of <see cref="Marks"/>. Checked by the pipeline with two comparisons per line.
/// </summary>
/// <param name="MaxLength">Lines up to this length (trimmed) are always passed.</param>
/// <param name="Marks">Longer lines are passed when they carry any of these marks.</param>
public readonly record struct ClassifierTriggers(int MaxLength, LineMarks Marks = LineMarks.None)
{
    /// <summary>Every non-blank line.</summary>
    public static ClassifierTriggers Always => new(int.MaxValue);

    /// <summary>Longer lines are also passed when they have a word of these built-in vocabularies.</summary>
    internal Features.WordClass Words { get; init; }

    /// <summary>
    /// A built-in classifier's gate (see <see cref="Classification.LineGate"/>): when declared, a line its other triggers
    /// accept is passed only when one of the classifier's phrase sets may match it or the line has one of the gate's
    /// features. The default (undeclared) gate passes every line.
    /// </summary>
    internal Classification.LineGate Gate { get; init; }

    /// <summary>The length, mark and word tests of these triggers, without the gate: what the pipeline keeps per document.</summary>
    internal Classification.TriggerTest Test => new(MaxLength, Marks, Words);

    /// <summary>Whether a line with these features passes.</summary>
    public bool Accepts(in LineFeatures features) =>
        features.Length <= MaxLength || (features.Marks & Marks) != 0 || (features.Classes & Words) != 0;
}
