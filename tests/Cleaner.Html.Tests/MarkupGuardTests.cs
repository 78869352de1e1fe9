using System;
using System.Linq;
using System.Text;

namespace Cleaner.Html.Tests;

/// <summary>Preformatted text, pages of links, and the guards where markup corrects what the text classifiers read.</summary>
public class MarkupGuardTests
{
    private static readonly HtmlCleanerOptions WholePage = HtmlCleanerOptions.Default with { UseArticleExtraction = false };

    /// <summary>An article of the handmade paragraphs with <paramref name="inner"/> after the second one.</summary>
    private static string Article(string inner)
    {
        var html = new StringBuilder("<html><head><title>Council approves bridge repairs</title></head><body><article><h1>Council approves bridge repairs</h1>");
        html.Append("<p>").Append(Pages.Paragraphs[0]).Append("</p><p>").Append(Pages.Paragraphs[1]).Append("</p>");
        html.Append(inner);
        foreach (string paragraph in Pages.Paragraphs.Skip(2))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        return html.Append("</article></body></html>").ToString();
    }

    [Fact]
    public void Pre_keeps_its_lines_and_indentation()
    {
        const string html = "<body><p>Run this:</p><pre>\nint Add(int x, int y)\n{\n    return x + y;   \n}\n\n// done\n</pre></body>";
        HtmlCleanResult result = HtmlCleaner.Clean(html, WholePage);

        HtmlBlock code = Assert.Single(result.Blocks, b => b.Tag == "pre");
        Assert.Equal("int Add(int x, int y)\n{\n    return x + y;\n}\n\n// done", code.Text);
        Assert.Equal(13, code.Words);
        Assert.Equal("Run this:\n\nint Add(int x, int y)\n{\n    return x + y;\n}\n\n// done\n", result.Text);
    }

    [Fact]
    public void Br_inside_pre_is_a_line_break_and_outside_a_block_boundary()
    {
        HtmlCleanResult result = HtmlCleaner.Clean("<body><pre>one<br>  two</pre><p>three<br>four</p></body>", WholePage);

        Assert.Equal(["one\n  two", "three", "four"], result.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Pre_blocks_stay_one_line_each_for_the_text_classifiers()
    {
        // Every block after the code is still decided on its own line (the code's line breaks do not shift them).
        string html = Article("<pre>a = 1\nb = 2\nc = 3</pre><p>Share on Facebook</p>");
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Contains("a = 1\nb = 2\nc = 3\n", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, b => b.Text == "Share on Facebook");
        Assert.Contains(Pages.Paragraphs[2], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_highlighting_classes_inside_code_are_not_hints()
    {
        string html = Article("<pre><code class=\"language-js\"><span class=\"comment\">// load-add.js</span>\nconst binary = read('add.wasm');</code></pre>");
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Contains("// load-add.js\nconst binary = read('add.wasm');", result.Text, StringComparison.Ordinal);
        Assert.All(result.Blocks, b => Assert.Equal(ClassHint.None, b.Markup.Hints));
    }

    [Fact]
    public void A_page_that_is_only_a_list_of_links_keeps_its_links()
    {
        const string html = "<html><body><ul>" +
                            "<li><a href=\"/a\">The city council budget report for 2024</a></li>" +
                            "<li><a href=\"/b\">Bridge repair schedule and detour maps</a></li>" +
                            "<li><a href=\"/c\">Minutes of the public meeting on the river</a></li>" +
                            "</ul></body></html>";
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Equal(HtmlSource.WholePage, result.Source);
        Assert.False(result.IsResidueOnly);
        Assert.Equal("The city council budget report for 2024\n\nBridge repair schedule and detour maps\n\n" +
                     "Minutes of the public meeting on the river\n", result.Text);
    }

    [Fact]
    public void Links_around_prose_on_a_whole_page_are_still_removed()
    {
        string html = "<html><body><div><a href=\"/a\">Mayor unveils plan for new riverside park</a></div><p>" +
                      Pages.Paragraphs[0] + "</p><div><a href=\"/b\">Bus routes to change in the new year</a></div></body></html>";
        HtmlCleanResult result = HtmlCleaner.Clean(html, WholePage);

        Assert.Equal(Pages.Paragraphs[0] + "\n", result.Text);
    }

    [Fact]
    public void A_page_of_menus_and_footers_only_is_empty_and_residue_only()
    {
        const string html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" +
                            "<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>";
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Equal(string.Empty, result.Text);
        Assert.True(result.IsResidueOnly);
        Assert.NotEmpty(result.Removed);
    }

    [Fact]
    public void A_heading_that_ends_with_a_closing_guillemet_is_not_a_link()
    {
        string html = Article("<h2>Les « boîtes noires »</h2>");
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Contains("Les « boîtes noires »\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_teaser_with_an_arrow_is_still_removed()
    {
        string html = Article("<p><a href=\"/more\">More on the bridge repairs »</a></p>");
        HtmlCleanResult result = HtmlCleaner.Clean(html, WholePage);

        Assert.DoesNotContain("More on the bridge repairs", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_of_a_list_of_body_items_stays_with_its_list()
    {
        string html = Article("<ul><li>No editor or position specific to the web</li>" +
                              "<li>Little exposure to the projects of professional newsrooms</li>" +
                              "<li>A news process that lacked consideration of the web</li>" +
                              "<li>Not enough discussion between the business side and web efforts</li></ul>");
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Contains("Not enough discussion between the business side and web efforts\n", result.Text, StringComparison.Ordinal);
    }
}
