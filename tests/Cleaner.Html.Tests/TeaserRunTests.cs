using System;
using System.Linq;
using System.Text;

namespace Cleaner.Html.Tests;

/// <summary>Runs of teasers for other stories (linked headline, excerpt, "read more") inside the article container.</summary>
public class TeaserRunTests
{
    private static readonly (string Headline, string Excerpt)[] Teasers =
    [
        ("Choir sings with two rock legends at spring festival", "The good folks at the choir are still doing their thing, and now they have invited two famous musicians to play along at a spring festival in the city, where a crowd of thousands sang with them for an hour, and the recording of that evening has now been released for everyone who could not be there […]"),
        ("A graphic novel about identity, talent and loyalty", "The author is several kinds of excellent comics person, from her debut graphic novel about a young woman looking for a purpose to her award-winning fairy tale about a prince and a dressmaker, and her new book for young readers is a complex and heartfelt story about growing up […]"),
        ("Podcast follows the families that rule the country", "The latest podcast from the network delves into the scandals, backroom deals and secret string-pulling of a few great families, where wealth and political power have been gathered into very few hands, all of them clinging tight to that power while the rest of the country looks on."),
    ];

    /// <summary>
    /// The story, then cards for other stories (linked headline, linked picture, excerpt, "READ THE REST"), as many as
    /// asked. Readability keeps such cards only when their excerpts outweigh their links, as on the real pages.
    /// </summary>
    private static string StoryWithTeasers(int count, bool readMore = true)
    {
        var html = new StringBuilder("<html><head><title>Council approves bridge repairs</title></head><body><div id=\"story\"><h1>Council approves bridge repairs</h1>");
        foreach (string paragraph in Pages.Paragraphs)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("<div id=\"next-posts\">");
        for (int i = 0; i < count; i++)
        {
            html.Append("<div class=\"teaser\"><h2><a href=\"/story-").Append(i).Append("\">").Append(Teasers[i].Headline).Append("</a></h2><a href=\"/story-").Append(i)
                .Append("\"><img src=\"/story-").Append(i).Append(".jpg\" width=\"600\" height=\"375\" alt=\"\"></a><p>")
                .Append(Teasers[i].Excerpt).Append("</p>");
            if (readMore)
            {
                html.Append("<h3><a href=\"/story-").Append(i).Append("\">READ THE REST</a></h3>");
            }

            html.Append("</div>");
        }

        return html.Append("</div></div></body></html>").ToString();
    }

    [Fact]
    public void A_run_of_teasers_for_other_stories_is_removed()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithTeasers(3));

        foreach ((string headline, string excerpt) in Teasers)
        {
            Assert.Contains(result.Removed, b => b.Text == headline && b.RuleId == "html.teaser-run");
            Assert.Contains(result.Removed, b => b.Text == excerpt && b.RuleId == "html.teaser-run");
        }

        foreach (string paragraph in Pages.Paragraphs)
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_teaser_is_left_to_the_other_rules()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithTeasers(1));

        Assert.DoesNotContain(result.Blocks, b => b.RuleId == "html.teaser-run");
        Assert.Contains(Teasers[0].Excerpt, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_subheadings_without_read_more_links_are_the_story()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithTeasers(3, readMore: false));

        Assert.DoesNotContain(result.Blocks, b => b.RuleId == "html.teaser-run");
        foreach ((_, string excerpt) in Teasers)
        {
            Assert.Contains(excerpt, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_precision_preset_keeps_teasers()
    {
        CleanerPipeline precision = new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).Build();
        HtmlCleanResult result = HtmlCleaner.Clean(StoryWithTeasers(3), precision);

        Assert.DoesNotContain(result.Blocks, b => b.RuleId == "html.teaser-run");
    }
}
