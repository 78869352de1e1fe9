using System;
using System.Linq;
using System.Text;
using Cleaner.Html.Extraction;

namespace Cleaner.Html.Tests;

/// <summary>
/// Which story a page is about: a container that holds other stories (an infinite-scroll page) gives way to the story
/// whose headline is the page's title; pages SmartReader cannot read (no wrapper, a listing, an AMP page) keep their
/// body through the fallbacks, and the result says which source its text came from.
/// </summary>
public class StoryChoiceTests
{
    private const string Title = "Storm closes mountain pass for the third time this winter";

    private static readonly string[] Own =
    [
        "The mountain pass was closed again on Sunday morning after a storm brought more than a metre of fresh snow to the higher slopes overnight.",
        "Road crews said they would not try to clear the route until the wind dropped, because the snow was drifting back as fast as the ploughs could move it.",
        "Drivers who were already on the road were turned back at the village below the pass, where the police set up a checkpoint at dawn.",
        "The regional authority said the pass would stay closed at least until Tuesday and advised travellers to take the longer route through the valley.",
    ];

    private static readonly string[] OtherStories = ["Harbour museum reopens after five years of repairs", "Football club names former captain as new coach"];

    private static string OtherParagraph(int story, int i) =>
        $"Story {story} paragraph {i}: this is a long paragraph of another full story that the site appends under the article, written as ordinary prose with several clauses, so that it reads like the body of an article and outweighs the story the page is about.";

    /// <summary>
    /// The page's own story (its header with the headline, then its body) and, inside the same post wrapper, a box with
    /// two more full stories, each with its own <c>h1</c> and longer paragraphs.
    /// </summary>
    private static string InfiniteScrollPage(bool titleMatches = true)
    {
        string title = titleMatches ? Title : "Weekend weather roundup from the regional desk";
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        html.Append("<meta property=\"og:title\" content=\"").Append(title).Append("\">");
        html.Append("<title>").Append(title).Append(" | The Valley Courier</title></head><body>");
        html.Append("<header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a> <a href=\"/sport/\">Sport</a></nav></header>");
        html.Append("<main><article id=\"post-wrap\"><div id=\"post-main\"><div id=\"post-content\">");
        html.Append("<header class=\"post-head\"><h3 class=\"post-cat\"><a href=\"/news/\">News</a></h3><h1 class=\"post-title\">")
            .Append(Title).Append("</h1><span class=\"post-date\">2 hours ago</span></header>");
        html.Append("<div id=\"content-wrap\"><div class=\"share-bar\"><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share</a></div><div id=\"content-main\">");
        foreach (string paragraph in Own)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></div>");
        html.Append("<div id=\"post-add-box\"><div id=\"post-add-wrap\">");
        for (int story = 0; story < OtherStories.Length; story++)
        {
            html.Append("<div class=\"post-add-story\"><div class=\"post-add-head\"><h1 class=\"post-title\">").Append(OtherStories[story])
                .Append("</h1></div><div class=\"post-add-body\">");
            for (int i = 0; i < 7; i++)
            {
                html.Append("<p>").Append(OtherParagraph(story, i)).Append("</p>");
            }

            html.Append("</div></div>");
        }

        html.Append("</div></div></div></div></article></main><footer><p>Copyright 2026 The Valley Courier.</p></footer></body></html>");
        return html.ToString();
    }

    [Fact]
    public void A_container_of_other_stories_gives_way_to_the_story_whose_headline_is_the_page_title()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(InfiniteScrollPage());

        Assert.Equal(HtmlSource.TitledStory, result.Source);
        Assert.True(result.ArticleFound);
        Assert.All(Own, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Story 0 paragraph", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story 1 paragraph", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherStories[0], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_headline_matching_the_title_the_container_is_kept()
    {
        // Nothing on the page says which story it is about: SmartReader's choice stands, and no text is lost from it.
        HtmlCleanResult result = HtmlCleaner.Clean(InfiniteScrollPage(titleMatches: false));

        Assert.NotEqual(HtmlSource.TitledStory, result.Source);
        Assert.Contains("Story 0 paragraph 3", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sibling_articles_of_an_endless_page_give_way_to_the_titled_one()
    {
        var html = new StringBuilder("<html><head><meta property=\"og:title\" content=\"").Append(Title).Append("\"><title>")
            .Append(Title).Append(" - Courier</title></head><body><main class=\"stream\">");
        html.Append("<article class=\"entry\"><h1>").Append(Title).Append("</h1><div class=\"entry-body\">");
        foreach (string paragraph in Own)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div></article>");
        for (int story = 0; story < OtherStories.Length; story++)
        {
            html.Append("<article class=\"entry\"><h1>").Append(OtherStories[story]).Append("</h1><div class=\"entry-body\">");
            for (int i = 0; i < 8; i++)
            {
                html.Append("<p>").Append(OtherParagraph(story, i)).Append("</p>");
            }

            html.Append("</div></article>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("</main></body></html>").ToString());

        Assert.Equal(HtmlSource.TitledStory, result.Source);
        Assert.All(Own, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Story 1 paragraph", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_whose_sections_carry_h1_headings_is_kept_whole()
    {
        // Old HTML5 outlines give every section an h1: the container holds headlines that are not the title, but it
        // also holds the titled story, so nothing is cut.
        var html = new StringBuilder("<html><head><title>").Append(Title).Append("</title></head><body><article><h1>").Append(Title).Append("</h1>");
        html.Append("<div class=\"body\">");
        foreach (string paragraph in Own)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        for (int section = 0; section < 2; section++)
        {
            html.Append("<section><h1>What the drivers waiting at the checkpoint said</h1>");
            for (int i = 0; i < 4; i++)
            {
                html.Append("<p>").Append(OtherParagraph(section, i)).Append("</p>");
            }

            html.Append("</section>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("</div></article></body></html>").ToString());

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Own, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.Contains("Story 1 paragraph 3", result.Text, StringComparison.Ordinal);
        Assert.Contains("What the drivers waiting at the checkpoint said", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_name_in_an_h1_logo_neither_matches_nor_is_foreign()
    {
        var html = new StringBuilder("<html><head><title>").Append(Title).Append(" | Courier</title></head><body>");
        html.Append("<header><h1 class=\"logo\"><a href=\"/\">Courier</a></h1></header><article><h1>").Append(Title).Append("</h1>");
        foreach (string paragraph in Own)
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("</article></body></html>").ToString());

        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.All(Own, paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storm closes mountain pass for the third time this winter", 1.0)]
    [InlineData("Storm closes mountain pass for third time this winter", 0.9)]
    [InlineData("Harbour museum reopens after five years of repairs", 0.0)]
    public void Headlines_and_titles_are_compared_by_their_words(string headline, double atLeast) =>
        Assert.True(TitledStory.Shared(TitledStory.Words(headline), TitledStory.Words(Title)) >= atLeast - 1e-9 &&
                    TitledStory.Shared(TitledStory.Words(headline), TitledStory.Words(Title)) <= Math.Min(1, atLeast + 0.1));

    [Theory]
    [InlineData("Storm closes the mountain pass | The Valley Courier", "Storm closes the mountain pass")]
    [InlineData("The Valley Courier - Storm closes the mountain pass again", "Storm closes the mountain pass again")]
    [InlineData("Storm closes pass", "Storm closes pass")]
    public void The_longest_part_of_a_title_is_the_headline_part(string title, string part) =>
        Assert.Equal(part, TitledStory.LongestPart(title));

    [Fact]
    public void A_body_of_paragraphs_without_a_wrapper_is_kept()
    {
        var html = new StringBuilder("<html><head><title>").Append(Title).Append("</title></head><body><h1>").Append(Title).Append("</h1>");
        foreach (string paragraph in Own.Concat(ContainerStory()))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("<p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></body></html>").ToString());

        Assert.All(Own.Concat(ContainerStory()), paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_of_paragraphs_beside_a_small_box_is_not_lost_to_the_box()
    {
        // Readability's best candidate is a small box of prose; the story's paragraphs sit directly in the body.
        var html = new StringBuilder("<html><head><title>").Append(Title).Append("</title></head><body><h1>").Append(Title).Append("</h1>");
        html.Append("<div class=\"intro\"><p>").Append(Own[0]).Append("</p><p>").Append(Own[1]).Append("</p></div>");
        foreach (string paragraph in ContainerStory())
        {
            html.Append("<p>").Append(paragraph).Append("</p><br>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("</body></html>").ToString());

        Assert.All(Own.Take(2).Concat(ContainerStory()), paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_listing_page_falls_back_to_the_whole_page_and_says_it_is_residue_only()
    {
        var html = new StringBuilder("<html><head><title>News | Courier</title></head><body><h1>Latest news</h1><ul class=\"river\">");
        for (int i = 0; i < 15; i++)
        {
            html.Append("<li><h2><a href=\"/news/story-").Append(i).Append("-of-the-day-here\">Headline number ").Append(i)
                .Append(" of the day</a></h2><span>Teaser ").Append(i).Append(" in a few words.</span></li>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(html.Append("</ul></body></html>").ToString());

        // No article: the whole page is classified, and its teasers under a "Latest news" heading are links away.
        // The result says so: the source is the whole page, no article was found, and the page is residue only.
        Assert.Equal(HtmlSource.WholePage, result.Source);
        Assert.False(result.ArticleFound);
        Assert.True(result.IsResidueOnly);
    }

    [Fact]
    public void An_amp_page_keeps_its_body()
    {
        var html = new StringBuilder("<!doctype html><html amp lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Title)
            .Append("</title><link rel=\"canonical\" href=\"https://example.com/story\"><style amp-custom>body{color:#222}</style></head><body>");
        html.Append("<header class=\"amp-wp-header\"><a href=\"/\">Courier</a></header><article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\"><h1 class=\"amp-wp-title\">")
            .Append(Title).Append("</h1></header><figure class=\"amp-wp-article-featured-image\"><amp-img src=\"pass.jpg\" width=\"800\" height=\"450\" layout=\"responsive\"></amp-img></figure>");
        html.Append("<div class=\"amp-wp-article-content\">");
        foreach (string paragraph in Own.Concat(ContainerStory()))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("<amp-social-share type=\"twitter\"></amp-social-share></div></article><footer class=\"amp-wp-footer\"><p>© 2026 Courier</p></footer></body></html>");
        HtmlCleanResult result = HtmlCleaner.Clean(html.ToString());

        Assert.All(Own.Concat(ContainerStory()), paragraph => Assert.Contains(paragraph, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("© 2026 Courier", result.Text, StringComparison.Ordinal);
    }

    private static string[] ContainerStory() =>
    [
        "Farmers in the valley said the repeated closures had cost them deliveries of feed, and that they hoped the authority would finally build the tunnel it promised ten years ago.",
        "The tunnel has been planned since the last major closure, but its cost has doubled since then and the national government has not yet agreed to pay its share.",
        "Hotel owners on the far side of the pass said bookings for the holiday week had already fallen, as guests who could not be sure of getting through chose other resorts.",
        "Meteorologists expect another band of snow to reach the mountains on Thursday, which could close the pass again just after it reopens.",
    ];
}
