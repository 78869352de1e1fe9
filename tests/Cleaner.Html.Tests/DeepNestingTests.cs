using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Cleaner.Html.Guards;
using HtmlAgilityPack;

namespace Cleaner.Html.Tests;

public class DeepNestingTests
{
    private const string Sentence = "This sentence sits at the bottom of a very deep tree of elements and must survive the guard.";

    private static string Nested(int depth, string tag = "div")
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        html.Append("<p>").Append(Sentence).Append("</p>");
        for (int i = 0; i < depth; i++)
        {
            html.Append("</").Append(tag).Append('>');
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, so recursion over depth would overflow.</summary>
    private static void OnSmallStack(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, 512 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw new InvalidOperationException("Cleaning failed on the small-stack thread.", error);
        }
    }

    [Fact]
    public void Hundred_thousand_nested_divs_are_flattened_and_cleaned_quickly()
    {
        string html = Nested(100_000);
        HtmlCleanResult? result = null;
        var watch = Stopwatch.StartNew();
        OnSmallStack(() => result = HtmlCleaner.Clean(html));
        watch.Stop();

        Assert.NotNull(result);
        Assert.True(result.WasFlattened);
        Assert.Contains(Sentence, result.Text, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void Deep_unclosed_tags_are_flattened_too()
    {
        var html = new StringBuilder("<body>");
        for (int i = 0; i < 50_000; i++)
        {
            html.Append("<span><b>");
        }

        html.Append(Sentence);
        HtmlCleanResult? result = null;
        OnSmallStack(() => result = HtmlCleaner.Clean(html.ToString()));

        Assert.NotNull(result);
        Assert.Contains(Sentence, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_parsed_document_is_walked_without_recursion()
    {
        var document = new HtmlDocument();
        document.LoadHtml("<html><body></body></html>");
        HtmlNode parent = document.DocumentNode.SelectSingleNode("//body")!;

        // HtmlAgilityPack's own AppendChild is quadratic in depth, so the test builds 8,000 levels, not 100,000:
        // far past the guard's limit, which is what matters.
        for (int i = 0; i < 8_000; i++)
        {
            HtmlNode div = document.CreateElement("div");
            parent.AppendChild(div);
            parent = div;
        }

        HtmlNode p = document.CreateElement("p");
        p.AppendChild(document.CreateTextNode(Sentence));
        parent.AppendChild(p);

        HtmlCleanResult? result = null;
        OnSmallStack(() => result = HtmlCleaner.Clean(document));

        Assert.NotNull(result);
        Assert.Equal(HtmlSource.WholePage, result.Source);
        Assert.Contains(Sentence, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shallow_pages_are_left_unchanged()
    {
        string html = Nested(50);
        GuardedHtml guarded = NestingGuard.Flatten(html, 256);

        Assert.False(guarded.Flattened);
        Assert.Same(html, guarded.Html);
        Assert.Equal(50, guarded.Depth); // html, body and p have optional end tags and are not counted
    }

    [Fact]
    public void Flattening_drops_only_tags_beyond_the_limit()
    {
        GuardedHtml guarded = NestingGuard.Flatten(Nested(40), 20);

        Assert.True(guarded.Flattened);
        var document = new HtmlDocument();
        document.LoadHtml(guarded.Html);
        Assert.InRange(NestingGuard.Depth(document.DocumentNode), 20, 24);
        Assert.Contains(Sentence, guarded.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>for (;;) { s += '<div><div><div>'; }</script><div>x</div>", 1)]
    [InlineData("<!-- <div><div><div> --><div>x</div>", 1)]
    [InlineData("<div title=\"a > b <div>\"><div>x</div></div>", 2)]
    [InlineData("<ul><li>a<li>b<li>c</ul>", 1)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1)]
    [InlineData("<svg><path/><path/></svg>", 1)]
    public void Depth_scan_understands_raw_text_comments_quotes_and_void_elements(string html, int depth)
    {
        Assert.Equal(depth, NestingGuard.Flatten(html, 256).Depth);
    }
}
