using System;
using System.Collections.Generic;
using System.Linq;
using Cleaner.Html.Blocks;
using Cleaner.Html.Decisions;
using Cleaner.Html.Markup;
using HtmlAgilityPack;

namespace Cleaner.Html.Tests;

/// <summary>
/// Residue inside the article container that the markup gives away: where a block's links point (anchors of the page,
/// share actions, tag and section pages), the class names of kickers, dates, ratings and tables of contents, and a lone
/// price. Each rule is checked on a container decided directly (no SmartReader), with the article's own blocks that look
/// alike kept.
/// </summary>
public class LinkAndHeaderResidueTests
{
    private static readonly Uri PageUri = new("https://news.example/local/2024/05/council-approves-bridge-repairs");

    /// <summary>Decides <paramref name="header"/> + the handmade paragraphs (with <paramref name="inner"/> after the second) + <paramref name="tail"/> as an article container.</summary>
    private static HtmlBlock[] Decide(string header, string inner = "", string tail = "")
    {
        string html = header + "<p>" + Pages.Paragraphs[0] + "</p><p>" + Pages.Paragraphs[1] + "</p>" + inner +
                      string.Concat(Pages.Paragraphs.Skip(2).Select(p => "<p>" + p + "</p>")) + tail;
        var document = new HtmlDocument();
        document.LoadHtml("<div>" + html + "</div>");
        List<RawBlock> raw = BlockExtractor.Extract(document.DocumentNode, PageUri);
        HtmlBlock[] blocks = BlockDecider.Decide(raw, CleanerPipeline.Default, inArticle: true).Blocks;
        Assert.All(blocks.Where(b => Pages.Paragraphs.Contains(b.Text)), b => Assert.False(b.IsRemoved, b.Text));
        return blocks;
    }

    private static HtmlBlock Block(HtmlBlock[] blocks, string text) => Assert.Single(blocks, b => b.Text == text);

    /// <summary>The markup removed the block as <paramref name="kind"/>; by <paramref name="rule"/> unless the text removed it too (then the stronger verdict names it).</summary>
    private static void AssertRemoved(HtmlBlock block, string rule, ResidueKind kind)
    {
        Assert.True(block.IsRemoved, block.Text);
        Assert.True((block.Evidence & BlockEvidence.Markup) != 0, $"{block.Text}: {block.RuleId}");
        Assert.Equal(kind, block.Kind);
        if (block.Evidence == BlockEvidence.Markup)
        {
            Assert.Equal(rule, block.RuleId);
        }
    }

    private static void AssertKept(HtmlBlock block) => Assert.False(block.IsRemoved, $"{block.Text}: {block.RuleId}");

    // Tables of contents: list items that are nothing but links to anchors of the page.

    [Fact]
    public void A_list_of_links_to_anchors_of_the_page_is_a_table_of_contents()
    {
        HtmlBlock[] blocks = Decide(
            "<ul><li><a href=\"#vote\">1 The vote</a><ul><li><a href=\"#cost\">1.1 Who pays</a></li></ul></li>" +
            "<li><a href=\"https://news.example/local/2024/05/council-approves-bridge-repairs#next\">2 What comes next</a></li></ul>");

        AssertRemoved(Block(blocks, "1 The vote"), "html.in-page-links", ResidueKind.Navigation);
        AssertRemoved(Block(blocks, "1.1 Who pays"), "html.in-page-links", ResidueKind.Navigation);
        AssertRemoved(Block(blocks, "2 What comes next"), "html.in-page-links", ResidueKind.Navigation); // the page's own address
    }

    [Theory]
    [InlineData("<ul><li><a href=\"#vote\">See the vote below</a></li><li>The engineers' report</li></ul>", "See the vote below")] // one entry
    [InlineData("<h2><a href=\"#why\">Why the repairs took so long</a></h2><h2><a href=\"#when\">When the work starts</a></h2>", "Why the repairs took so long")] // permalinks
    [InlineData("<ul><li>The vote was close<a href=\"#fn1\">[1]</a> and the debate long.</li><li>Costs are split<a href=\"#fn2\">[2]</a> with the state.</li></ul>", "The vote was close[1] and the debate long.")]
    [InlineData("<ul><li><a href=\"/vote\">The vote</a></li><li><a href=\"/cost\">Who pays</a></li></ul>", "The vote")] // other pages
    public void Lone_anchor_links_permalinked_headings_footnotes_and_links_to_other_pages_stay(string inner, string text)
    {
        AssertKept(Block(Decide(string.Empty, inner), text));
    }

    [Fact]
    public void A_list_whose_class_names_a_table_of_contents_is_navigation()
    {
        HtmlBlock[] blocks = Decide("<div class=\"table-of-contents\"><p>Contents</p><ol><li>The vote</li><li>Who pays</li></ol></div>");

        AssertRemoved(Block(blocks, "Contents"), "html.class.contents", ResidueKind.Navigation);
        AssertRemoved(Block(blocks, "Who pays"), "html.class.contents", ResidueKind.Navigation);
    }

    // Share links.

    [Theory]
    [InlineData("https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example%2Fx", "Twitter")]
    [InlineData("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fx", "Share on Facebook")]
    [InlineData("mailto:?subject=Council%20approves%20bridge%20repairs", "Email")]
    public void A_block_of_links_that_share_the_page_is_social(string href, string text)
    {
        HtmlBlock[] blocks = Decide(string.Empty, $"<div><a href=\"{href}\">{text}</a></div>");

        AssertRemoved(Block(blocks, text), "html.share-links", ResidueKind.Social);
    }

    [Theory]
    [InlineData("<p><a href=\"https://twitter.com/citycouncil\">@citycouncil</a></p>", "@citycouncil")] // a profile
    [InlineData("<p>The mayor <a href=\"https://twitter.com/intent/tweet?text=x\">tweeted</a> about the vote on Tuesday evening after the meeting.</p>", "The mayor tweeted about the vote on Tuesday evening after the meeting.")]
    [InlineData("<p><a href=\"mailto:council@city.example\">council@city.example</a></p>", "council@city.example")]
    public void Profiles_addresses_and_sentences_that_link_a_share_action_are_not_share_links(string inner, string text)
    {
        // The text may still take "@citycouncil" for a handle; the share rule claims none of them.
        HtmlBlock block = Block(Decide(string.Empty, inner), text);
        Assert.NotEqual(MarkupRules.ShareLinks.Id, block.RuleId);
        Assert.False(block.IsRemoved && block.Evidence == BlockEvidence.Markup, block.RuleId);
    }

    // Tag lists.

    [Fact]
    public void Links_to_tag_pages_are_the_story_tag_list()
    {
        HtmlBlock[] blocks = Decide(string.Empty, tail:
            "<ul><li><a href=\"/tag/bridges\">Bridges</a></li><li><a href=\"https://news.example/topics/city-council\">City council</a></li></ul>" +
            "<p>More on: <a href=\"/tag/floods\">Floods</a>, <a href=\"/tag/traffic\">Traffic</a></p>");

        AssertRemoved(Block(blocks, "Bridges"), "html.tag-links", ResidueKind.Navigation);
        AssertRemoved(Block(blocks, "City council"), "html.tag-links", ResidueKind.Navigation);
        AssertRemoved(Block(blocks, "More on: Floods, Traffic"), "html.tag-links", ResidueKind.Navigation);
    }

    [Fact]
    public void A_sentence_that_links_a_tag_page_stays()
    {
        const string text = "Our coverage of the floods is collected on one page for readers who missed it.";
        HtmlBlock[] blocks = Decide(string.Empty, "<p>Our coverage of <a href=\"/tag/floods\">the floods</a> is collected on one page for readers who missed it.</p>");

        AssertKept(Block(blocks, text));
    }

    // Kickers.

    [Theory]
    [InlineData("<p><a href=\"/local/\">Local</a></p>", "Local")]
    [InlineData("<div><a href=\"https://news.example/news/transport\">Transport &amp; roads</a></div>", "Transport & roads")]
    [InlineData("<h4><a href=\"/information-technology/\">Biz &amp; IT</a></h4>", "Biz & IT")]
    public void A_lone_link_to_a_section_page_above_the_story_is_its_kicker(string header, string text)
    {
        HtmlBlock[] blocks = Decide(header + "<h2>Council approves bridge repairs</h2>");

        AssertRemoved(Block(blocks, text), "html.section-kicker", ResidueKind.Navigation);
        AssertKept(Block(blocks, "Council approves bridge repairs"));
    }

    [Theory]
    [InlineData("", "<p><a href=\"/local/\">Local</a></p>", "Local")] // after the first paragraph: the story's own link
    [InlineData("<p><a href=\"/authors/jane-doe\">Jane Doe</a></p>", "", "Jane Doe")] // a linked byline
    [InlineData("", "<ul><li><a href=\"https://bbedit.example/products/bbedit/\">BBEdit</a></li><li><a href=\"/acorn\">Acorn</a></li></ul>", "BBEdit")] // a list of links in the story (one-word lines over the first paragraph are a menu: context.top-word)
    [InlineData("<h2><a href=\"/local/2024/05/council-approves-bridge-repairs\">Council approves bridge repairs</a></h2>", "", "Council approves bridge repairs")]
    [InlineData("<h2><a href=\"/news/council-approves-bridge-repairs-after-vote\">Bridge repairs approved</a></h2>", "", "Bridge repairs approved")] // a story's slug
    public void Section_links_after_the_story_starts_bylines_lists_and_linked_headlines_stay(string header, string inner, string text)
    {
        HtmlBlock[] blocks = inner.Length == 0 ? Decide(header) : Decide(string.Empty, inner);

        AssertKept(Block(blocks, text));
    }

    [Fact]
    public void A_short_block_whose_class_names_a_kicker_is_navigation()
    {
        HtmlBlock[] blocks = Decide("<h4 class=\"post-upperdek\">Biz &amp; IT —</h4><h2>Council approves bridge repairs</h2><p class=\"kicker-note\">" +
                                    "The vote came after two years of argument over who should pay for the work on the bridge.</p>");

        AssertRemoved(Block(blocks, "Biz & IT —"), "html.class.kicker", ResidueKind.Navigation);
        AssertKept(Block(blocks, "Council approves bridge repairs"));
        AssertKept(Block(blocks, "The vote came after two years of argument over who should pay for the work on the bridge."));
    }

    [Theory]
    [InlineData("<div class=\"primary-image-swipe\"><span>EXCLUSIVE</span></div>", "EXCLUSIVE")]
    [InlineData("<p>Biz &amp; IT —</p>", "Biz & IT —")]
    public void An_upper_case_label_or_words_ending_in_a_dash_above_the_story_are_a_kicker(string header, string text)
    {
        HtmlBlock[] blocks = Decide("<h2>Council approves bridge repairs</h2>" + header);

        AssertRemoved(Block(blocks, text), "html.header-label", ResidueKind.Navigation);
        AssertKept(Block(blocks, "Council approves bridge repairs"));
    }

    [Theory]
    [InlineData("<p>Bridge Repairs</p>", "", "Bridge Repairs")] // title case: a short headline
    [InlineData("<h3>EXCLUSIVE</h3>", "", "EXCLUSIVE")] // a heading
    [InlineData("<p>NEW DEAL FOR THE BRIDGE</p>", "", "NEW DEAL FOR THE BRIDGE")] // an upper-case headline
    [InlineData("", "<p>UPDATE</p>", "UPDATE")] // inside the story
    public void Headlines_headings_and_labels_inside_the_story_are_not_kickers(string header, string inner, string text)
    {
        HtmlBlock block = Block(inner.Length == 0 ? Decide(header) : Decide(string.Empty, inner), text);

        Assert.NotEqual(MarkupRules.HeaderLabel.Id, block.RuleId);
    }

    // Dates, ratings and prices.

    [Theory]
    [InlineData("<h5 class=\"article-posted-date\">2/26/2015 7:11 AM PST BY TMZ STAFF</h5>", "2/26/2015 7:11 AM PST BY TMZ STAFF")]
    [InlineData("<div class=\"storytimestamp\"><span>CNNMoney (New York)</span> <span class=\"cnnDateStamp\">First published February 1, 2016: 1:28 AM ET</span></div>",
        "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET")]
    [InlineData("<p><time datetime=\"2024-05-14\">May 14, 2024</time></p>", "May 14, 2024")]
    public void A_short_line_with_a_digit_in_a_date_element_is_a_timestamp(string header, string text)
    {
        AssertRemoved(Block(Decide(header), text), "html.class.date", ResidueKind.Timestamp);
    }

    [Theory]
    [InlineData("<p class=\"posted-by\">By Jane Doe, City Hall reporter</p>", "By Jane Doe, City Hall reporter")] // no digit
    [InlineData("<p>The council met on <time>May 14</time> and voted 7 to 2.</p>", "The council met on May 14 and voted 7 to 2.")] // a sentence
    [InlineData("<p class=\"dateline\">RIVERTON, May 14 — The city council voted on Tuesday to approve a new budget that will fund repairs to the old bridge.</p>",
        "RIVERTON, May 14 — The city council voted on Tuesday to approve a new budget that will fund repairs to the old bridge.")]
    public void Bylines_without_dates_and_sentences_with_a_date_stay(string header, string text)
    {
        AssertKept(Block(Decide(header), text));
    }

    [Fact]
    public void A_large_element_whose_class_names_a_date_does_not_make_its_short_lines_dates()
    {
        // A story wrapper with a modifier class ("has-date") holds list items with digits that are the story's.
        var items = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li>Step {i}: inspect pier {i} of the bridge.</li>"));
        HtmlBlock[] blocks = Decide(string.Empty, $"<div class=\"post has-date\"><p>{Pages.Paragraphs[5]}</p><ol>{items}</ol></div>");

        AssertKept(Block(blocks, "Step 3: inspect pier 3 of the bridge."));
    }

    [Fact]
    public void A_score_in_a_rating_box_and_a_lone_price_are_a_widget()
    {
        HtmlBlock[] blocks = Decide(string.Empty, "<div class=\"o-rating\"><div class=\"o-rating__inner\">87</div></div>" +
                                                  "<div><span>from</span>&nbsp;<span>$610.00</span></div><div>£29.99</div>");

        AssertRemoved(Block(blocks, "87"), "html.class.rating", ResidueKind.Widget);
        AssertRemoved(Block(blocks, "from $610.00"), "html.price", ResidueKind.Widget);
        AssertRemoved(Block(blocks, "£29.99"), "html.price", ResidueKind.Widget);
    }

    [Theory]
    [InlineData("<table><tr><td>Repairs</td><td>$4,500,000</td></tr></table>", "$4,500,000")] // data
    [InlineData("<ul><li>$7/month</li><li>$610.00</li></ul>", "$610.00")] // a list of the article's
    [InlineData("<p>The repairs will cost $4.5 million.</p>", "The repairs will cost $4.5 million.")]
    [InlineData("<div class=\"rating\">Excellent</div>", "Excellent")]
    [InlineData("<table><tr><th>Date</th><th>Score</th></tr><tr><td class=\"date\">May 14, 2024</td><td class=\"rating\">87</td></tr></table>", "87")]
    [InlineData("<table><tr><th>Date</th><th>Score</th></tr><tr><td class=\"date\">May 14, 2024</td><td class=\"rating\">87</td></tr></table>", "May 14, 2024")]
    public void Prices_in_tables_lists_and_sentences_ratings_without_a_score_and_table_columns_stay(string inner, string text)
    {
        AssertKept(Block(Decide(string.Empty, inner), text));
    }

    // End to end: SmartReader keeps these blocks in its container, and HtmlCleaner removes them.

    [Fact]
    public void A_table_of_contents_inside_the_article_is_removed_from_the_text()
    {
        string html = "<html><head><title>Council approves bridge repairs</title></head><body><article><h1>Council approves bridge repairs</h1>" +
                      "<ul><li><a href=\"#vote\">The vote</a></li><li><a href=\"#cost\">Who pays</a></li><li><a href=\"#next\">What comes next</a></li></ul>" +
                      string.Concat(Pages.Paragraphs.Select(p => "<p>" + p + "</p>")) + "</article></body></html>";

        HtmlCleanResult result = HtmlCleaner.Clean(html, PageUri);

        Assert.DoesNotContain("Who pays", result.Text, StringComparison.Ordinal);
        Assert.All(Pages.Paragraphs, p => Assert.Contains(p, result.Text, StringComparison.Ordinal));
    }
}
