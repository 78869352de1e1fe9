using System;
using System.IO;

namespace Cleaner.Cli.Documents;

/// <summary>
/// Picks the cleaner for a file from its extension. <c>.html</c> and <c>.htm</c> files need an HTML cleaner; until the
/// Cleaner.Html package provides one (pass it as <c>html</c>), they are skipped with a message and count as failed,
/// so nothing is silently treated as text.
/// </summary>
internal sealed class DocumentCleanerSelector
{
    private readonly IDocumentCleaner _text;
    private readonly IDocumentCleaner? _html;

    public DocumentCleanerSelector(IDocumentCleaner text, IDocumentCleaner? html)
    {
        _text = text;
        _html = html;
    }

    /// <summary>The cleaner for <paramref name="path"/>, or <see langword="null"/> with the reason it is skipped.</summary>
    public IDocumentCleaner? Select(string path, out string? skipReason)
    {
        skipReason = null;
        if (!IsHtml(path))
        {
            return _text;
        }

        if (_html is null)
        {
            skipReason = "HTML input is not supported yet (it arrives with the Cleaner.Html package); skipped. "
                + "Use --exclude '**/*.htm*' to leave HTML files out, or pipe the page's text through stdin";
        }

        return _html;
    }

    /// <summary>Whether <paramref name="path"/> names an HTML file.</summary>
    public static bool IsHtml(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }
}
