using System;
using System.IO;
using System.Text;
using Cleaner.Cli.Commands;
using Cleaner.Cli.Input;
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

    public DocumentProcessor(CleanOptions options, DocumentCleanerSelector selector, Stream standardInput, bool colourExplain)
    {
        _options = options;
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

        byte[] bytes;
        try
        {
            bytes = input.IsStandardInput ? ReadAll(_standardInput) : File.ReadAllBytes(input.Path);
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
        (string source, CleanResult result) = cleaner.Clean(text);
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

    private static DocumentOutcome Failed(string name, long bytesIn, string error) => new(name, bytesIn, 0, null, null, null, error, null);

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
