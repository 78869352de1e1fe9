using System;
using System.Globalization;

namespace Cleaner;

/// <summary>
/// Thrown when a document exceeds a limit of a pipeline built with <see cref="LimitBehavior.Throw"/> (the default).
/// It derives from <see cref="ArgumentException"/> because the document, an argument, is what is wrong: code that
/// already handles bad arguments handles it too, and <see cref="ArgumentException.ParamName"/> is <c>text</c>.
/// </summary>
/// <remarks>
/// Raise the limit with <see cref="CleanerPipelineBuilder.UseMaxDocumentLength"/> or
/// <see cref="CleanerPipelineBuilder.UseMaxLineCount"/>, split the document, or build the pipeline with
/// <see cref="LimitBehavior.PassThrough"/> to get such documents back unchanged and flagged instead.
/// </remarks>
public sealed class DocumentTooLargeException : ArgumentException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public DocumentTooLargeException()
        : base("The document exceeds a limit of the cleaning pipeline.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public DocumentTooLargeException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and an inner exception.</summary>
    public DocumentTooLargeException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing which <paramref name="limit"/> was exceeded and by how much.</summary>
    /// <param name="limit">The limit exceeded.</param>
    /// <param name="actual">The document's size in the limit's unit (characters or lines).</param>
    /// <param name="maximum">The limit's value.</param>
    /// <param name="paramName">The name of the argument holding the document.</param>
    public DocumentTooLargeException(CleanerLimit limit, long actual, long maximum, string? paramName = "text")
        : base(Describe(limit, actual, maximum), paramName)
    {
        Limit = limit;
        Actual = actual;
        Maximum = maximum;
    }

    /// <summary>The limit exceeded.</summary>
    public CleanerLimit Limit { get; }

    /// <summary>The document's size, in characters for <see cref="CleanerLimit.DocumentLength"/>, in lines for <see cref="CleanerLimit.LineCount"/>.</summary>
    public long Actual { get; }

    /// <summary>The limit's value, in the same unit as <see cref="Actual"/>.</summary>
    public long Maximum { get; }

    private static string Describe(CleanerLimit limit, long actual, long maximum) => limit switch
    {
        CleanerLimit.LineCount => string.Create(CultureInfo.InvariantCulture,
            $"The document has {actual:N0} lines, more than the pipeline's limit of {maximum:N0} (CleanerPipelineBuilder.UseMaxLineCount). Raise the limit, split the document, or build the pipeline with LimitBehavior.PassThrough to get it back unchanged."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"The document is {actual:N0} characters long, more than the pipeline's limit of {maximum:N0} (CleanerPipelineBuilder.UseMaxDocumentLength). Raise the limit, split the document, or build the pipeline with LimitBehavior.PassThrough to get it back unchanged."),
    };
}
