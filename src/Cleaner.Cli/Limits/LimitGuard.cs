using System;
using System.Globalization;
using Cleaner.Cli.Documents;
using Cleaner.Html;

namespace Cleaner.Cli.Limits;

/// <summary>
/// Cleans a document within the run's limits: a document over a size limit (the library's
/// <see cref="DocumentTooLargeException"/>, or <see cref="HtmlCleanerException"/> for a page) or whose cleaning runs past
/// <c>--timeout</c> comes back as a <see cref="LimitProblem"/> naming the limit and the option that raises it.
/// Thread-safe: one guard serves every worker.
/// </summary>
internal sealed class LimitGuard
{
    private readonly LimitOptions _limits;
    private readonly Deadline _deadline;

    public LimitGuard(LimitOptions limits, int jobs)
    {
        _limits = limits;
        _deadline = new Deadline(limits.Timeout, jobs);
    }

    /// <summary>The limits enforced.</summary>
    public LimitOptions Limits => _limits;

    /// <summary>Cleans <paramref name="text"/> with <paramref name="cleaner"/>; returns <see langword="null"/> and a problem when a limit stopped it.</summary>
    public CleanedDocument? TryClean(IDocumentCleaner cleaner, string text, out LimitProblem? problem)
    {
        problem = null;
        if (text.Length > _limits.MaxDocumentLength)
        {
            problem = TooLong(text.Length, _limits.MaxDocumentLength);
            return null;
        }

        try
        {
            if (_deadline.TryRun(() => cleaner.Clean(text), text.Length, out CleanedDocument? document))
            {
                return document;
            }

            problem = new LimitProblem(string.Create(CultureInfo.InvariantCulture,
                $"cleaning took longer than the timeout of {_limits.Timeout!.Value.TotalSeconds:0.######} s; raise it with --timeout SECONDS"), TimedOut: true);
            return null;
        }
        catch (DocumentTooLargeException ex)
        {
            problem = ex.Limit == CleanerLimit.LineCount
                ? new LimitProblem(string.Create(CultureInfo.InvariantCulture,
                    $"the document has {ex.Actual:N0} lines, more than --max-line-count {ex.Maximum:N0}; raise it with --max-line-count N"), TimedOut: false)
                : TooLong(ex.Actual, ex.Maximum);
            return null;
        }
        catch (HtmlCleanerException ex)
        {
            problem = new LimitProblem($"{ex.Message.TrimEnd('.')}; raise the limit with --max-document-length N", TimedOut: false);
            return null;
        }
    }

    /// <summary>The problem of a file too large to read: more than 4 bytes per allowed character.</summary>
    /// <param name="bytes">The file's size, or for a stream the bytes read before giving up.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="stream">Whether the input is a stream (standard input), read only up to the limit.</param>
    public static LimitProblem FileTooLarge(long bytes, LimitOptions limits, bool stream = false) => new(string.Create(CultureInfo.InvariantCulture,
        $"the {(stream ? "input is more than" : "file is")} {(stream ? bytes - 1 : bytes):N0} bytes, more than 4 bytes per character of --max-document-length {limits.MaxDocumentLength:N0} allows; not read whole; raise it with --max-document-length N"),
        TimedOut: false);

    private static LimitProblem TooLong(long actual, long maximum) => new(string.Create(CultureInfo.InvariantCulture,
        $"the document is {actual:N0} characters long, more than --max-document-length {maximum:N0}; raise it with --max-document-length N"), TimedOut: false);
}
