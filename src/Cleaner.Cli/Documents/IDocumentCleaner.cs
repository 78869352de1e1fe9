namespace Cleaner.Cli.Documents;

/// <summary>
/// Cleans one decoded document of some format. The seam through which formats plug in: plain text now, HTML when
/// the Cleaner.Html package lands (an HTML cleaner extracts the article, then cleans it like text).
/// </summary>
internal interface IDocumentCleaner
{
    /// <summary>The format's name, for messages ("text", "html").</summary>
    string Format { get; }

    /// <summary>The output path for a document at <paramref name="relativePath"/> ("page.html" becomes "page.txt").</summary>
    string MapOutputPath(string relativePath);

    /// <summary>
    /// Cleans <paramref name="text"/>, the decoded input. Thread-safe: one cleaner serves every worker. The result's
    /// <see cref="CleanedDocument.Source"/> is the text its segments index (for HTML, the extracted article text).
    /// </summary>
    CleanedDocument Clean(string text);
}
