using Cleaner.Features;

namespace Cleaner.Classification;

/// <summary>
/// The tests of <see cref="ClassifierTriggers.Accepts"/> without the gate, in an unmanaged struct the pipeline keeps on
/// the stack for each classifier (the gate, with its strings, is folded into <see cref="ClassifierGates"/> instead).
/// </summary>
internal readonly struct TriggerTest(int maxLength, LineMarks marks, WordClass words)
{
    private readonly int _maxLength = maxLength;
    private readonly LineMarks _marks = marks;
    private readonly WordClass _words = words;

    /// <summary>As <see cref="ClassifierTriggers.Accepts"/>.</summary>
    public bool Accepts(in LineFeatures features) =>
        features.Length <= _maxLength || (features.Marks & _marks) != 0 || (features.Classes & _words) != 0;
}
