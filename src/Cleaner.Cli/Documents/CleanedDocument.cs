namespace Cleaner.Cli.Documents;

/// <summary>A cleaned document: the result and the text its segment offsets refer to.</summary>
/// <param name="Source">
/// The text that was cleaned: the decoded input for plain text; for HTML, the article text extracted from the page.
/// Explain and JSON output show and index this text.
/// </param>
/// <param name="Result">The cleaning result.</param>
internal sealed record CleanedDocument(string Source, CleanResult Result);
