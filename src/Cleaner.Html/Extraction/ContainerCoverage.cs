using System;
using System.Collections.Generic;
using Cleaner.Html.Blocks;
using Cleaner.Html.Markup;
using HtmlAgilityPack;

namespace Cleaner.Html.Extraction;

/// <summary>
/// A safeguard against a container that holds only part of the article. SmartReader keeps its best-scored node and
/// cleans it; when a wrapper inside the article scores low (a class that reads as negative, a slideshow of paragraphs)
/// the cleaning can drop most of the story with it, and nothing downstream can bring the text back. This check counts
/// the page's <em>article paragraphs</em> (<c>p</c> elements of 80 or more characters that end a sentence, are
/// mostly not links and sit with at least two more such paragraphs in their parent, outside menus, headers, footers,
/// asides, forms, hidden elements and boxes whose class names comments, related links, sharing, subscriptions or
/// advertising) and how many of them the container returned. When
/// the container holds less than half of that text, and an ancestor of the container's paragraphs, at most
/// <see cref="MaxClimb"/> levels above them, holds at least <see cref="ConcentratedShare"/> of it and is mostly such
/// paragraphs, that ancestor is the article: the caller cleans it instead.
/// </summary>
/// <remarks>
/// Paragraphs are told apart by their text as the block pass reads it (entities decoded, white space collapsed), so
/// a paragraph the container returned matches the page's. A paragraph in a box with a residue class still counts when
/// the box also holds the container's paragraphs (a page-wide wrapper with <c>class="has-comments"</c> names nothing).
/// </remarks>
internal static class ContainerCoverage
{
    /// <summary>An article paragraph has at least this many characters…</summary>
    internal const int ParagraphChars = 80;

    /// <summary>…and less than this share of link text.</summary>
    internal const float ParagraphLinkDensity = 0.3f;

    /// <summary>…and sit in a parent with at least this many of them.</summary>
    internal const int MinRun = 3;

    /// <summary>The container is suspect when it holds less than this share of the page's article paragraphs' text…</summary>
    internal const double CoveredShare = 0.5;

    /// <summary>…and misses at least this many characters of them (a few paragraphs, not one stray teaser).</summary>
    internal const int MissedChars = 1_000;

    /// <summary>The widened container holds at least this share of the page's article paragraphs' text…</summary>
    internal const double ConcentratedShare = 0.8;

    /// <summary>…and article paragraphs make at least this share of its own text (it is not a page-wide wrapper).</summary>
    internal const double ProseShare = 0.5;

    /// <summary>How far above the container's paragraphs' common ancestor the widened container may be.</summary>
    internal const int MaxClimb = 3;

    private const ClassHint ResidueHints = ClassHint.Comments | ClassHint.Related | ClassHint.Social |
                                           ClassHint.Subscription | ClassHint.Advertisement;

    /// <summary>
    /// The page element to clean instead of the container, or null when the container holds the article (or the page
    /// shows no better choice).
    /// </summary>
    /// <param name="body">The page's body (or document) node.</param>
    /// <param name="container">The blocks of the container SmartReader returned.</param>
    public static HtmlNode? FindWiderContainer(HtmlNode body, List<RawBlock> container) => Check(body, container).Wider;

    /// <summary>
    /// What the page's article paragraphs say about the container: an element to clean instead (see
    /// <see cref="FindWiderContainer"/>), or that the container missed the story altogether: it holds none of the
    /// article paragraphs, while those outside residue boxes make at least <see cref="MissedChars"/> characters and more
    /// text than the container itself (SmartReader kept a small box beside the story). No element can be trusted then,
    /// and the caller classifies the whole page, so the story is not lost.
    /// </summary>
    /// <param name="body">The page's body (or document) node.</param>
    /// <param name="container">The blocks of the container SmartReader returned.</param>
    public static CoverageCheck Check(HtmlNode body, List<RawBlock> container)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(container);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (RawBlock block in container)
        {
            returned.Add(block.Text);
        }

        List<Paragraph> paragraphs = ArticleParagraphs(body);
        long total = 0;
        long covered = 0;
        HtmlNode? anchor = null;
        foreach (Paragraph paragraph in paragraphs)
        {
            total += paragraph.Length;
            if (returned.Contains(paragraph.Text))
            {
                covered += paragraph.Length;
                anchor = anchor is null ? paragraph.Node.ParentNode : CommonAncestor(anchor, paragraph.Node);
            }
        }

        if (anchor is null)
        {
            return new CoverageCheck(null, MissesStory(body, paragraphs, container));
        }

        if (covered >= CoveredShare * total || total - covered < MissedChars)
        {
            return default;
        }

        // The paragraphs that sit in a residue box of their own (not one that also holds the container) do not count.
        long eligible = 0;
        var counted = new List<Paragraph>(paragraphs.Count);
        foreach (Paragraph paragraph in paragraphs)
        {
            if (returned.Contains(paragraph.Text) || !InResidueBranch(paragraph.Node, anchor))
            {
                eligible += paragraph.Length;
                counted.Add(paragraph);
            }
        }

        if (covered >= CoveredShare * eligible || eligible - covered < MissedChars)
        {
            return default;
        }

        HtmlNode? candidate = anchor;
        for (int level = 0; level <= MaxClimb && candidate is not null && !IsPageRoot(candidate); level++, candidate = candidate.ParentNode)
        {
            long held = 0;
            foreach (Paragraph paragraph in counted)
            {
                if (IsAncestor(candidate, paragraph.Node))
                {
                    held += paragraph.Length;
                }
            }

            if (held >= ConcentratedShare * eligible)
            {
                return held >= ProseShare * TextLength(candidate) ? new CoverageCheck(candidate, false) : default;
            }
        }

        return default;
    }

    /// <summary>Whether a container holding none of the article paragraphs missed the story (see <see cref="Check"/>).</summary>
    private static bool MissesStory(HtmlNode body, List<Paragraph> paragraphs, List<RawBlock> container)
    {
        long eligible = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
            eligible += InResidueBranch(paragraph.Node, body) ? 0 : paragraph.Length;
        }

        if (eligible < MissedChars)
        {
            return false;
        }

        long length = 0;
        foreach (RawBlock block in container)
        {
            length += block.Text.Length;
        }

        return length < eligible;
    }

    /// <summary>The page's article paragraphs.</summary>
    internal static List<Paragraph> ArticleParagraphs(HtmlNode body)
    {
        var found = new List<Paragraph>();
        var siblings = new Dictionary<HtmlNode, int>();
        var stack = new Stack<HtmlNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            for (HtmlNode? child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child.NodeType != HtmlNodeType.Element || IsOutsideArticles(child))
                {
                    continue;
                }

                if (child.Name == "p")
                {
                    if (AsParagraph(child) is Paragraph paragraph)
                    {
                        found.Add(paragraph);
                        siblings[node] = siblings.GetValueOrDefault(node) + 1;
                    }
                }
                else
                {
                    stack.Push(child);
                }
            }
        }

        // A story's paragraphs run one after another; a paragraph or two alone in their parent are a teaser, a notice,
        // a bio, a reader's comment.
        found.RemoveAll(paragraph => siblings[paragraph.Node.ParentNode!] < MinRun);
        return found;
    }

    private static Paragraph? AsParagraph(HtmlNode p)
    {
        // Markup is never shorter than its text: a short element is no paragraph, and is not walked.
        if (MarkupLength.Of(p, ParagraphChars) < ParagraphChars)
        {
            return null;
        }

        List<RawBlock> blocks = BlockExtractor.Extract(p);
        if (blocks.Count != 1)
        {
            return null;
        }

        RawBlock block = blocks[0];
        string text = block.Text;
        return text.Length >= ParagraphChars && block.Markup.LinkDensity < ParagraphLinkDensity && EndsSentence(text)
            ? new Paragraph(p, text, text.Length)
            : null;
    }

    /// <summary>Whether the text ends with a full stop, a question or exclamation mark or an ellipsis, maybe inside quotes or brackets.</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (text.Length > 0 && text[^1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*')
        {
            text = text[..^1];
        }

        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    /// <summary>Elements whose paragraphs are not article text: skipped by the block pass, hidden, or page furniture.</summary>
    private static bool IsOutsideArticles(HtmlNode element) => element.Name switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "nav" or "menu" or "header" or
            "footer" or "aside" or "form" or "button" or "select" or "textarea" or "head" => true,
        _ => BlockExtractor.IsHidden(element) || IsFurnitureRole(element),
    };

    private static bool IsFurnitureRole(HtmlNode element)
    {
        string? role = element.GetAttributeValue("role", null);
        return role is not null && role.ToUpperInvariant() is "NAVIGATION" or "BANNER" or "CONTENTINFO" or "COMPLEMENTARY";
    }

    /// <summary>Whether an element between <paramref name="node"/> and its common ancestor with <paramref name="anchor"/> names a residue family.</summary>
    private static bool InResidueBranch(HtmlNode node, HtmlNode anchor)
    {
        for (HtmlNode? element = node; element is not null && !IsAncestor(element, anchor); element = element.ParentNode)
        {
            if (element.HasAttributes &&
                ((ClassHints.Parse(element.GetAttributeValue("class", string.Empty)) |
                  ClassHints.ParseId(element.GetAttributeValue("id", string.Empty))) & ResidueHints) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static HtmlNode CommonAncestor(HtmlNode a, HtmlNode b)
    {
        for (HtmlNode? node = a; node is not null; node = node.ParentNode)
        {
            if (IsAncestor(node, b))
            {
                return node;
            }
        }

        return a.OwnerDocument.DocumentNode;
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="node"/> or one of its ancestors.</summary>
    internal static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (HtmlNode? current = node; current is not null; current = current.ParentNode)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPageRoot(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Document || node.Name is "body" or "html" || node.ParentNode is null;

    private static long TextLength(HtmlNode node)
    {
        long length = 0;
        foreach (RawBlock block in BlockExtractor.Extract(node))
        {
            length += block.Text.Length;
        }

        return length;
    }

    /// <summary>What <see cref="Check"/> found.</summary>
    /// <param name="Wider">The element to clean instead of the container, or null.</param>
    /// <param name="MissesStory">Whether the container missed the story and the whole page should be classified.</param>
    internal readonly record struct CoverageCheck(HtmlNode? Wider, bool MissesStory);

    /// <summary>An article paragraph: its element, its text as the block pass reads it, and that text's length.</summary>
    internal readonly record struct Paragraph(HtmlNode Node, string Text, int Length);
}
