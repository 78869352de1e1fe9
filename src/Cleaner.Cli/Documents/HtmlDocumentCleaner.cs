using System.IO;
using Cleaner.Html;

namespace Cleaner.Cli.Documents;

/// <summary>
/// Cleans saved HTML pages with <see cref="HtmlCleaner"/>: the output is the article text, and explain and JSON output
/// show every block of the page on a line of its own with its verdict. <c>page.html</c> is written as <c>page.txt</c>.
/// </summary>
internal sealed class HtmlDocumentCleaner : IDocumentCleaner
{
    private readonly HtmlCleanerOptions _options;

    public HtmlDocumentCleaner(CleanerPipeline pipeline, int maxInputLength)
    {
        _options = HtmlCleanerOptions.Default with { Pipeline = pipeline, MaxInputLength = maxInputLength };
    }

    public string Format => "html";

    public string MapOutputPath(string relativePath) => Path.ChangeExtension(relativePath, ".txt");

    public CleanedDocument Clean(string text)
    {
        CleanResult result = HtmlCleaner.Clean(text, _options).ToCleanResult(out string source);
        return new CleanedDocument(source, result);
    }
}
