using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cleaner.Html.Blocks;
using Cleaner.Html.Decisions;
using Cleaner.Html.Decoding;
using Cleaner.Html.Extraction;
using Cleaner.Html.Guards;
using HtmlAgilityPack;

namespace Cleaner.Html;

/// <summary>
/// Cleans saved HTML pages: <c>HtmlCleaner.Clean(html).Text</c> is the article without its residue. SmartReader (a
/// port of Mozilla Readability) locates the article container; HtmlAgilityPack turns it into blocks with markup
/// features; the blocks are decided by the same classifiers as plain text (<see cref="CleanerPipeline"/>) together with
/// markup rules (figure captions, navigation, asides, share bars, link-dense blocks). When SmartReader finds no article
/// or too little text, the blocks of the whole page are classified instead. Never touches the network. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// HtmlCleanResult result = HtmlCleaner.Clean(File.ReadAllBytes("story.html"), new Uri("https://example.com/story"));
/// Console.WriteLine(result.Text);
/// foreach (HtmlBlock block in result.Removed)
///     Console.WriteLine($"{block.Kind} ({block.RuleId}): {block.Text}");
/// </code>
/// </example>
/// <remarks>
/// Trade-offs: SmartReader parses the page with AngleSharp, and its output is parsed again by HtmlAgilityPack, so the
/// adapter costs a little more than SmartReader alone; the whole-page fallback parses the page a second time. Pages
/// nested deeper than <see cref="HtmlCleanerOptions.MaxNestingDepth"/> are flattened first (see there), and pages
/// larger than <see cref="HtmlCleanerOptions.MaxInputLength"/> throw <see cref="HtmlCleanerException"/>.
/// </remarks>
public static class HtmlCleaner
{
    /// <summary>Cleans <paramref name="html"/> with the default options; <paramref name="url"/> is the page's address, if known.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(string html, Uri? url = null) => Clean(html, HtmlCleanerOptions.Default, url);

    /// <summary>Cleans <paramref name="html"/>, deciding blocks with <paramref name="pipeline"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="pipeline"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(string html, CleanerPipeline pipeline, Uri? url = null) =>
        Clean(html, WithPipeline(pipeline), url);

    /// <summary>Cleans <paramref name="html"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(string html, HtmlCleanerOptions options, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        CheckLength(html.Length, options);
        GuardedHtml guarded = NestingGuard.Flatten(html, options.MaxNestingDepth);
        var page = new ParsedPage(guarded.Html);
        if (TryArticle(guarded.Html, page, url, options, guarded.Flattened, out HtmlCleanResult? result, out bool found, out string? title))
        {
            return result;
        }

        return WholePage(page.Document, options, found, title, guarded.Flattened);
    }

    /// <summary>
    /// Cleans a page the caller has already parsed with HtmlAgilityPack. The document is read, never changed. A
    /// document nested deeper than <see cref="HtmlCleanerOptions.MaxNestingDepth"/> is not handed to SmartReader
    /// (whose cost grows with the square of the depth); its whole page is classified instead.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static HtmlCleanResult Clean(HtmlDocument document, Uri? url = null) => Clean(document, HtmlCleanerOptions.Default, url);

    /// <summary>Cleans a parsed page, deciding blocks with <paramref name="pipeline"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="pipeline"/> is null.</exception>
    public static HtmlCleanResult Clean(HtmlDocument document, CleanerPipeline pipeline, Uri? url = null) =>
        Clean(document, WithPipeline(pipeline), url);

    /// <summary>Cleans a parsed page with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The serialised page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(HtmlDocument document, HtmlCleanerOptions options, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        bool shallow = NestingGuard.Depth(document.DocumentNode) <= options.MaxNestingDepth;
        bool found = false;
        string? title = null;
        if (shallow && options.UseArticleExtraction)
        {
            string html = document.DocumentNode.OuterHtml;
            CheckLength(html.Length, options);
            if (TryArticle(html, new ParsedPage(document), url, options, false, out HtmlCleanResult? result, out found, out title))
            {
                return result;
            }
        }

        return WholePage(document, options, found, title, flattened: false);
    }

    /// <summary>
    /// Cleans the bytes of a page. The encoding is taken from a byte order mark, else <paramref name="encoding"/> (what
    /// an HTTP header said), else a <c>meta</c> charset declaration, else UTF-8 when the bytes are valid UTF-8, else
    /// windows-1252.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(byte[] html, Uri? url = null, Encoding? encoding = null) =>
        Clean(html, HtmlCleanerOptions.Default, url, encoding);

    /// <summary>Cleans the bytes of a page with <paramref name="options"/> (see <see cref="Clean(byte[], Uri?, Encoding?)"/> for the encoding).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(byte[] html, HtmlCleanerOptions options, Uri? url = null, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        CheckLength(html.Length / 4, options);
        return Clean(HtmlDecoder.Decode(html, encoding), options, url);
    }

    /// <summary>
    /// Reads a page from <paramref name="html"/> to its end and cleans it (see <see cref="Clean(byte[], Uri?, Encoding?)"/>
    /// for the encoding). The stream is not closed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(Stream html, Uri? url = null, Encoding? encoding = null) =>
        Clean(html, HtmlCleanerOptions.Default, url, encoding);

    /// <summary>Reads a page from <paramref name="html"/> and cleans it with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HtmlCleanerException">The page is larger than <see cref="HtmlCleanerOptions.MaxInputLength"/>.</exception>
    public static HtmlCleanResult Clean(Stream html, HtmlCleanerOptions options, Uri? url = null, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        long limit = (long)options.MaxInputLength * 4;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = html.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new HtmlCleanerException($"The page is larger than {limit} bytes (HtmlCleanerOptions.MaxInputLength is {options.MaxInputLength} characters).");
            }

            buffer.Write(chunk, 0, read);
        }

        return Clean(HtmlDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), encoding), options, url);
    }

    private static HtmlCleanerOptions WithPipeline(CleanerPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return HtmlCleanerOptions.Default with { Pipeline = pipeline };
    }

    private static void CheckLength(int length, HtmlCleanerOptions options)
    {
        if (length > options.MaxInputLength)
        {
            throw new HtmlCleanerException(
                $"The page has {length} characters, more than HtmlCleanerOptions.MaxInputLength ({options.MaxInputLength}).");
        }
    }

    /// <summary>
    /// Cleans SmartReader's article when it finds one with enough text; when the container holds only a small share of
    /// the page's article paragraphs and a nearby ancestor holds them, that ancestor instead (see <see cref="ContainerCoverage"/>).
    /// A standfirst the container left out goes first (see <see cref="Standfirst"/>).
    /// </summary>
    private static bool TryArticle(string html, ParsedPage page, Uri? url, HtmlCleanerOptions options, bool flattened,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HtmlCleanResult? result, out bool found, out string? title)
    {
        result = null;
        found = false;
        title = null;
        if (!options.UseArticleExtraction)
        {
            return false;
        }

        LocatedArticle article = ArticleLocator.Locate(StructureMarks.Mark(html), url);
        found = article.IsFound;
        title = article.Title;
        if (!found || article.TextLength < options.MinArticleLength)
        {
            return false;
        }

        var content = new HtmlDocument();
        content.LoadHtml(article.ContentHtml);
        List<RawBlock> blocks = BlockExtractor.Extract(content.DocumentNode, url);
        if (blocks.Count == 0)
        {
            return false;
        }

        HtmlSource source = HtmlSource.Article;
        string? excerpt = article.Excerpt;
        HtmlNode body = FindBody(page.Document.DocumentNode);
        if (TitledStory.MayHoldStories(html) && TitledStory.Find(page.Document.DocumentNode, body, title, blocks) is HtmlNode story)
        {
            blocks = StoryBlocks(story, page.Document.DocumentNode, title, url, out excerpt);
            source = HtmlSource.TitledStory;
        }
        else
        {
            ContainerCoverage.CoverageCheck coverage = ContainerCoverage.Check(body, blocks);
            if (coverage.MissesStory)
            {
                return false; // The whole page is classified: the story is somewhere SmartReader did not look.
            }

            if (coverage.Wider is HtmlNode wider)
            {
                blocks = BlockExtractor.Extract(wider, url);
                source = HtmlSource.WidenedArticle;
            }
        }

        // The excerpt is the page's description; a page may describe itself for social sites in other words, which
        // are then the ones set under its headline.
        if ((Standfirst.Find(body, excerpt, blocks) ??
             Standfirst.Find(body, TitledStory.MetaContent(page.Document.DocumentNode, "og:description"), blocks)) is RawBlock standfirst)
        {
            blocks.Insert(0, standfirst);
        }

        result = Build(blocks, options, source, found, title, flattened);
        return true;
    }

    /// <summary>
    /// The blocks of the story <see cref="TitledStory"/> found: SmartReader is asked again, about that story alone, so
    /// it is cleaned as any article is (the headline, the share bar and the byline box left out); when it finds too
    /// little there, the story's own blocks.
    /// </summary>
    private static List<RawBlock> StoryBlocks(HtmlNode story, HtmlNode document, string? title, Uri? url, out string? excerpt)
    {
        string html = "<html><head><title>" + HtmlEntity.Entitize(title ?? string.Empty) + "</title>" +
                      TitledStory.DescriptionMarkup(document) + "</head><body>" + story.OuterHtml + "</body></html>";
        LocatedArticle article = ArticleLocator.Locate(StructureMarks.Mark(html), url, story: true);
        List<RawBlock> own = BlockExtractor.Extract(story, url);
        excerpt = article.Excerpt;
        if (article.IsFound && article.TextLength >= HalfText(own))
        {
            var content = new HtmlDocument();
            content.LoadHtml(article.ContentHtml);
            List<RawBlock> blocks = BlockExtractor.Extract(content.DocumentNode, url);
            if (blocks.Count > 0)
            {
                return blocks;
            }
        }

        return own;
    }

    /// <summary>Half the text of the blocks: SmartReader's answer about a story must hold at least that much of it.</summary>
    private static int HalfText(List<RawBlock> blocks)
    {
        int length = 0;
        foreach (RawBlock block in blocks)
        {
            length += block.Text.Length;
        }

        return length / 2;
    }

    private static HtmlCleanResult WholePage(HtmlDocument page, HtmlCleanerOptions options, bool found, string? title, bool flattened)
    {
        List<RawBlock> blocks = BlockExtractor.Extract(FindBody(page.DocumentNode));
        return Build(blocks, options, HtmlSource.WholePage, found, title ?? FindTitle(page.DocumentNode), flattened);
    }

    private static HtmlCleanResult Build(List<RawBlock> raw, HtmlCleanerOptions options, HtmlSource source, bool found,
        string? title, bool flattened)
    {
        DecidedBlocks decided = BlockDecider.Decide(raw, options.Pipeline, source != HtmlSource.WholePage);
        var removed = new List<HtmlBlock>();
        var kept = new List<HtmlBlock>(decided.Blocks.Length);
        foreach (HtmlBlock block in decided.Blocks)
        {
            (block.IsRemoved ? removed : kept).Add(block);
        }

        // Residue only: the text pipeline says so, or the page had blocks and every one of them was removed.
        bool residueOnly = decided.Summary.IsResidueOnly || (kept.Count == 0 && removed.Count > 0);
        return new HtmlCleanResult(BlockDecider.Join(decided.Blocks), decided.Blocks, removed, kept, source, found, title,
            decided.Summary.Language, residueOnly, flattened);
    }

    /// <summary>The <c>body</c> element, looked for among the first levels only (no recursion); else the document.</summary>
    private static HtmlNode FindBody(HtmlNode document)
    {
        HtmlNode? body = FindChild(document, "body") ?? (FindChild(document, "html") is HtmlNode root ? FindChild(root, "body") : null);
        return body ?? document;
    }

    private static string? FindTitle(HtmlNode document)
    {
        HtmlNode? head = FindChild(document, "html") is HtmlNode root ? FindChild(root, "head") : FindChild(document, "head");
        HtmlNode? title = head is null ? null : FindChild(head, "title");
        string? text = title is null ? null : HtmlEntity.DeEntitize(title.InnerText).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The page as HtmlAgilityPack parses it, parsed at most once and only when asked for.</summary>
    private sealed class ParsedPage
    {
        private readonly string? _html;
        private HtmlDocument? _document;

        public ParsedPage(string html) => _html = html;

        public ParsedPage(HtmlDocument document) => _document = document;

        public HtmlDocument Document
        {
            get
            {
                if (_document is null)
                {
                    _document = new HtmlDocument();
                    _document.LoadHtml(_html);
                }

                return _document;
            }
        }
    }

    private static HtmlNode? FindChild(HtmlNode parent, string name)
    {
        for (HtmlNode? child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == HtmlNodeType.Element && child.Name == name)
            {
                return child;
            }
        }

        return null;
    }
}
