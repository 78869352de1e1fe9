using System;
using System.Linq;
using System.Text;
using Cleaner.Html.Decisions;

namespace Cleaner.Html.Tests;

/// <summary>Residue inside the article container that only its shape, markup or position gives away.</summary>
public class ResidueInContainerTests
{
    /// <summary>An article of the handmade paragraphs with <paramref name="inner"/> after the second one and <paramref name="tail"/> at its end.</summary>
    private static string Article(string inner, string tail = "")
    {
        var html = new StringBuilder("<html><head><title>Council approves bridge repairs</title></head><body><article><h1>Council approves bridge repairs</h1>");
        html.Append("<p>").Append(Pages.Paragraphs[0]).Append("</p><p>").Append(Pages.Paragraphs[1]).Append("</p>");
        html.Append(inner);
        foreach (string paragraph in Pages.Paragraphs.Skip(2))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        return html.Append(tail).Append("</article></body></html>").ToString();
    }

    private static HtmlBlock Block(HtmlCleanResult result, string text) =>
        Assert.Single(result.Blocks, b => b.Text == text);

    [Fact]
    public void A_paragraph_that_repeats_the_alt_text_of_the_photo_before_it_is_a_caption()
    {
        const string caption = "The old bridge seen from the east bank at dusk";
        HtmlCleanResult result = HtmlCleaner.Clean(Article(
            $"<figure><img src=\"b.jpg\" alt=\"{caption}.\"></figure><ul><li><p>{caption}</p></li></ul>"));

        HtmlBlock block = Block(result, caption);
        Assert.True(block.IsRemoved);
        Assert.Equal(ResidueKind.Caption, block.Kind);
        Assert.Equal("html.repeats-alt", block.RuleId);
        Assert.All(Pages.Paragraphs, p => Assert.Contains(p, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void One_caption_reworded_from_the_alt_texts_of_several_photos_is_a_caption()
    {
        const string caption = "Clockwise from top: small whale bones; squid beaks from a sperm whale";
        HtmlCleanResult result = HtmlCleaner.Clean(Article(
            "<figure><img src=\"a.jpg\" alt=\"A bin of small whale bones.\"><img src=\"b.jpg\" alt=\"Squid beaks, from the stomach of a sperm whale.\"></figure>" +
            $"<p>{caption}</p>"));

        Assert.True(Block(result, caption).IsRemoved);
    }

    [Fact]
    public void A_headline_that_repeats_the_lead_photo_alt_text_stays()
    {
        const string headline = "Why the bridge repairs took so long to begin";
        HtmlCleanResult result = HtmlCleaner.Clean(Article($"<img src=\"b.jpg\" alt=\"{headline}\"><h2>{headline}</h2>"));

        Assert.False(Block(result, headline).IsRemoved);
    }

    [Fact]
    public void A_paragraph_of_prose_that_retells_what_the_photo_shows_stays()
    {
        // Mostly the alt text's words, but prose (20+ words): only a sure markup verdict could remove it.
        const string alt = "Engineers inspect the cracked supports of the old bridge across the river after the spring floods damaged them badly";
        const string prose = "Engineers inspected the cracked supports of the old bridge across the river after the spring floods had damaged them badly, and found the steel sound.";
        HtmlCleanResult result = HtmlCleaner.Clean(Article($"<figure><img src=\"b.jpg\" alt=\"{alt}\"></figure><p>{prose}</p>"));

        Assert.False(Block(result, prose).IsRemoved);
    }

    [Fact]
    public void A_paragraph_after_a_photo_that_shares_a_few_words_with_it_stays()
    {
        const string text = "The bridge reopened to cyclists in May.";
        HtmlCleanResult result = HtmlCleaner.Clean(Article(
            $"<figure><img src=\"b.jpg\" alt=\"Cyclists cross the old bridge in the rain\"></figure><p>{text}</p>"));

        HtmlBlock b = Block(result, text);
        Assert.False(b.IsRemoved, b.RuleId + " " + b.Reason);
    }

    private const string Prompt = "<p>Sign up for our newsletter to get the council's decisions in your inbox every week.</p>";

    private const string Plans = "<h2>Monthly</h2><p>$7/month</p><p>A flexible plan you can cancel anytime.</p>" +
                                 "<h2>Annual</h2><p>$70/year</p><p>A discounted plan to keep you up to date all year.</p>" +
                                 "<p>We accept credit card, Apple Pay and Google Pay.</p>";

    [Fact]
    public void The_short_blocks_after_a_sure_subscription_prompt_at_the_container_end_are_its_box()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Article(string.Empty, Prompt + Plans));

        Assert.True(Block(result, "Sign up for our newsletter to get the council's decisions in your inbox every week.").IsRemoved);
        foreach (string line in new[] { "A flexible plan you can cancel anytime.", "Annual", "We accept credit card, Apple Pay and Google Pay." })
        {
            HtmlBlock block = Block(result, line);
            Assert.True(block.IsRemoved, line);
            Assert.Equal(ResidueKind.Subscription, block.Kind);
        }

        Assert.All(Pages.Paragraphs, p => Assert.Contains(p, result.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Short_blocks_after_a_prompt_stay_when_the_article_goes_on()
    {
        // The prompt sits inside the story: prose after the short lines shows the article resumed.
        HtmlCleanResult result = HtmlCleaner.Clean(Article(Prompt + "<h2>What comes next</h2><p>A vote in May.</p>"));

        Assert.False(Block(result, "What comes next").IsRemoved);
        Assert.False(Block(result, "A vote in May.").IsRemoved);
    }

    [Fact]
    public void A_long_run_of_short_blocks_after_a_prompt_is_not_taken_for_its_box()
    {
        var items = new StringBuilder("<ol>");
        for (int i = 1; i <= 14; i++)
        {
            items.Append("<li>Step ").Append(i).Append(" of the repair schedule.</li>");
        }

        HtmlCleanResult result = HtmlCleaner.Clean(Article(string.Empty, Prompt + items.Append("</ol>")));

        Assert.False(Block(result, "Step 14 of the repair schedule.").IsRemoved);
    }

    [Fact]
    public void A_paragraph_that_is_all_one_short_link_points_away_from_the_article()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Article("<p><a href=\"/transcript\">Read the full transcript of the council meeting</a></p>"));

        HtmlBlock block = Block(result, "Read the full transcript of the council meeting");
        Assert.True(block.IsRemoved);
        Assert.Equal(ResidueKind.RelatedLinks, block.Kind);
        Assert.Equal("html.link-paragraph", block.RuleId);
    }

    [Theory]
    [InlineData("<ul><li><a href=\"/a\">The full text of the council's budget</a></li><li><a href=\"/b\">The engineers' report on the bridge</a></li></ul>", "The full text of the council's budget")]
    [InlineData("<h2><a href=\"#why\">Why the repairs took so long</a></h2>", "Why the repairs took so long")]
    [InlineData("<p>The <a href=\"/report\">engineers' report</a> was published on Monday.</p>", "The engineers' report was published on Monday.")]
    [InlineData("<p><a href=\"/jane\">Jane Doe</a></p>", "Jane Doe")]
    public void Linked_list_items_headings_names_and_sentences_with_a_link_stay(string inner, string text)
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Article(inner));

        HtmlBlock block = Block(result, text);
        Assert.NotEqual("html.link-paragraph", block.RuleId);
    }

    private static HtmlBlock Decided(int index, string text, ResidueKind kind, float score, bool removed) =>
        new(index, text, text.Split(' ').Length, new MarkupFeatures("p", 0f, MarkupContext.None, ClassHint.None),
            kind == ResidueKind.None ? Verdict.None : new Verdict(kind, score, null), removed,
            removed ? BlockEvidence.Text : BlockEvidence.None);

    [Fact]
    public void A_caption_the_text_is_unsure_of_goes_with_the_caption_removed_before_it()
    {
        // A slideshow: the counter is recognised, the long caption after it only weakly (0.55), then the story.
        HtmlBlock[] blocks =
        [
            Decided(0, "1 / 5", ResidueKind.Caption, 0.8f, removed: true),
            Decided(1, "In this photo dated Tuesday the rocket booster is installed on a launch pad.", ResidueKind.Caption, 0.55f, removed: false),
            Decided(2, "The launch pad is in Baikonur, Kazakhstan (AP Photo).", ResidueKind.Caption, 0.55f, removed: false),
            Decided(3, Pages.Paragraphs[0], ResidueKind.None, 0f, removed: false),
        ];

        BlockDecider.JoinCaptionRuns(blocks, CleanerPipeline.Default.Settings);

        Assert.True(blocks[1].IsRemoved);
        Assert.Equal("html.caption-run", blocks[1].RuleId);
        Assert.True(blocks[2].IsRemoved);
        Assert.False(blocks[3].IsRemoved);
    }

    [Fact]
    public void A_weak_caption_verdict_alone_or_after_other_residue_removes_nothing()
    {
        HtmlBlock[] blocks =
        [
            Decided(0, "Share on Facebook", ResidueKind.Social, 0.9f, removed: true),
            Decided(1, "In this photo dated Tuesday the rocket booster is installed on a launch pad.", ResidueKind.Caption, 0.55f, removed: false),
            Decided(2, Pages.Paragraphs[0], ResidueKind.None, 0f, removed: false),
            Decided(3, "Photo of the launch pad in Baikonur, Kazakhstan, from the space agency.", ResidueKind.Caption, 0.4f, removed: false),
        ];

        BlockDecider.JoinCaptionRuns(blocks, CleanerPipeline.Default.Settings);

        Assert.All(blocks.Skip(1), b => Assert.False(b.IsRemoved));
    }

    [Fact]
    public void The_paragraph_after_a_removed_caption_stays_when_the_text_does_not_read_it_as_one()
    {
        HtmlCleanResult result = HtmlCleaner.Clean(Article(
            $"<figure><img src=\"b.jpg\" alt=\"\"><figcaption>{Pages.Caption}</figcaption></figure>"));

        Assert.True(Block(result, Pages.Caption).IsRemoved);
        Assert.False(Block(result, Pages.Paragraphs[2]).IsRemoved);
    }
}
