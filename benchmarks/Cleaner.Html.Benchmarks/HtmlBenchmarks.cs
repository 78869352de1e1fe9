using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cleaner.Benchmarks.Common;
using SmartReader;

namespace Cleaner.Html.Benchmarks;

/// <summary>
/// The HTML path on saved pages: SmartReader alone (parse the page, extract the article, read its text content) against
/// <see cref="HtmlCleaner.Clean(string, System.Uri?)"/> (the same SmartReader call, then the container's blocks and
/// Cleaner's classifiers, or the whole page when SmartReader finds too little). MB/s is of the page's UTF-8 HTML.
/// </summary>
[MemoryDiagnoser]
[PagesPerSecond]
public class HtmlBenchmarks
{
    private static readonly System.Uri PageUri = new("https://example.invalid/article");

    [ParamsSource(nameof(Inputs))]
    public InputDocument Input { get; set; } = null!;

    public static IEnumerable<InputDocument> Inputs() => Pages.All();

    /// <summary>Checks once that both extractors really return an article, so the numbers time real work.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Article article = Parse(Input.Text);
        if (!article.Completed || !article.IsReadable || string.IsNullOrEmpty(article.TextContent))
        {
            throw new System.InvalidOperationException(
                $"SmartReader found no article in {Input.Name}: {string.Join("; ", article.Errors)}");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(Input.Text, PageUri);
        if (result.Text.Length == 0)
        {
            throw new System.InvalidOperationException($"HtmlCleaner kept nothing of {Input.Name}.");
        }

        System.Console.WriteLine($"// {Input.Name}: {Input.Utf8Bytes} bytes of HTML, SmartReader {article.TextContent.Length} " +
                                 $"characters, HtmlCleaner {result.Text.Length} characters ({result.Source}, {result.Removed.Count} blocks removed)");
    }

    /// <summary>SmartReader's article extraction, text content read out.</summary>
    [Benchmark(Baseline = true)]
    public int SmartReaderArticle()
    {
        Article article = Parse(Input.Text);
        return article.TextContent?.Length ?? 0;
    }

    /// <summary>
    /// SmartReader as HtmlCleaner calls it (classes kept, the container's HTML and length read, no text content): the
    /// part of <see cref="HtmlCleanerClean"/> that is SmartReader's, so the difference is the adapter's own cost.
    /// </summary>
    [Benchmark]
    public int SmartReaderContainer()
    {
        using var reader = new Reader(PageUri.AbsoluteUri, Input.Text) { KeepClasses = true };
        Article article = reader.GetArticle();
        return article.Content.Length + article.Length;
    }

    /// <summary>Cleaner's HTML adapter with its defaults: SmartReader, blocks, text and markup rules.</summary>
    [Benchmark]
    public int HtmlCleanerClean() => HtmlCleaner.Clean(Input.Text, PageUri).Text.Length;

    // Reader(uri, text) parses the given text; the static Reader.ParseArticle(string, string) would download the URI.
    private static Article Parse(string html)
    {
        using var reader = new Reader(PageUri.AbsoluteUri, html);
        return reader.GetArticle();
    }
}
