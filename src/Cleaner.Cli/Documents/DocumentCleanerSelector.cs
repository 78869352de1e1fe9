using System;
using System.IO;

namespace Cleaner.Cli.Documents;

/// <summary>
/// Picks the cleaner for a file from its extension: <c>.html</c> and <c>.htm</c> files are cleaned as HTML pages, every
/// other file as text, unless <c>--html</c> makes every input (standard input and JSONL fields included) a page.
/// </summary>
internal sealed class DocumentCleanerSelector
{
    private readonly IDocumentCleaner _text;
    private readonly IDocumentCleaner _html;
    private readonly bool _forceHtml;

    public DocumentCleanerSelector(IDocumentCleaner text, IDocumentCleaner html, bool forceHtml)
    {
        _text = text;
        _html = html;
        _forceHtml = forceHtml;
    }

    /// <summary>The cleaner for JSONL fields: HTML with <c>--html</c>, text otherwise.</summary>
    public IDocumentCleaner ForRecords => _forceHtml ? _html : _text;

    /// <summary>The cleaner for <paramref name="path"/>; <paramref name="skipReason"/> is always null (kept for callers that skip formats).</summary>
    public IDocumentCleaner? Select(string path, out string? skipReason)
    {
        skipReason = null;
        return _forceHtml || IsHtml(path) ? _html : _text;
    }

    /// <summary>Whether <paramref name="path"/> names an HTML file.</summary>
    public static bool IsHtml(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }
}
