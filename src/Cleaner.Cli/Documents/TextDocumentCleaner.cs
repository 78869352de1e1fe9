namespace Cleaner.Cli.Documents;

/// <summary>Cleans plain text with the run's pipeline; the output keeps the input's path.</summary>
internal sealed class TextDocumentCleaner : IDocumentCleaner
{
    private readonly CleanerPipeline _pipeline;

    public TextDocumentCleaner(CleanerPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public string Format => "text";

    public string MapOutputPath(string relativePath) => relativePath;

    public CleanedDocument Clean(string text) => new(text, _pipeline.Clean(text));
}
