using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Cleaner.Benchmarks.Common;
using SmartReader;

namespace Cleaner.Html.Benchmarks;

/// <summary>
/// SmartReader alone on saved pages: parse the HTML and extract the article (its text content), the part of the HTML
/// path that Cleaner does not do itself. MB/s is of the page's UTF-8 HTML.
/// </summary>
[MemoryDiagnoser]
public class SmartReaderBenchmarks
{
    private const string Uri = "https://example.invalid/article";

    [ParamsSource(nameof(Inputs))]
    public InputDocument Input { get; set; } = null!;

    public static IEnumerable<InputDocument> Inputs() => Pages.All();

    /// <summary>Checks once that SmartReader really extracts an article from the page, so the numbers time real work.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Article article = Parse(Input.Text);
        if (!article.Completed || !article.IsReadable || string.IsNullOrEmpty(article.TextContent))
        {
            throw new System.InvalidOperationException(
                $"SmartReader found no article in {Input.Name}: {string.Join("; ", article.Errors)}");
        }

        System.Console.WriteLine($"// {Input.Name}: {Input.Utf8Bytes} bytes of HTML, {article.TextContent.Length} characters of article text");
    }

    /// <summary>SmartReader's article extraction, text content read out.</summary>
    [Benchmark]
    public int SmartReaderArticle()
    {
        Article article = Parse(Input.Text);
        return article.TextContent?.Length ?? 0;
    }

    // Reader(uri, text) parses the given text; the static Reader.ParseArticle(string, string) would download the URI.
    private static Article Parse(string html)
    {
        using var reader = new Reader(Uri, html);
        return reader.GetArticle();
    }
}
