namespace Cleaner;

/// <summary>How a document was handled.</summary>
public enum CleanStatus : byte
{
    /// <summary>The document was analysed and cleaned (possibly with nothing removed).</summary>
    Cleaned = 0,

    /// <summary>
    /// The document exceeded a limit of a pipeline built with <see cref="LimitBehavior.PassThrough"/>: the output is
    /// the input, unchanged and unanalysed.
    /// </summary>
    PassedThrough,
}
