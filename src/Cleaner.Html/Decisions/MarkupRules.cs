using System;
using Cleaner.Html.Blocks;
using Cleaner.Html.Markup;

namespace Cleaner.Html.Decisions;

/// <summary>
/// The residue the markup alone points at, as <see cref="ResidueRule"/>s like the text classifiers' (ids start with
/// <c>html.</c>). Scores are set against the text pipeline's thresholds (0.65 balanced, 0.85 precision): structure that
/// is residue by definition (a <c>figcaption</c>, a <c>nav</c>) scores 0.9; class names and link density, which are
/// only circumstantial, score 0.7 to 0.8, so the precision preset ignores them and a long paragraph of prose is never
/// removed on their word alone.
/// </summary>
internal static class MarkupRules
{
    public static readonly ResidueRule FigureCaption = new("html.figcaption", ResidueKind.Caption,
        "Inside a figcaption: the caption or credit of a photo or video.");

    public static readonly ResidueRule Figure = new("html.figure", ResidueKind.Caption,
        "Short text inside a figure but outside its caption: a credit or a media label.");

    public static readonly ResidueRule Navigation = new("html.nav", ResidueKind.Navigation,
        "Inside a nav or menu element, or role=navigation.");

    public static readonly ResidueRule Footer = new("html.footer", ResidueKind.Footer,
        "Inside a footer element, or role=contentinfo.");

    public static readonly ResidueRule Aside = new("html.aside", ResidueKind.RelatedLinks,
        "Inside an aside, or role=complementary: a box beside the article.");

    public static readonly ResidueRule HeaderLinks = new("html.header-links", ResidueKind.Navigation,
        "Mostly links inside a header element: the site's masthead menu.");

    public static readonly ResidueRule LinkDense = new("html.link-dense", ResidueKind.RelatedLinks,
        "A short block that is mostly link text: a link to another page.");

    public static readonly ResidueRule LinkParagraph = new("html.link-paragraph", ResidueKind.RelatedLinks,
        "A short paragraph of the article that is all one link: a pointer to another page (\"Read the full transcript\").");

    public static readonly ResidueRule ClassSocial = new("html.class.social", ResidueKind.Social,
        "Its class or id names a share or social widget.");

    public static readonly ResidueRule ClassRelated = new("html.class.related", ResidueKind.RelatedLinks,
        "Its class or id names related or recommended stories.");

    public static readonly ResidueRule ClassComments = new("html.class.comments", ResidueKind.Comments,
        "Its class or id names a comment section.");

    public static readonly ResidueRule ClassSubscription = new("html.class.subscription", ResidueKind.Subscription,
        "Its class or id names a newsletter or subscription box.");

    public static readonly ResidueRule ClassAdvertisement = new("html.class.advertisement", ResidueKind.Advertisement,
        "Its class or id names an advert, promotion or sponsor slot.");

    public static readonly ResidueRule ClassCaption = new("html.class.caption", ResidueKind.Caption,
        "Its class or id names a caption or credit.");

    public static readonly ResidueRule ClassByline = new("html.class.byline", ResidueKind.Attribution,
        "Its class or id names a byline.");

    public static readonly ResidueRule ClassBreadcrumb = new("html.class.breadcrumb", ResidueKind.Navigation,
        "Its class or id names breadcrumbs.");

    public static readonly ResidueRule ClassTags = new("html.class.tags", ResidueKind.Navigation,
        "Its class or id names a list of tags or keywords.");

    public static readonly ResidueRule ClassKicker = new("html.class.kicker", ResidueKind.Navigation,
        "A few words whose class or id names a kicker (\"kicker\", \"eyebrow\", \"upperdek\"): the section label over a headline.");

    public static readonly ResidueRule ClassContents = new("html.class.contents", ResidueKind.Navigation,
        "Its class or id names a table of contents.");

    public static readonly ResidueRule ClassDate = new("html.class.date", ResidueKind.Timestamp,
        "A short line with a digit that is all inside a time element or one whose class names a date: a date line.");

    public static readonly ResidueRule HeaderLabel = new("html.header-label", ResidueKind.Navigation,
        "One or two upper-case words (\"EXCLUSIVE\"), or a few words ending in a dash (\"Biz & IT —\"), standing alone before the story's first paragraph: a kicker.");

    public static readonly ResidueRule ClassRating = new("html.class.rating", ResidueKind.Widget,
        "A few words with a digit whose class or id names a rating: a product's score box (\"87\").");

    public static readonly ResidueRule Price = new("html.price", ResidueKind.Widget,
        "A block that is nothing but a price (\"From $610.00\"), outside tables and lists: an offer box's price.");

    public static readonly ResidueRule InPageLinks = new("html.in-page-links", ResidueKind.Navigation,
        "A list item that is nothing but links to anchors of the same page (href=\"#…\"), next to another such item: a table of contents.");

    public static readonly ResidueRule ShareLinks = new("html.share-links", ResidueKind.Social,
        "Nothing but links that share the page (twitter.com/intent, facebook.com/sharer, mailto:?subject=).");

    public static readonly ResidueRule TagLinks = new("html.tag-links", ResidueKind.Navigation,
        "Mostly links to tag, topic or category pages (/tag/…, /topics/…): the story's tag list.");

    public static readonly ResidueRule SectionKicker = new("html.section-kicker", ResidueKind.Navigation,
        "A few words, all one link to a section page (/tech/, /news/world), before the story's first paragraph: its section kicker.");

    public static readonly ResidueRule RepeatsAlt = new("html.repeats-alt", ResidueKind.Caption,
        "Repeats the alt text of images before it: a caption set as an ordinary paragraph.");

    public static readonly ResidueRule CaptionRun = new("html.caption-run", ResidueKind.Caption,
        "Taken for a caption by the text, not surely, right after a removed caption: captions come in runs.");

    public static readonly ResidueRule TeaserRun = new("html.teaser-run", ResidueKind.RelatedLinks,
        "A linked headline and its excerpt, closed by a read-more link, in a run of at least two: a list of other stories.");

    public static readonly ResidueRule ResidueTail = new("html.residue-tail", ResidueKind.Subscription,
        "A short block between a sure residue block and the container's end: the rest of that box (plans, prices, fine print).");

    /// <summary>Above this share of link text a block is link-dense.</summary>
    private const float DenseLinks = 0.5f;

    /// <summary>A paragraph of the article is a link to another page when this share of it is link text…</summary>
    private const float LinkParagraphDensity = 0.85f;

    /// <summary>…and it has this many words or more (one or two linked words are a name, an address, a label)…</summary>
    private const int LinkParagraphMinWords = 3;

    /// <summary>…and at most this many.</summary>
    private const int LinkParagraphMaxWords = 15;

    /// <summary>A block is nothing but links when this share of it is link text.</summary>
    private const float AllLinks = 0.85f;

    /// <summary>A kicker has at most this many words ("Biz &amp; IT", "Science &amp; Environment").</summary>
    private const int KickerWords = 4;

    /// <summary>A share bar of links has at most this many words ("Share on Facebook Twitter Email").</summary>
    private const int ShareWords = 8;

    /// <summary>An entry of a table of contents, a tag list or a date line has at most this many words.</summary>
    private const int EntryWords = 15;

    /// <summary>Blocks of at most this many words can be judged by link density alone.</summary>
    private const int ShortBlockWords = 12;

    /// <summary>A heading repeats an image's description as a caption only when it has this many words: headlines are shorter.</summary>
    private const int CaptionHeadingWords = 20;

    /// <summary>Blocks of at most this many words inside a figure are taken for credits.</summary>
    private const int FigureTextWords = 40;

    /// <summary>The strongest claim the markup makes about <paramref name="block"/>, or <see cref="Verdict.None"/>.</summary>
    /// <param name="block">The block.</param>
    /// <param name="inArticle">
    /// Whether the block comes from SmartReader's article container. There link density alone claims nothing (lists
    /// of links and linked headings inside an article are usually part of it); it needs a residue container or hint.
    /// </param>
    /// <param name="place">Where the block sits among the others (the story's header, a list of in-page links).</param>
    public static Verdict Judge(in RawBlock block, bool inArticle, BlockPlace place = BlockPlace.None)
    {
        MarkupFeatures m = block.Markup;
        bool dense = m.LinkDensity >= DenseLinks;
        Verdict best = Verdict.None;

        if ((m.Context & MarkupContext.FigureCaption) != 0)
        {
            best = Verdict.Max(best, Verdict.From(FigureCaption, 0.9f));
        }
        else if ((m.Context & MarkupContext.Figure) != 0 && block.Words <= FigureTextWords)
        {
            best = Verdict.Max(best, Verdict.From(Figure, 0.75f));
        }

        // A lead photo's alt text is often the headline, so a heading is taken for a caption only when it is long. The
        // same words are structure (0.9); mostly the same words are circumstantial (0.8), so a paragraph of prose that
        // retells what the photo shows stays.
        if (block.AltEcho != AltEcho.None && (!m.IsHeading || block.Words >= CaptionHeadingWords))
        {
            best = Verdict.Max(best, Verdict.From(RepeatsAlt, block.AltEcho == AltEcho.Same ? 0.9f : 0.8f));
        }

        if ((m.Context & MarkupContext.Navigation) != 0)
        {
            best = Verdict.Max(best, Verdict.From(Navigation, 0.9f));
        }

        if ((m.Context & MarkupContext.Footer) != 0)
        {
            best = Verdict.Max(best, Verdict.From(Footer, dense ? 0.9f : 0.75f));
        }

        if ((m.Context & MarkupContext.Aside) != 0)
        {
            best = Verdict.Max(best, Verdict.From(Aside, dense ? 0.9f : 0.75f));
        }

        if ((m.Context & MarkupContext.Header) != 0 && dense)
        {
            best = Verdict.Max(best, Verdict.From(HeaderLinks, 0.8f));
        }

        if (m.Hints != ClassHint.None)
        {
            best = Verdict.Max(best, FromHints(m.Hints, dense));
            best = Verdict.Max(best, FromShortHints(block));
        }

        // Inside the article a paragraph that is nothing but a link of a few words points away from it; lists of links,
        // linked headings, table cells and figures are left to the rules above (they are often the article's own).
        const MarkupContext NotParagraph = MarkupContext.ListItem | MarkupContext.TableCell | MarkupContext.Figure | MarkupContext.FigureCaption;
        if (inArticle && m.Tag == "p" && m.LinkDensity >= LinkParagraphDensity && (m.Context & NotParagraph) == 0 &&
            block.Words is >= LinkParagraphMinWords and <= LinkParagraphMaxWords)
        {
            best = Verdict.Max(best, Verdict.From(LinkParagraph, 0.7f));
        }

        best = Verdict.Max(best, FromLinks(block, inArticle ? place : place & ~BlockPlace.Header));

        if (inArticle && (place & BlockPlace.Header) != 0 && !m.IsHeading && m.LinkDensity == 0f && IsKickerShape(block))
        {
            best = Verdict.Max(best, Verdict.From(HeaderLabel, 0.7f));
        }

        // Prices in a table are data, and a list of them is the article's (a buyer's guide); a lone price is an offer box's.
        if ((m.Context & (MarkupContext.TableCell | MarkupContext.ListItem)) == 0 && block.Words <= KickerWords && PriceShape.IsPrice(block.Text))
        {
            best = Verdict.Max(best, Verdict.From(Price, 0.75f));
        }

        const MarkupContext Residue = MarkupContext.Aside | MarkupContext.Navigation | MarkupContext.Header | MarkupContext.Footer;
        if (dense && block.Words <= ShortBlockWords && (!inArticle || (m.Context & Residue) != 0 || m.Hints != ClassHint.None))
        {
            best = Verdict.Max(best, Verdict.From(LinkDense, 0.7f));
        }

        return best;
    }

    /// <summary>
    /// What the addresses of a block's links say, for blocks that are (nearly) nothing but links: anchors in the page, share
    /// actions, tag pages, and a section page in the story's header. Linked text inside sentences never qualifies.
    /// </summary>
    private static Verdict FromLinks(in RawBlock block, BlockPlace place)
    {
        MarkupFeatures m = block.Markup;
        LinkTarget links = block.Links;
        if (links == LinkTarget.None || m.LinkDensity < DenseLinks)
        {
            return Verdict.None;
        }

        if (m.LinkDensity >= AllLinks)
        {
            // A heading linked to its own anchor is a permalink, not an entry of a table of contents; a lone link to an
            // anchor ("see below") is not a table either.
            if (IsInPageEntry(block) && (place & BlockPlace.InPageList) != 0)
            {
                return Verdict.From(InPageLinks, 0.8f);
            }

            if (links == LinkTarget.Share && block.Words <= ShareWords)
            {
                return Verdict.From(ShareLinks, 0.9f);
            }

            // A list of links is the article's own list (apps, sources) and a row of cells a menu; a kicker stands alone.
            if ((place & BlockPlace.Header) != 0 && links == LinkTarget.Section && block.Words <= KickerWords &&
                (m.Context & (MarkupContext.ListItem | MarkupContext.TableCell)) == 0)
            {
                return Verdict.From(SectionKicker, 0.8f);
            }
        }

        // A tag list often starts with an unlinked label ("Tags:", "More on:"), so half the text as links is enough.
        if (links == LinkTarget.Tag && block.Words <= EntryWords)
        {
            return Verdict.From(TagLinks, 0.8f);
        }

        return Verdict.None;
    }

    /// <summary>
    /// The typography of a kicker: one or two words in upper case (three letters or more, no digits), or at most
    /// <see cref="KickerWords"/> words ending in a detached dash or bar. A headline, a byline or a dateline has more words
    /// or lower case.
    /// </summary>
    private static bool IsKickerShape(in RawBlock block)
    {
        string text = block.Text;
        if (block.Words <= 2)
        {
            int letters = 0;
            foreach (char c in text)
            {
                if (char.IsLower(c) || char.IsDigit(c))
                {
                    letters = -1;
                    break;
                }

                letters += char.IsUpper(c) ? 1 : 0;
            }

            if (letters >= 3)
            {
                return true;
            }
        }

        return block.Words is >= 2 and <= KickerWords && text.Length > 2 && text[^2] == ' ' && text[^1] is '—' or '–' or '|';
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Whether the block could be an entry of a table of contents: a few words, all links to anchors of the page, not a heading.</summary>
    public static bool IsInPageEntry(in RawBlock block) =>
        block.Links == LinkTarget.InPage && block.Markup.LinkDensity >= AllLinks && !block.Markup.IsHeading &&
        block.Words <= EntryWords && (block.Markup.Context & MarkupContext.ListItem) != 0;

    /// <summary>
    /// Hints that name a family of short lines only: a kicker, the entries of a table of contents, a date line, a score.
    /// Not in table cells: a table's "date" or "rating" column is data.
    /// </summary>
    private static Verdict FromShortHints(in RawBlock block)
    {
        ClassHint hints = block.Markup.Hints;
        Verdict best = Verdict.None;
        if ((block.Markup.Context & MarkupContext.TableCell) != 0)
        {
            return best;
        }

        if ((hints & ClassHint.Kicker) != 0 && block.Words <= KickerWords)
        {
            best = Verdict.Max(best, Verdict.From(ClassKicker, 0.8f));
        }

        if ((hints & ClassHint.Contents) != 0 && block.Words <= EntryWords)
        {
            best = Verdict.Max(best, Verdict.From(ClassContents, 0.8f));
        }

        if ((hints & ClassHint.Rating) != 0 && block.Words <= KickerWords && HasDigit(block.Text))
        {
            best = Verdict.Max(best, Verdict.From(ClassRating, 0.8f));
        }

        if ((hints & ClassHint.Date) != 0 && block.Words <= EntryWords && HasDigit(block.Text))
        {
            best = Verdict.Max(best, Verdict.From(ClassDate, 0.8f));
        }

        return best;
    }

    private static Verdict FromHints(ClassHint hints, bool dense)
    {
        float score = dense ? 0.85f : 0.8f;
        Verdict best = Verdict.None;
        if ((hints & ClassHint.Breadcrumb) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassBreadcrumb, 0.85f));
        }

        if ((hints & ClassHint.Social) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassSocial, score));
        }

        if ((hints & ClassHint.Related) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassRelated, score));
        }

        if ((hints & ClassHint.Comments) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassComments, score));
        }

        if ((hints & ClassHint.Subscription) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassSubscription, score));
        }

        if ((hints & ClassHint.Advertisement) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassAdvertisement, score));
        }

        if ((hints & ClassHint.Caption) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassCaption, 0.8f));
        }

        if ((hints & ClassHint.Tags) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassTags, 0.75f));
        }

        if ((hints & ClassHint.Byline) != 0)
        {
            best = Verdict.Max(best, Verdict.From(ClassByline, 0.8f));
        }

        return best;
    }
}

/// <summary>Where a block sits among the blocks of its container, for the rules that read position.</summary>
[Flags]
internal enum BlockPlace
{
    /// <summary>Nowhere in particular.</summary>
    None = 0,

    /// <summary>Among the first blocks of the article container, before its first paragraph of prose: the story's header.</summary>
    Header = 1 << 0,

    /// <summary>A list item that is nothing but links to anchors of the page, next to another such item: a table of contents.</summary>
    InPageList = 1 << 1,
}
