using System;
using System.Linq;
using System.Text;
using Cleaner.Html.Extraction;

namespace Cleaner.Html.Tests;

/// <summary>
/// Structure SmartReader renames: an aside, nav, footer or header that Readability appends beside the story comes back
/// as a div, and the mark put into its opening tag keeps what it was.
/// </summary>
public class RenamedSiblingTests
{
    private static readonly string[] About =
    [
        "Our newsroom covers the city, the county and the river towns, with reporters in every district, and we publish new stories every morning, afternoon and evening, seven days a week.",
        "Readers can send tips, photos and corrections to the desk at any hour, and an editor will read every message, reply where we can, and follow up on anything that needs a closer look.",
    ];

    /// <summary>A story and, beside it, an aside with prose and a list of recent articles that Readability appends to the article.</summary>
    private static string StoryWithAside()
    {
        var html = new StringBuilder("<html><head><title>Council approves bridge repairs</title></head><body><div class=\"wrap\"><div class=\"col\"><h1>Council approves bridge repairs</h1>");
        foreach (string paragraph in Pages.Paragraphs.Take(5))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div><aside class=\"col\"><div><h3>About the newsroom</h3>");
        foreach (string paragraph in About)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div><h3>Recent articles</h3><dl><dt><a href=\"/a\">Mayor unveils plan for new riverside park</a></dt><dd>Monday, June 3</dd>");
        html.Append("<dt><a href=\"/b\">Bus routes to change in the new year</a></dt><dd>Sunday, June 2</dd></dl></aside></div></body></html>");
        return html.ToString();
    }

    [Fact]
    public void Marks_name_asides_navs_footers_headers_and_menus_in_their_opening_tags()
    {
        string marked = StructureMarks.Mark("<ASIDE class=\"x\"><p>a</p></ASIDE><nav>b</nav><footer/><header\n id=\"h\">c</header><menu>d</menu>");

        Assert.Equal("<ASIDE data-cleaner-tag=\"aside\" class=\"x\"><p>a</p></ASIDE><nav data-cleaner-tag=\"nav\">b</nav>" +
                     "<footer data-cleaner-tag=\"footer\"/><header data-cleaner-tag=\"header\"\n id=\"h\">c</header><menu data-cleaner-tag=\"menu\">d</menu>", marked);
    }

    [Fact]
    public void Marks_leave_scripts_styles_comments_and_other_names_alone()
    {
        const string html = "<script>var s = '<nav>';</script><style>aside { color: red }</style><!-- <footer> --><navigation>x</navigation><nav-bar>y</nav-bar><headers>z</headers><p>plain</p>";

        Assert.Same(html, StructureMarks.Mark(html));
    }

    [Fact]
    public void An_aside_that_SmartReader_renamed_to_a_div_is_still_an_aside()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithAside());

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.Contains(result.Removed, b => b.Text == "Recent articles" && b.Markup.Context.HasFlag(MarkupContext.Aside));
        Assert.Contains(result.Removed, b => b.Text == "Mayor unveils plan for new riverside park" && b.RuleId == "html.aside");
        Assert.Contains(result.Removed, b => b.Text == "Bus routes to change in the new year");

        // The story stays, and so does the aside's prose: an aside alone does not outweigh the guard for prose.
        foreach (string paragraph in Pages.Paragraphs.Take(5).Concat(About))
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_div_carrying_the_mark_reads_as_the_element_it_names()
    {
        var options = HtmlCleanerOptions.Default with { UseArticleExtraction = false };
        HtmlCleanResult result = HtmlCleaner.Clean(
            "<body><div data-cleaner-tag=\"nav\"><a href=\"/news\">News</a></div><div data-cleaner-tag=\"footer\"><p>Imprint</p></div><div><p>Plain</p></div></body>", options);

        Assert.Equal(MarkupContext.Navigation, result.Blocks.Single(b => b.Text == "News").Markup.Context);
        Assert.Equal(MarkupContext.Footer, result.Blocks.Single(b => b.Text == "Imprint").Markup.Context);
        Assert.Equal(MarkupContext.None, result.Blocks.Single(b => b.Text == "Plain").Markup.Context);
    }
}
