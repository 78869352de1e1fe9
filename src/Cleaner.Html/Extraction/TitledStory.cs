using System;
using System.Collections.Generic;
using Cleaner.Html.Blocks;
using HtmlAgilityPack;

namespace Cleaner.Html.Extraction;

/// <summary>
/// A safeguard against a container that holds another story. On an infinite-scroll page (or a page that appends
/// "next stories" in full under the story) Readability may score the box of the other stories higher than the story
/// itself, simply because it holds more text: the article then comes back as someone else's. The page says which story
/// it is about: its title (<c>og:title</c>, <c>twitter:title</c>, <c>&lt;title&gt;</c>) is the headline of one of its
/// <c>h1</c> elements. When the container holds the headline of an <c>h1</c> that does not match the title (a
/// <em>foreign</em> headline) while another <c>h1</c> matches it, and the container holds less than half of the
/// article paragraphs (see <see cref="ContainerCoverage"/>) around that matching headline, the story of the matching
/// headline is the article. Its element is the lowest ancestor of the headline that holds
/// <see cref="StoryShare"/> of the page's article paragraphs outside the foreign stories; each foreign story (the
/// highest ancestor of a foreign headline that does not hold the matching one) is cut out of a copy of it.
/// </summary>
/// <remarks>
/// The container is taken for another story's when it holds a foreign headline or more of the foreign stories'
/// article paragraphs than of the rest of the page. When it holds the titled story too, the story is cut out of it
/// only when the foreign stories are items of the same stream (see <see cref="RepeatedStory"/>): sections of one story
/// may carry their own <c>h1</c>, and cutting them would lose body. Headlines of fewer than
/// <see cref="MinHeadlineWords"/> words (a site name in an <c>h1</c> logo, "Menu") are neither matching nor foreign.
/// </remarks>
internal static class TitledStory
{
    /// <summary>Headlines and titles of fewer words than this are not compared.</summary>
    internal const int MinHeadlineWords = 3;

    /// <summary>A headline matches the title when this share of the longer one's words is in both.</summary>
    internal const double MatchingShare = 0.8;

    /// <summary>A headline is foreign when less than this share of the longer one's words is in both, for every title.</summary>
    internal const double ForeignShare = 0.34;

    /// <summary>The story's element holds at least this share of the page's article paragraphs outside foreign stories…</summary>
    internal const double StoryShare = 0.8;

    /// <summary>…and at least this many characters of them (a story, not a teaser).</summary>
    internal const int MinStoryChars = 500;

    /// <summary>The container holds the story when it holds this share of the story's article paragraphs.</summary>
    internal const double HeldShare = 0.5;

    /// <summary>How far above the matching headline the story's element may be.</summary>
    internal const int MaxClimb = 8;

    /// <summary>
    /// A copy of the element of the story whose headline is the page's title, with any foreign story cut out; null
    /// when the container is not about another story, or the page shows no story for its title.
    /// </summary>
    /// <param name="document">The page's document node (for its title metadata).</param>
    /// <param name="body">The page's body (or document) node.</param>
    /// <param name="articleTitle">The title SmartReader read, if any.</param>
    /// <param name="container">The blocks of the container SmartReader returned.</param>
    public static HtmlNode? Find(HtmlNode document, HtmlNode body, string? articleTitle, List<RawBlock> container)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(container);
        List<HtmlNode> headlines = Headlines(body);
        if (headlines.Count < 2)
        {
            return null; // One headline (the usual page) cannot be both matching and foreign.
        }

        List<HashSet<string>> titles = Titles(document, articleTitle);
        if (titles.Count == 0)
        {
            return null;
        }

        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (RawBlock block in container)
        {
            returned.Add(block.Text);
        }

        HtmlNode? matching = null;
        var foreign = new List<HtmlNode>();
        bool foreignReturned = false;
        foreach (HtmlNode headline in headlines)
        {
            string text = HeadlineText(headline);
            HashSet<string> words = Words(text);
            if (words.Count < MinHeadlineWords)
            {
                continue;
            }

            double best = 0;
            foreach (HashSet<string> title in titles)
            {
                best = Math.Max(best, Shared(words, title));
            }

            if (best >= MatchingShare)
            {
                matching ??= headline;
            }
            else if (best < ForeignShare)
            {
                foreign.Add(headline);
                foreignReturned |= returned.Contains(text);
            }
        }

        if (matching is null || foreign.Count == 0)
        {
            return null;
        }

        // Each foreign story: the highest ancestor of its headline that does not hold the matching headline.
        var foreignStories = new List<HtmlNode>(foreign.Count);
        foreach (HtmlNode headline in foreign)
        {
            HtmlNode top = headline;
            while (top.ParentNode is HtmlNode parent && !ContainerCoverage.IsPageRoot(parent) &&
                   !ContainerCoverage.IsAncestor(parent, matching))
            {
                top = parent;
            }

            if (!ContainerCoverage.IsAncestor(top, matching) && !foreignStories.Contains(top))
            {
                foreignStories.Add(top);
            }
        }

        var paragraphs = new List<ContainerCoverage.Paragraph>();
        long total = 0;
        long foreignCovered = 0;
        long ownCovered = 0;
        foreach (ContainerCoverage.Paragraph paragraph in ContainerCoverage.ArticleParagraphs(body))
        {
            bool inContainer = returned.Contains(paragraph.Text);
            if (InAny(foreignStories, paragraph.Node))
            {
                foreignCovered += inContainer ? paragraph.Length : 0;
            }
            else
            {
                paragraphs.Add(paragraph);
                total += paragraph.Length;
                ownCovered += inContainer ? paragraph.Length : 0;
            }
        }

        // The container is about another story when it holds a foreign headline or more of the foreign stories' text
        // than of the rest of the page.
        if ((!foreignReturned && foreignCovered <= ownCovered) || total < MinStoryChars)
        {
            return null;
        }

        HtmlNode? story = matching.ParentNode;
        for (int level = 0; level < MaxClimb && story is not null && !ContainerCoverage.IsPageRoot(story); level++, story = story.ParentNode)
        {
            long held = 0;
            long covered = 0;
            foreach (ContainerCoverage.Paragraph paragraph in paragraphs)
            {
                if (ContainerCoverage.IsAncestor(story, paragraph.Node))
                {
                    held += paragraph.Length;
                    covered += returned.Contains(paragraph.Text) ? paragraph.Length : 0;
                }
            }

            if (held >= StoryShare * total)
            {
                if (held < MinStoryChars)
                {
                    return null;
                }

                if (covered < HeldShare * held)
                {
                    return WithoutStories(story, foreignStories);
                }

                break;
            }
        }

        return foreignCovered > 0 ? RepeatedStory(matching, foreign, foreignStories, paragraphs, total) : null;
    }

    /// <summary>
    /// When the container holds the titled story and foreign stories after it (the stories of a stream appended to
    /// one another), the titled story's own element: the highest ancestor of its headline that holds no foreign
    /// headline, when it holds the story's paragraphs and every foreign story is an element of the same name and class
    /// (one more item of the same stream). Sections of one story that carry their own <c>h1</c> are not of that shape
    /// (the headline's own element is then the headline or its header), so they are never cut.
    /// </summary>
    private static HtmlNode? RepeatedStory(HtmlNode matching, List<HtmlNode> foreign, List<HtmlNode> foreignStories,
        List<ContainerCoverage.Paragraph> paragraphs, long total)
    {
        HtmlNode own = matching;
        while (own.ParentNode is HtmlNode parent && !ContainerCoverage.IsPageRoot(parent) && !InAnyAncestor(parent, foreign))
        {
            own = parent;
        }

        long held = 0;
        foreach (ContainerCoverage.Paragraph paragraph in paragraphs)
        {
            held += ContainerCoverage.IsAncestor(own, paragraph.Node) ? paragraph.Length : 0;
        }

        if (held < MinStoryChars || held < StoryShare * total)
        {
            return null;
        }

        string ownClass = own.GetAttributeValue("class", string.Empty);
        foreach (HtmlNode other in foreignStories)
        {
            if (other.Name != own.Name || other.GetAttributeValue("class", string.Empty) != ownClass)
            {
                return null;
            }
        }

        return own.CloneNode(true);
    }

    /// <summary>Whether <paramref name="ancestor"/> holds one of <paramref name="nodes"/>.</summary>
    private static bool InAnyAncestor(HtmlNode ancestor, List<HtmlNode> nodes)
    {
        foreach (HtmlNode node in nodes)
        {
            if (ContainerCoverage.IsAncestor(ancestor, node))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the page's source has two <c>h1</c> start tags or more: a page with one headline holds one story, and
    /// its tree need not be walked for headlines.
    /// </summary>
    public static bool MayHoldStories(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int found = 0;
        for (int at = html.IndexOf("<h1", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf("<h1", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            if (at + 3 < html.Length && html[at + 3] is '>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/' && ++found == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A deep copy of <paramref name="story"/> without the foreign stories inside it.</summary>
    private static HtmlNode WithoutStories(HtmlNode story, List<HtmlNode> foreignStories)
    {
        HtmlNode copy = story.CloneNode(true);
        foreach (HtmlNode foreign in foreignStories)
        {
            if (!ContainerCoverage.IsAncestor(story, foreign))
            {
                continue;
            }

            // The same path of child positions leads to the foreign story's copy.
            var path = new List<int>();
            for (HtmlNode node = foreign; node != story && node.ParentNode is HtmlNode parent; node = parent)
            {
                path.Add(parent.ChildNodes.IndexOf(node));
            }

            HtmlNode target = copy;
            for (int i = path.Count - 1; i >= 0; i--)
            {
                target = target.ChildNodes[path[i]];
            }

            // Emptied rather than removed, so the positions of the other paths stay valid.
            target.RemoveAllChildren();
        }

        return copy;
    }

    private static bool InAny(List<HtmlNode> ancestors, HtmlNode node)
    {
        foreach (HtmlNode ancestor in ancestors)
        {
            if (ContainerCoverage.IsAncestor(ancestor, node))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's <c>h1</c> elements in page order, outside scripts, templates and hidden elements.</summary>
    private static List<HtmlNode> Headlines(HtmlNode body)
    {
        var found = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            if (node.Name == "h1")
            {
                if (!BlockExtractor.IsHidden(node))
                {
                    found.Add(node);
                }

                continue;
            }

            // Children pushed last to first are visited first to last: page order.
            for (HtmlNode? child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child.NodeType == HtmlNodeType.Element && child.HasChildNodes &&
                    child.Name is not ("script" or "style" or "noscript" or "template" or "svg" or "head"))
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>The headline's text as the block pass reads it (entities decoded, white space collapsed).</summary>
    private static string HeadlineText(HtmlNode headline)
    {
        List<RawBlock> blocks = BlockExtractor.Extract(headline);
        return blocks.Count == 1 ? blocks[0].Text : string.Join(' ', blocks.ConvertAll(block => block.Text));
    }

    /// <summary>The page's titles as word sets: <c>og:title</c>, <c>twitter:title</c>, the title element and its longest part, SmartReader's.</summary>
    private static List<HashSet<string>> Titles(HtmlNode document, string? articleTitle)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(articleTitle))
        {
            texts.Add(articleTitle);
        }

        HtmlNode? root = Child(document, "html") ?? document;
        if (Child(root, "head") is HtmlNode head)
        {
            for (HtmlNode? child = head.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.NodeType != HtmlNodeType.Element)
                {
                    continue;
                }

                if (child.Name == "title")
                {
                    string title = HtmlEntity.DeEntitize(child.InnerText);
                    texts.Add(title);
                    texts.Add(LongestPart(title));
                }
                else if (child.Name == "meta")
                {
                    string key = child.GetAttributeValue("property", null) ?? child.GetAttributeValue("name", string.Empty);
                    if (key.Equals("og:title", StringComparison.OrdinalIgnoreCase) ||
                        key.Equals("twitter:title", StringComparison.OrdinalIgnoreCase))
                    {
                        texts.Add(HtmlEntity.DeEntitize(child.GetAttributeValue("content", string.Empty)));
                    }
                }
            }
        }

        var titles = new List<HashSet<string>>(texts.Count);
        foreach (string text in texts)
        {
            HashSet<string> words = Words(text);
            if (words.Count >= MinHeadlineWords)
            {
                titles.Add(words);
            }
        }

        return titles;
    }

    /// <summary>The longest part of a title cut at the separators sites put before their name ("Story | Site", "Story - Site").</summary>
    internal static string LongestPart(string title)
    {
        string longest = string.Empty;
        foreach (string part in title.Split([" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "], StringSplitOptions.TrimEntries))
        {
            if (part.Length > longest.Length)
            {
                longest = part;
            }
        }

        return longest;
    }

    /// <summary>The lower-case words (runs of letters and digits) of <paramref name="text"/>.</summary>
    internal static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The share of the larger word set's words that are in both.</summary>
    internal static double Shared(HashSet<string> a, HashSet<string> b)
    {
        int both = 0;
        foreach (string word in a)
        {
            both += b.Contains(word) ? 1 : 0;
        }

        return (double)both / Math.Max(a.Count, b.Count);
    }

    /// <summary>
    /// The page's description <c>meta</c> elements (<c>description</c>, <c>og:description</c>,
    /// <c>twitter:description</c>) as markup, to be handed to SmartReader with the story so its excerpt is the page's.
    /// </summary>
    internal static string DescriptionMarkup(HtmlNode document)
    {
        HtmlNode root = Child(document, "html") ?? document;
        if (Child(root, "head") is not HtmlNode head)
        {
            return string.Empty;
        }

        var markup = new System.Text.StringBuilder();
        for (HtmlNode? child = head.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == HtmlNodeType.Element && child.Name == "meta" &&
                (child.GetAttributeValue("property", null) ?? child.GetAttributeValue("name", string.Empty))
                    .EndsWith("description", StringComparison.OrdinalIgnoreCase))
            {
                markup.Append(child.OuterHtml);
            }
        }

        return markup.ToString();
    }

    /// <summary>The <c>content</c> of the page's first <c>meta</c> element whose <c>property</c> or <c>name</c> is <paramref name="key"/>, or null.</summary>
    internal static string? MetaContent(HtmlNode document, string key)
    {
        HtmlNode root = Child(document, "html") ?? document;
        if (Child(root, "head") is not HtmlNode head)
        {
            return null;
        }

        for (HtmlNode? child = head.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == HtmlNodeType.Element && child.Name == "meta" &&
                (child.GetAttributeValue("property", null) ?? child.GetAttributeValue("name", string.Empty)).Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return HtmlEntity.DeEntitize(child.GetAttributeValue("content", string.Empty));
            }
        }

        return null;
    }

    private static HtmlNode? Child(HtmlNode parent, string name)
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
