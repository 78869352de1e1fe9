namespace Cleaner.Cli.Documents;

/// <summary>What became of one input document.</summary>
/// <param name="Name">The input's name in messages.</param>
/// <param name="BytesIn">Bytes read.</param>
/// <param name="BytesOut">Bytes written (to a file; standard output is counted when written).</param>
/// <param name="Result">The cleaning result, or <see langword="null"/> when the document failed.</param>
/// <param name="Source">The decoded input, kept only when standard output renders it (colour explain).</param>
/// <param name="Rendered">The text for standard output, or <see langword="null"/> when written to a file or failed.</param>
/// <param name="Error">Why the document failed, or <see langword="null"/>.</param>
/// <param name="Warning">A remark about a document that did not fail (empty, invalid bytes replaced), or <see langword="null"/>.</param>
internal sealed record DocumentOutcome(
    string Name, long BytesIn, long BytesOut, CleanResult? Result, string? Source, string? Rendered, string? Error, string? Warning);
