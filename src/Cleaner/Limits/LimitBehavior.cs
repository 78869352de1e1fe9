namespace Cleaner;

/// <summary>What a pipeline does with a document over one of its limits (see <see cref="CleanerLimit"/>).</summary>
public enum LimitBehavior : byte
{
    /// <summary>
    /// The default: throw a <see cref="DocumentTooLargeException"/> naming the limit, the document's size and the
    /// builder method that raises the limit. Nothing is cleaned.
    /// </summary>
    Throw = 0,

    /// <summary>
    /// Return the document unchanged, flagged: <see cref="CleanResult.Status"/> (or <see cref="CleanSummary.Status"/>)
    /// is <see cref="CleanStatus.PassedThrough"/> and <see cref="CleanResult.ExceededLimit"/> names the limit. The
    /// text is copied exactly as given (no trailing white space trimmed, line endings untouched); nothing is classified.
    /// </summary>
    PassThrough,
}
