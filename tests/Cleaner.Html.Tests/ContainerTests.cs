using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cleaner.Html.Blocks;
using Cleaner.Html.Extraction;
using HtmlAgilityPack;

namespace Cleaner.Html.Tests;

/// <summary>The article container: SmartReader's choice, and the safeguards against a container that loses body.</summary>
public class ContainerTests
{
    private static readonly string[] Story =
    [
        "Horror stories about the taxi company have been common in recent months, but there is still much to learn from how it handled the crisis downtown last week.",
        "A number of experts have challenged the idea that the explosion of violence in the café was terrorism, since the attacker was unbalanced and acted alone.",
        "The company had an interesting, if predictable, response to the panic and the mayhem in the streets: it raised its prices, and by a lot.",
        "Despite the expression of shared concern, there is no sense of civic duty to be found in the statement that follows, only a transaction at market value.",
        "There was once a time when we might have read of hero cab drivers placing themselves in harm's way to rescue their fellow citizens from danger.",
        "Instead, we are told that the pricing surge was the company's expression of concern, and that the market should govern how people behave in a crisis.",
        "Where would this kind of practice leave poor or middle-income citizens in a time of crisis, if they cannot afford the price that the algorithm sets?",
        "One of the lessons of the week is this: the company's philosophy is that life belongs to the highest bidder, and that every service has its price.",
        "If nothing else, the experience should prove once and for all that there is no such thing as a sharing economy, only companies with fewer rules.",
        "A sharing economy, by definition, is lateral in structure, a peer-to-peer economy, while this company monitors and controls its drivers from the top.",
        "Its supporters defended the company on the grounds that its prices are set by an algorithm, but an algorithm is a cultural artifact like any other.",
        "Regulations were created because they serve a social purpose, ensuring the free and fair exchange of services between the people who buy and sell them.",
    ];

    /// <summary>A story whose second part sits in a wrapper a script reveals on scrolling (<c>class="… hideOnInit"</c>).</summary>
    private static string SplitStory(string wrapperClass)
    {
        var html = new StringBuilder("<html><head><title>The sharing economy is a lie</title></head><body>");
        html.Append("<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/tech\">Tech</a></nav></header>");
        html.Append("<div class=\"article\"><h1>The sharing economy is a lie</h1><div class=\"articleContent\">");
        foreach (string paragraph in Story.Take(4))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("<div class=\"").Append(wrapperClass).Append("\">");
        foreach (string paragraph in Story.Skip(4))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></div></div><footer><p>Copyright 2015 Example Media.</p></footer></body></html>");
        return html.ToString();
    }

    [Fact]
    public void A_class_that_only_contains_hid_does_not_cost_the_article_its_second_part()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(SplitStory("toggle-group target hideOnInit"));

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Story, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_container_that_lost_most_of_the_story_is_widened_to_the_element_that_holds_it()
    {
        // "scroll" is a negative class word for Readability too: SmartReader cleans the wrapper away with its text.
        HtmlCleanResult result = HtmlCleaner.Clean(SplitStory("scroll-reveal"));

        Assert.Equal(HtmlSource.WidenedArticle, result.Source);
        Assert.True(result.ArticleFound);
        Assert.All(Story, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Copyright", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teasers_one_paragraph_each_do_not_widen_the_container()
    {
        var html = new StringBuilder("<html><head><title>The sharing economy is a lie</title></head><body><div class=\"page\"><div class=\"story\"><h1>The sharing economy is a lie</h1><div class=\"body\">");
        foreach (string paragraph in Story)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></div><div class=\"more\"><h2>More stories</h2><ul>");
        for (int i = 0; i < 12; i++)
        {
            html.Append("<li><h3><a href=\"/s").Append(i).Append("\">Story number ").Append(i).Append("</a></h3><p>")
                .Append("Teaser ").Append(i).Append(": a summary of another story on the site, long enough to read like a sentence of prose.</p></li>");
        }

        html.Append("</ul></div></div></body></html>");
        HtmlCleanResult result = HtmlCleaner.Clean(html.ToString());

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Story, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Teaser", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_comments_named_as_such_do_not_widen_the_container()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithThread("comments", 4));

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Story, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("this opinion is wrong", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comments", 4)]
    [InlineData("thread", 2)]
    [InlineData("thread", 1)]
    public void A_container_holding_the_whole_story_is_kept_beside_a_long_thread(string threadClass, int paragraphsPerComment)
    {
        // Measured directly: the container is the story, the thread around it is three times as long.
        HtmlDocument page = Parse(StoryWithThread(threadClass, paragraphsPerComment));
        List<RawBlock> container = BlockExtractor.Extract(Find(page, "body"));

        Assert.Null(ContainerCoverage.FindWiderContainer(page.DocumentNode, container));
    }

    [Fact]
    public void A_container_holding_part_of_a_story_is_widened_to_the_story_not_the_page()
    {
        HtmlDocument page = Parse(SplitStory("scroll-reveal"));
        HtmlNode first = Find(page, "articleContent");
        var container = BlockExtractor.Extract(first).Where(b => b.Markup.Tag == "p").Take(4).ToList();

        Assert.Same(first, ContainerCoverage.FindWiderContainer(page.DocumentNode, container));
    }

    [Fact]
    public void A_container_holding_most_of_the_story_is_kept()
    {
        HtmlDocument page = Parse(SplitStory("scroll-reveal"));
        var container = BlockExtractor.Extract(Find(page, "articleContent"))
            .Where(b => b.Markup.Tag == "p").Take(7).ToList();

        Assert.Null(ContainerCoverage.FindWiderContainer(page.DocumentNode, container));
    }

    [Fact]
    public void A_small_container_beside_the_story_is_not_trusted_and_the_whole_page_is_classified()
    {
        // SmartReader kept a small box of prose (an author's note) and none of the story's paragraphs.
        HtmlDocument page = Parse(SplitStory("scroll-reveal").Replace("<div class=\"articleContent\">",
            "<div class=\"note\"><p>The author writes about cities and transport for the magazine, and has covered the taxi industry since its first strikes.</p></div><div class=\"articleContent\">", StringComparison.Ordinal));
        List<RawBlock> container = BlockExtractor.Extract(Find(page, "note"));

        ContainerCoverage.CoverageCheck check = ContainerCoverage.Check(page.DocumentNode, container);

        Assert.True(check.MissesStory);
        Assert.Null(check.Wider);
    }

    [Fact]
    public void A_container_of_prose_without_paragraph_elements_is_kept_beside_a_shorter_run_of_paragraphs()
    {
        // The story is set in line breaks (no p element counts as an article paragraph); the page's only run of
        // paragraphs is a short note under it. The container holds more text than the run: it is trusted.
        var html = new StringBuilder("<html><body><div class=\"story\">");
        foreach (string paragraph in Story)
        {
            html.Append(paragraph).Append("<br><br>");
        }

        html.Append("</div><div class=\"about\">");
        foreach (string paragraph in Story.Take(7))
        {
            html.Append("<p>").Append(paragraph.Replace("company", "magazine", StringComparison.Ordinal)).Append("</p>");
        }

        HtmlDocument page = Parse(html.Append("</div></body></html>").ToString());
        List<RawBlock> container = BlockExtractor.Extract(Find(page, "story"));

        Assert.False(ContainerCoverage.Check(page.DocumentNode, container).MissesStory);
    }

    private static string StoryWithThread(string threadClass, int paragraphsPerComment)
    {
        var html = new StringBuilder("<html><head><title>The sharing economy is a lie</title></head><body><div class=\"page\"><div class=\"story\"><h1>The sharing economy is a lie</h1><div class=\"body\">");
        foreach (string paragraph in Story)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></div><div class=\"").Append(threadClass).Append("\">");
        for (int i = 0; i < 60 / paragraphsPerComment; i++)
        {
            html.Append("<div class=\"entry\"><span>Reader ").Append(i).Append("</span>");
            for (int j = 0; j < paragraphsPerComment; j++)
            {
                html.Append("<p>Reader ").Append(i).Append(" writes that this opinion is wrong on many counts, and that the company does more good than harm for everyone.</p>");
            }

            html.Append("</div>");
        }

        html.Append("</div></div></body></html>");
        return html.ToString();
    }

    private static HtmlNode Find(HtmlDocument page, string className) =>
        page.DocumentNode.SelectSingleNode($"//div[@class='{className}']") ?? throw new InvalidOperationException(className);

    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    [Theory]
    [InlineData("It raised prices.", true)]
    [InlineData("Why would it?", true)]
    [InlineData("“We are all concerned.”", true)]
    [InlineData("(See the report.)", true)]
    [InlineData("To be continued…", true)]
    [InlineData("Read more about the company", false)]
    [InlineData("Let’s start by parsing that tweet:", false)]
    [InlineData("", false)]
    public void A_sentence_ends_with_a_full_stop_question_or_exclamation_mark_or_ellipsis(string text, bool ends) =>
        Assert.Equal(ends, ContainerCoverage.EndsSentence(text));

    [Theory]
    [InlineData("hid", true)]
    [InlineData("post hid", true)]
    [InlineData("hid post", true)]
    [InlineData("post hid box", true)]
    [InlineData("hidden", true)]
    [InlineData("sidebar", true)]
    [InlineData("toggle-group target hideOnInit", false)]
    [InlineData("hide-for-small", false)]
    [InlineData("chidori", false)]
    [InlineData("articleContent", false)]
    public void The_negative_class_pattern_reads_hid_as_a_whole_class_name(string classes, bool negative) =>
        Assert.Equal(negative, Regex.IsMatch(classes, ArticleLocator.NegativeClassPattern, RegexOptions.IgnoreCase));

    private const string Dek = "The company raised its prices during the crisis downtown, and that tells us what the sharing economy is.";

    /// <summary>A story whose standfirst sits in the article header, apart from the body SmartReader picks.</summary>
    private static string StoryWithStandfirst(string description, string standfirstPlace)
    {
        var html = new StringBuilder("<html><head><title>The sharing economy is a lie</title>");
        html.Append("<meta name=\"description\" content=\"").Append(description).Append("\"></head><body>");
        if (standfirstPlace == "header")
        {
            html.Append("<div class=\"story-header\"><h1>The sharing economy is a lie</h1><p class=\"dek\">").Append(Dek).Append("</p></div>");
        }

        html.Append("<div class=\"articleContent\">");
        foreach (string paragraph in Story)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div>");
        if (standfirstPlace == "footer")
        {
            html.Append("<footer><p>").Append(Dek).Append("</p></footer>");
        }
        else if (standfirstPlace == "share")
        {
            html.Append("<div class=\"share-box\"><p>").Append(Dek).Append("</p><a href=\"#fb\">Facebook</a></div>");
        }

        return html.Append("</body></html>").ToString();
    }

    [Theory]
    [InlineData(Dek)]
    [InlineData("The company raised its prices during the crisis downtown, and that tells us…")]
    public void The_standfirst_the_page_describes_itself_with_goes_first(string description)
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithStandfirst(description, "header"));

        Assert.StartsWith(Dek + "\n\n" + Story[0], result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Uber, Ayn Rand and the truth", "header")]
    [InlineData(Dek, "footer")]
    [InlineData(Dek, "share")]
    [InlineData(Dek, "none")]
    public void No_standfirst_from_a_short_description_a_footer_a_share_box_or_a_page_without_it(string description, string place)
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithStandfirst(description, place));

        Assert.StartsWith(Story[0], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standfirst_worded_as_the_social_description_goes_first()
    {
        // The description for search engines is worded otherwise; the one for social sites is the standfirst.
        string html = StoryWithStandfirst("A column on cab companies, prices in a crisis and what they say about the sharing economy.", "header")
            .Replace("</head>", "<meta property=\"og:description\" content=\"" + Dek + "\"></head>", StringComparison.Ordinal);

        HtmlCleanResult result = HtmlCleaner.Clean(html);

        Assert.StartsWith(Dek + "\n\n" + Story[0], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_that_is_the_first_paragraph_is_not_repeated()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithStandfirst(Story[0], "none"));

        Assert.StartsWith(Story[0] + "\n\n" + Story[1], result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text.IndexOf(Story[0], StringComparison.Ordinal), result.Text.LastIndexOf(Story[0], StringComparison.Ordinal));
    }
}
