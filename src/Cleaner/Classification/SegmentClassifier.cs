using System.Diagnostics.CodeAnalysis;

namespace Cleaner;

/// <summary>
/// Recognises one family of residue in single lines. Subclass it to add a family; register it with
/// <see cref="CleanerPipelineBuilder.Classifiers"/>. An abstract class rather than an interface so that members can be
/// added later with defaults without breaking subclasses.
/// </summary>
/// <remarks>
/// Classifiers are shared by every thread using a pipeline, so they must be immutable. <see cref="Classify"/> is on
/// the hot path: it must not allocate. The pipeline only calls it for lines that pass <see cref="Triggers"/>, so a
/// classifier that declares narrow triggers costs nothing on lines that cannot interest it.
/// </remarks>
// Fields are kept for reflection: the pipeline reads a built-in classifier's phrase sets to derive its gate (see
// Classification.ClassifierGates.PhraseSetsOf).
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)]
public abstract class SegmentClassifier
{
    /// <summary>A short stable name ("comments"), used in options and diagnostics.</summary>
    public abstract string Name { get; }

    /// <summary>The residue kind this classifier reports; the pipeline skips it when that kind is switched off.</summary>
    public abstract ResidueKind Kind { get; }

    /// <summary>Which lines the classifier wants to see. The default asks for every non-blank line.</summary>
    public virtual ClassifierTriggers Triggers => ClassifierTriggers.Always;

    /// <summary>Classifies one non-blank line; returns <see cref="Verdict.None"/> when the line is not of this family.</summary>
    public abstract Verdict Classify(in SegmentContext context);
}
