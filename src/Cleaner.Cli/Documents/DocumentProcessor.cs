using System;
using System.IO;
using System.Text;
using Cleaner.Cli.Commands;
using Cleaner.Cli.Input;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Output;

namespace Cleaner.Cli.Documents;

/// <summary>
/// Reads, decodes, cleans, renders and (for file outputs) writes one document. Runs on worker threads; never throws
/// for a bad document, which comes back as an error in its <see cref="DocumentOutcome"/>.
/// </summary>
internal sealed class DocumentProcessor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly CleanOptions _options;
    private readonly DocumentCleanerSelector _selector;
    private readonly Stream _standardInput;
    private readonly bool _colourExplain;
    private readonly LimitGuard _guard;

    public DocumentProcessor(CleanOptions options, DocumentCleanerSelector selector, LimitGuard guard, Stream standardInput, bool colourExplain)
    {
        _options = options;
        _guard = guard;
        _selector = selector;
        _standardInput = standardInput;
        _colourExplain = colourExplain;
    }

    public DocumentOutcome Process(DocumentWork work)
    {
        try
        {
            return ProcessCore(work);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in cleaning must cost one document, reported, not the run.
            return Failed(work.Input.DisplayName, 0, $"internal error while cleaning: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private DocumentOutcome ProcessCore(DocumentWork work)
    {
        InputFile input = work.Input;
        string name = input.DisplayName;
        if (work.Problem is not null)
        {
            return Failed(name, 0, work.Problem);
        }

        IDocumentCleaner? cleaner = _selector.Select(input.Path, out string? skipReason);
        if (cleaner is null)
        {
            return Failed(name, 0, skipReason!);
        }

        long maxBytes = _guard.Limits.MaxFileBytes;
        byte[] bytes;
        try
        {
            if (!input.IsStandardInput && new FileInfo(input.Path).Length is var length && length > maxBytes)
            {
                // Refused before reading: a file this large certainly exceeds --max-document-length.
                return OverLimit(work, length, GuardedCleanerFileProblem(length), new PassThroughSource(null, input.Path, null));
            }

            bytes = input.IsStandardInput ? ReadAtMost(_standardInput, maxBytes + 1) : File.ReadAllBytes(input.Path);
            if (bytes.Length > maxBytes)
            {
                // Standard input has no size to check first: stop reading past the limit; the rest is copied only when passed through.
                return OverLimit(work, bytes.Length, GuardedCleanerFileProblem(bytes.Length, stream: true), new PassThroughSource(bytes, null, _standardInput));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(name, 0, $"cannot read: {ex.Message}");
        }

        string? text = InputDecoder.TryDecode(bytes, _options.Decode, out string? decodeError, out bool replaced);
        if (text is null)
        {
            return Failed(name, bytes.Length, decodeError!);
        }

        string? warning = bytes.Length == 0 ? "empty input; the output is empty too"
            : replaced ? "invalid UTF-8 bytes were replaced with U+FFFD (--lenient)"
            : null;
        if (_guard.TryClean(cleaner, text, out LimitProblem? problem) is not { } document)
        {
            return OverLimit(work, bytes.Length, problem!, new PassThroughSource(bytes, null, null));
        }

        (string source, CleanResult result) = document;
        bool renderLater = _colourExplain && work.Target is null;
        string? rendered = renderLater ? null : Render(input.Path, source, result);
        if (work.Target is null)
        {
            return new DocumentOutcome(name, bytes.Length, 0, result, renderLater ? source : null, rendered, null, warning);
        }

        byte[] output = Utf8.GetBytes(rendered!);
        try
        {
            AtomicFile.Write(work.Target, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(name, bytes.Length, $"cannot write {work.Target}: {ex.Message}");
        }

        return new DocumentOutcome(name, bytes.Length, output.Length, result, null, null, null, warning);
    }

    private string Render(string source, string text, CleanResult result)
    {
        if (_options.Format == OutputFormat.Json)
        {
            return DocumentReport.From(source, text, result).ToJson() + "\n";
        }

        return _options.Explain ? ExplainRenderer.RenderPlain(text, result) : result.Text;
    }

    private LimitProblem GuardedCleanerFileProblem(long bytes, bool stream = false) =>
        LimitGuard.FileTooLarge(bytes, _guard.Limits, stream);

    /// <summary>
    /// The outcome of a document stopped by a limit: with <c>--on-limit fail</c> nothing is written; with pass-through
    /// the input goes unchanged to its output file (an in-place input is left as it is) or, for standard output, to
    /// the consumer, which writes it in order.
    /// </summary>
    private DocumentOutcome OverLimit(DocumentWork work, long bytesIn, LimitProblem problem, PassThroughSource input)
    {
        string name = work.Input.DisplayName;
        var outcome = new DocumentOutcome(name, bytesIn, 0, null, null, null, null, null) { Limit = problem };
        if (_guard.Limits.OnLimit == LimitPolicy.Fail)
        {
            return outcome;
        }

        if (work.Target is null)
        {
            return outcome with { PassThrough = input };
        }

        if (!work.Input.IsStandardInput && string.Equals(Path.GetFullPath(work.Target), Path.GetFullPath(work.Input.Path), StringComparison.Ordinal))
        {
            return outcome; // In place: the input already is its unchanged output.
        }

        string? temporary = null;
        try
        {
            long written;
            using (FileStream output = AtomicFile.CreateTemporary(work.Target, out temporary))
            {
                written = input.CopyTo(output);
            }

            AtomicFile.Commit(temporary, work.Target);
            temporary = null;
            return outcome with { BytesOut = written };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(name, bytesIn, $"cannot write {work.Target}: {ex.Message}");
        }
        finally
        {
            if (temporary is not null)
            {
                AtomicFile.Discard(temporary);
            }
        }
    }

    private static DocumentOutcome Failed(string name, long bytesIn, string error) => new(name, bytesIn, 0, null, null, null, error, null);

    /// <summary>Reads <paramref name="stream"/> to its end or until <paramref name="limit"/> bytes, whichever comes first.</summary>
    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        while (buffer.Length < limit)
        {
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
