using System;

namespace Cleaner.Cli.Limits;

/// <summary>What to do with a document over a limit or past its timeout.</summary>
internal enum LimitPolicy
{
    /// <summary>Report it as failed (exit 1); the run goes on with the other documents.</summary>
    Fail,

    /// <summary>Write the input through unchanged, report it on standard error and count it as passed through.</summary>
    PassThrough,
}

/// <summary>The limits set with <c>--max-document-length</c>, <c>--max-line-count</c>, <c>--max-line-length</c>, <c>--on-limit</c> and <c>--timeout</c>.</summary>
internal sealed record LimitOptions
{
    /// <summary>The default <c>--timeout</c>: generous enough that no real article reaches it.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The longest document cleaned, in UTF-16 characters (also the largest HTML page).</summary>
    public int MaxDocumentLength { get; init; } = CleanerPipelineBuilder.DefaultMaxDocumentLength;

    /// <summary>The most lines a document may have.</summary>
    public int MaxLineCount { get; init; } = CleanerPipelineBuilder.DefaultMaxLineCount;

    /// <summary>The longest line classified; longer lines are kept unclassified (not a failure).</summary>
    public int MaxLineLength { get; init; } = CleanerPipelineBuilder.DefaultMaxLineLength;

    /// <summary>What happens to a document over a limit or past its timeout.</summary>
    public LimitPolicy OnLimit { get; init; }

    /// <summary>The time one document's cleaning may take, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// The largest file read into memory, in bytes: no encoding takes more than 4 bytes per UTF-16 character, so a
    /// larger file certainly has more than <see cref="MaxDocumentLength"/> characters and is refused unread.
    /// </summary>
    public long MaxFileBytes => 4L * MaxDocumentLength;
}
