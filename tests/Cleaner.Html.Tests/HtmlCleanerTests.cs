using System;
using System.IO;
using System.Linq;
using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Html.Tests;

public class HtmlCleanerTests
{
    private static readonly HtmlCleanerOptions WholePage = HtmlCleanerOptions.Default with { UseArticleExtraction = false };

    [Fact]
    public void Article_keeps_body_paragraphs_and_headings()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), new Uri("https://example.com/news/bridge"));

        Assert.True(result.ArticleFound);
        Assert.Equal(HtmlSource.Article, result.Source);
        foreach (string paragraph in Pages.Paragraphs)
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }

        Assert.Contains(Pages.Heading, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_has_a_blank_line_between_blocks()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage());

        Assert.Contains(Pages.Paragraphs[1] + "\n\n" + Pages.Paragraphs[2] + "\n", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Caption_share_bar_related_list_and_menu_are_removed(bool useArticle)
    {
        var options = HtmlCleanerOptions.Default with { UseArticleExtraction = useArticle };
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), options);

        Assert.DoesNotContain(Pages.Caption, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages.Share, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages.Related, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", result.Text, StringComparison.Ordinal);
        Assert.Contains(Pages.Paragraphs[3], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_blocks_carry_tag_kind_rule_and_evidence()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), WholePage);

        Assert.Equal(HtmlSource.WholePage, result.Source);
        HtmlBlock caption = Assert.Single(result.Removed, b => b.Text == Pages.Caption);
        Assert.Equal("figcaption", caption.Tag);
        Assert.Equal(ResidueKind.Caption, caption.Kind);
        Assert.True(caption.Evidence.HasFlag(BlockEvidence.Markup));
        Assert.NotNull(caption.RuleId);
        Assert.NotNull(caption.Reason);
        Assert.True((caption.Markup.Context & MarkupContext.FigureCaption) != 0);

        HtmlBlock share = Assert.Single(result.Removed, b => b.Text.Contains(Pages.Share, StringComparison.Ordinal));
        Assert.Equal(ResidueKind.Social, share.Kind);
        Assert.True(share.Markup.LinkDensity > 0.9f);

        HtmlBlock related = Assert.Single(result.Removed, b => b.Text == Pages.Related);
        Assert.Equal("li", related.Tag);
        Assert.Equal(ResidueKind.RelatedLinks, related.Kind);
        Assert.True((related.Markup.Context & MarkupContext.Aside) != 0);
        Assert.True((related.Markup.Hints & ClassHint.Related) != 0);

        Assert.Contains(result.Removed, b => b.Kind == ResidueKind.Navigation && b.Text == "Sport");
        Assert.Contains(result.Removed, b => b.Kind == ResidueKind.Footer);
        Assert.All(result.Kept, b => Assert.False(b.IsRemoved));
        Assert.Equal(result.Blocks.Count, result.Kept.Count + result.Removed.Count);
        Assert.Equal("Council approves bridge repairs", result.Title);
    }

    [Fact]
    public void Whole_page_keeps_body_paragraphs_and_headings()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), WholePage);

        foreach (string paragraph in Pages.Paragraphs)
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }

        Assert.Contains(Pages.Heading, result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Kept, b => b.Tag == "h2");
    }

    [Fact]
    public void Disabling_a_kind_in_the_pipeline_keeps_it_as_a_label()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().Disable(ResidueKind.Caption).Build();
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), HtmlCleanerOptions.Default with { Pipeline = pipeline, UseArticleExtraction = false });

        Assert.Contains(Pages.Caption, result.Text, StringComparison.Ordinal);
        HtmlBlock caption = Assert.Single(result.Kept, b => b.Text == Pages.Caption);
        Assert.Equal(ResidueKind.Caption, caption.Kind);
    }

    [Fact]
    public void Pipeline_overload_uses_the_pipeline()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().Disable(ResidueKind.Caption).Build();
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), pipeline);

        Assert.DoesNotContain(result.Removed, b => b.Kind == ResidueKind.Caption);
    }

    [Fact]
    public void Short_page_without_an_article_falls_back_to_the_whole_page()
    {
        const string html = "<html><body><p>A short note that SmartReader will not call an article.</p><div class=\"share\"><a href=\"#\">Share</a></div></body></html>";
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.Equal(HtmlSource.WholePage, result.Source);
        Assert.Contains("A short note", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsed_document_overload_gives_the_same_text()
    {
        var document = new HtmlDocument();
        document.LoadHtml(Pages.NewsPage());

        HtmlCleanResult fromDocument = HtmlCleaner.Clean(document);
        HtmlCleanResult fromString = HtmlCleaner.Clean(Pages.NewsPage());

        Assert.Equal(fromString.Text, fromDocument.Text);
    }

    [Fact]
    public void Stream_and_bytes_overloads_decode_and_clean()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Pages.NewsPage());
        using var stream = new MemoryStream(bytes);

        Assert.Equal(HtmlCleaner.Clean(Pages.NewsPage()).Text, HtmlCleaner.Clean(stream).Text);
        Assert.Equal(HtmlCleaner.Clean(Pages.NewsPage()).Text, HtmlCleaner.Clean(bytes).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<>>>")]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic <div>in a div<p>next</td></tr></table>")]
    [InlineData("<p>one<p>two<li>three</ul></ol></div></div></div>")]
    [InlineData("<div class=\"a\" id='b' data-x=\"<p>\">quoted > bracket</div><!-- <div> --><script>if (a < b) { document.write('<div>'); }</script>")]
    [InlineData("just text, no markup at all")]
    [InlineData("<html><head><title>t</title></head></html>")]
    public void Malformed_html_does_not_throw(string html)
    {
        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.NotNull(result.Text);
        Assert.DoesNotContain("document.write", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_styles_and_hidden_elements_are_not_text()
    {
        const string html = "<body><style>p { color: red }</style><script>var secret = 1;</script><p hidden>Hidden text</p>" +
                            "<p style=\"display: none\">Also hidden</p><p>Visible text here.</p><noscript>Enable JavaScript</noscript></body>";
        HtmlCleanResult result = HtmlCleaner.Clean(html, WholePage);

        Assert.Equal("Visible text here.\n", result.Text);
    }

    [Fact]
    public void Entities_are_decoded_and_white_space_collapsed()
    {
        HtmlCleanResult result = HtmlCleaner.Clean("<body><p>Fish &amp; chips\n\n   cost &pound;5&nbsp;today.</p></body>", WholePage);

        Assert.Equal("Fish & chips cost £5 today.\n", result.Text);
    }

    [Fact]
    public void Too_large_page_throws_a_clear_exception()
    {
        var options = HtmlCleanerOptions.Default with { MaxInputLength = 1000 };
        string html = "<p>" + new string('a', 2000) + "</p>";

        HtmlCleanerException error = Assert.Throws<HtmlCleanerException>(() => HtmlCleaner.Clean(html, options));
        Assert.Contains("MaxInputLength", error.Message, StringComparison.Ordinal);
        Assert.Throws<HtmlCleanerException>(() => HtmlCleaner.Clean(Encoding.UTF8.GetBytes(html + html + html), options));
    }

    [Fact]
    public void Large_page_is_cleaned()
    {
        var html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 20_000; i++)
        {
            html.Append("<p>").Append(Pages.Paragraphs[i % Pages.Paragraphs.Length]).Append("</p>");
        }

        html.Append("</article></body></html>");
        HtmlCleanResult result = HtmlCleaner.Clean(html.ToString());

        Assert.True(html.Length > 3_000_000);
        Assert.True(result.Kept.Count >= 19_000);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlCleaner.Clean((string)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlCleaner.Clean((HtmlDocument)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlCleaner.Clean((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => HtmlCleaner.Clean((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlCleaner.Clean("<p>x</p>", (CleanerPipeline)null!));
    }

    [Fact]
    public void Counts_removed_blocks_by_kind()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Pages.NewsPage(), WholePage);

        Assert.Equal(result.Removed.Count(b => b.Kind == ResidueKind.Caption), result.CountRemoved(ResidueKind.Caption));
        Assert.True(result.CountRemoved(ResidueKind.Caption) >= 1);
    }
}
