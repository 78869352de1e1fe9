using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cleaner.Html.Extraction;
using Cleaner.Html.Markup;
using HtmlAgilityPack;

namespace Cleaner.Html.Blocks;

/// <summary>
/// Turns a tree of HTML into blocks: every run of text between block boundaries (the start or end of a <c>p</c>,
/// heading, list item, cell, <c>div</c>…, or a <c>br</c>) is one block, named after its nearest block element, with
/// its link density, its structural context and the residue hints of its classes. Walks the tree iteratively with an
/// explicit stack, so any depth works; scripts, styles, forms, frames, SVG and hidden elements are skipped. Inside
/// <c>pre</c> white space is kept line by line (a <c>br</c> there is a line break, not a block boundary), and the
/// classes of <c>pre</c>, <c>code</c> and everything inside them are not read as hints: they name syntax-highlighting
/// tokens ("comment", "tag"), not parts of the page.
/// </summary>
/// <remarks>An instance holds the state of one walk; it is created per call and never shared.</remarks>
internal sealed class BlockExtractor
{
    /// <summary>Forms larger than this wrap the whole page (ASP.NET) and are walked rather than skipped.</summary>
    private const int PageFormLength = 20_000;

    /// <summary>
    /// Elements whose markup is longer than this do not pass on class hints: a share bar or a related box is small,
    /// while a large element whose class says "comments-open" or "has-social" wraps the article itself.
    /// </summary>
    private const int MaxHintedLength = 6_000;

    /// <summary>
    /// Hints that name one short line (a date, a kicker, a score) are taken only from elements of at most
    /// <see cref="MaxLineHintedLength"/> characters of markup: <c>&lt;article class="post has-date"&gt;</c> wraps a story.
    /// </summary>
    private const ClassHint LineHints = ClassHint.Date | ClassHint.Kicker | ClassHint.Rating;

    /// <summary>See <see cref="LineHints"/>.</summary>
    private const int MaxLineHintedLength = 600;

    /// <summary>Alternative texts of fewer words ("photo", "Jane Doe") are names, not captions, and are not compared.</summary>
    private const int MinAltWords = 4;

    /// <summary>
    /// A block right after images repeats them when this share of its words (of <see cref="AltWordLength"/> letters or
    /// more) is in their alt texts…
    /// </summary>
    private const double SharedAltWords = 0.6;

    /// <summary>…and this share of the alt texts' words is in the block (so a few shared names are not enough).</summary>
    private const double SharedBlockWords = 0.4;

    /// <summary>Shorter words ("the", "and", "was") say nothing about what a photo shows.</summary>
    private const int AltWordLength = 4;

    /// <summary>Blocks with less link text than this share are not read for link targets (see <see cref="LinkTargetsOf"/>).</summary>
    private const float MinTargetDensity = 0.5f;

    /// <summary>Boxes with more text than this are not read as an image with its caption.</summary>
    private const int MaxImageBoxLength = 4000;

    /// <summary>Boxes with more nodes than this are not read as an image with its caption.</summary>
    private const int MaxImageBoxNodes = 64;

    private readonly List<RawBlock> _blocks = [];
    private readonly List<Frame> _stack = [];
    private readonly StringBuilder _text = new();
    private int _chars;
    private int _linkChars;
    private int _words;
    private bool _pendingSpace;
    private int _anchorDepth;
    private string? _anchorHref;
    private bool _anchorCounted;
    private readonly List<string?> _hrefs = [];
    private readonly Uri? _page;
    private MarkupContext _runContext;
    private ClassHint _runHints;
    private int _preDepth;
    private int _lists;
    private HashSet<string>? _alts;
    private HashSet<string> _altWordsSince = new(StringComparer.Ordinal);
    private HashSet<string> _altWordsBefore = new(StringComparer.Ordinal);

    private BlockExtractor(Uri? page)
    {
        _page = page;
    }

    /// <summary>The blocks under <paramref name="root"/> (the root's own class and id are not read as hints).</summary>
    /// <param name="root">The element whose content is cut into blocks.</param>
    /// <param name="page">The page's address, if known: absolute links to it with a fragment are in-page anchors.</param>
    public static List<RawBlock> Extract(HtmlNode root, Uri? page = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var extractor = new BlockExtractor(page);
        extractor.Walk(root);
        return extractor._blocks;
    }

    private void Walk(HtmlNode root)
    {
        _stack.Add(new Frame("div", MarkupContext.None, ClassHint.None, IsBlock: true, IsAnchor: false, IsPre: false, List: -1));
        HtmlNode? node = root.FirstChild;
        while (node is not null)
        {
            if (node.NodeType == HtmlNodeType.Element && Enter(node) && node.HasChildNodes)
            {
                node = node.FirstChild;
                continue;
            }

            if (node.NodeType == HtmlNodeType.Text)
            {
                Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
            }

            // Move to the next sibling, leaving every element whose children are done.
            while (node is not null)
            {
                if (node.NextSibling is not null)
                {
                    node = node.NextSibling;
                    break;
                }

                node = node.ParentNode;
                if (node is null || node == root)
                {
                    node = null;
                    break;
                }

                Exit();
            }
        }

        Flush();
    }

    /// <summary>Enters an element; returns whether its children are to be walked (then it stays on the stack).</summary>
    private bool Enter(HtmlNode element)
    {
        string name = element.Name;
        if (name == "img")
        {
            RememberAlt(element);
        }
        else if (name == "picture")
        {
            for (HtmlNode? child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.Name == "img")
                {
                    RememberAlt(child);
                }
            }
        }

        if (IsSkipped(element, name) || IsHidden(element))
        {
            return false;
        }

        if (name is "br" && _preDepth > 0)
        {
            AppendPre("\n");
            return false;
        }

        if (name is "br" or "hr")
        {
            Flush();
            return false;
        }

        if (!element.HasChildNodes)
        {
            return false;
        }

        Frame parent = _stack[^1];
        bool isBlock = IsBlockTag(name);
        if (isBlock)
        {
            Flush();
        }

        ClassHint hints = parent.Hints;
        bool isCode = _preDepth > 0 || name is "pre" or "code";
        int markup;
        if (element.HasAttributes && !isCode && (markup = MarkupLength.Of(element, MaxHintedLength)) <= MaxHintedLength)
        {
            ClassHint own = ClassHints.Parse(element.GetAttributeValue("class", string.Empty)) |
                            ClassHints.ParseId(element.GetAttributeValue("id", string.Empty));
            if (markup > MaxLineHintedLength)
            {
                own &= ~LineHints;
            }

            hints |= own;
        }

        if (name == "time" && !isCode)
        {
            hints |= ClassHint.Date; // Text that is all inside <time> (or date-named elements) is a date.
        }

        int list = name is "ul" or "ol" or "dl" or "menu" ? _lists++ : parent.List;
        var frame = new Frame(isBlock ? name : parent.Tag, parent.Context | ContextOf(element, name), hints, isBlock,
            name == "a", name == "pre", list);
        if (frame.IsAnchor)
        {
            _anchorDepth++;
            _anchorHref = element.GetAttributeValue("href", null);
            _anchorCounted = false;
        }

        if (frame.IsPre)
        {
            _preDepth++;
        }

        _stack.Add(frame);
        return true;
    }

    private void Exit()
    {
        Frame frame = _stack[^1];
        if (frame.IsBlock)
        {
            Flush();
        }

        if (frame.IsAnchor)
        {
            _anchorDepth--;
        }

        if (frame.IsPre)
        {
            _preDepth--;
        }

        _stack.RemoveAt(_stack.Count - 1);
    }

    private void Append(string text)
    {
        if (_preDepth > 0)
        {
            AppendPre(text);
            return;
        }

        bool inLink = _anchorDepth > 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_text.Length == 0)
            {
                Frame top = _stack[^1];
                _runContext = top.Context;
                _runHints = top.Hints;
                _words = 1;
            }
            else
            {
                Frame top = _stack[^1];
                _runContext &= top.Context;
                _runHints &= top.Hints;
                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _words++;
                }
            }

            _pendingSpace = false;
            _text.Append(c == '\u00A0' ? ' ' : c);
            _chars++;
            if (inLink)
            {
                _linkChars++;
                CountAnchor();
            }
        }
    }

    /// <summary>
    /// Appends text inside <c>pre</c>: line breaks and indentation are kept (no-break spaces become spaces), blank
    /// lines at the start of the block are dropped and trailing white space is trimmed when the block is flushed.
    /// </summary>
    private void AppendPre(string text)
    {
        bool inLink = _anchorDepth > 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (char.IsWhiteSpace(c))
            {
                if (_chars == 0 && c == '\n')
                {
                    _text.Clear(); // A line break before any text: drop the blank line (and its indentation).
                    continue;
                }

                if (c == '\n')
                {
                    TrimTrailingSpaces();
                }

                _text.Append(c == '\u00A0' ? ' ' : c);
                _pendingSpace = true;
                continue;
            }

            Frame top = _stack[^1];
            if (_chars == 0)
            {
                _runContext = top.Context;
                _runHints = top.Hints;
                _words = 1;
            }
            else
            {
                _runContext &= top.Context;
                _runHints &= top.Hints;
                if (_pendingSpace)
                {
                    _words++;
                }
            }

            _pendingSpace = false;
            _text.Append(c);
            _chars++;
            if (inLink)
            {
                _linkChars++;
                CountAnchor();
            }
        }
    }

    /// <summary>Remembers the current link's address for the block, once per link and block.</summary>
    private void CountAnchor()
    {
        if (!_anchorCounted)
        {
            _hrefs.Add(_anchorHref);
            _anchorCounted = true;
        }
    }

    /// <summary>
    /// What the block's links point to. Only blocks that are mostly links are read (the rules that use link targets
    /// need half the text linked), so links inside sentences cost no address parsing.
    /// </summary>
    private LinkTarget LinkTargetsOf(float density)
    {
        if (_hrefs.Count == 0 || density < MinTargetDensity)
        {
            return _hrefs.Count == 0 ? LinkTarget.None : LinkTarget.Other;
        }

        LinkTarget targets = LinkTarget.None;
        foreach (string? href in _hrefs)
        {
            targets |= LinkTargets.Classify(href, _page);
        }

        return targets;
    }

    private void TrimTrailingSpaces()
    {
        int end = _text.Length;
        while (end > 0 && _text[end - 1] is not '\n' && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _text.Length = end;
    }

    private void Flush()
    {
        if (_chars > 0)
        {
            int end = _text.Length;
            while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            _text.Length = end;
            Frame top = _stack[^1];
            float density = (float)_linkChars / _chars;
            string text = _text.ToString();
            AltEcho echo = _alts is not null && _words >= MinAltWords ? EchoOfAlt(text) : AltEcho.None;
            _blocks.Add(new RawBlock(text, new MarkupFeatures(top.Tag, density, _runContext, _runHints), _words, top.List, echo, LinkTargetsOf(density)));
            if (_alts is not null)
            {
                (_altWordsBefore, _altWordsSince) = (_altWordsSince, _altWordsBefore);
                _altWordsSince.Clear();
            }
        }

        _text.Clear();
        _chars = 0;
        _linkChars = 0;
        _hrefs.Clear();
        _anchorCounted = false;
        _words = 0;
        _pendingSpace = false;
    }

    /// <summary>Remembers the alternative text of an image that comes before the blocks still to be cut.</summary>
    private void RememberAlt(HtmlNode image)
    {
        string? alt = image.GetAttributeValue("alt", null);
        if (string.IsNullOrWhiteSpace(alt))
        {
            return;
        }

        string words = Words(HtmlEntity.DeEntitize(alt));
        if (words.Length > 0 && CountWords(words) >= MinAltWords)
        {
            (_alts ??= new HashSet<string>(StringComparer.Ordinal)).Add(words);
            foreach (string word in words.Split(' '))
            {
                if (word.Length >= AltWordLength)
                {
                    _altWordsSince.Add(word);
                }
            }
        }
    }

    /// <summary>
    /// Whether a block repeats what images before it describe: the words of an earlier image's alt text exactly, or
    /// mostly the words of the images just before it and they mostly its words (images since the block before last;
    /// a caption reworded from the alt texts, or one caption for several photos).
    /// </summary>
    private AltEcho EchoOfAlt(string text)
    {
        string words = Words(text);
        if (_alts!.Contains(words))
        {
            return AltEcho.Same;
        }

        if (_altWordsSince.Count == 0 && _altWordsBefore.Count == 0)
        {
            return AltEcho.None;
        }

        int count = 0;
        int shared = 0;
        foreach (string word in new HashSet<string>(words.Split(' '), StringComparer.Ordinal))
        {
            if (word.Length >= AltWordLength)
            {
                count++;
                shared += _altWordsSince.Contains(word) || _altWordsBefore.Contains(word) ? 1 : 0;
            }
        }

        int altCount = _altWordsSince.Count + _altWordsBefore.Count(w => !_altWordsSince.Contains(w));
        return count >= MinAltWords && shared >= SharedAltWords * count && shared >= SharedBlockWords * altCount
            ? AltEcho.Similar
            : AltEcho.None;
    }

    /// <summary>The lower-cased runs of letters and digits of <paramref name="text"/>, one space between them.</summary>
    internal static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool pending = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pending && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pending = false;
            }
            else
            {
                pending = true;
            }
        }

        return builder.ToString();
    }

    private static int CountWords(string words)
    {
        int count = 1;
        foreach (char c in words)
        {
            count += c == ' ' ? 1 : 0;
        }

        return count;
    }

    private static bool IsSkipped(HtmlNode element, string name) => name switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "frame" or "frameset" or
            "object" or "embed" or "canvas" or "video" or "audio" or "head" or "title" or "meta" or "link" or
            "button" or "select" or "option" or "input" or "textarea" or "img" or "picture" or "source" => true,
        "form" => MarkupLength.Of(element, PageFormLength) < PageFormLength,
        _ => false,
    };

    /// <summary>Hidden the ways Readability checks: <c>hidden</c>, <c>aria-hidden="true"</c>, <c>display:none</c>.</summary>
    internal static bool IsHidden(HtmlNode element)
    {
        if (!element.HasAttributes)
        {
            return false;
        }

        if (element.Attributes["hidden"] is not null ||
            string.Equals(element.GetAttributeValue("aria-hidden", null), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string? style = element.GetAttributeValue("style", null);
        if (style is null)
        {
            return false;
        }

        string compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) ||
               compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static MarkupContext ContextOf(HtmlNode element, string name)
    {
        // An aside, nav, footer or header that SmartReader renamed to a div keeps its name in an attribute (see StructureMarks).
        if (name == "div" && element.HasAttributes && element.GetAttributeValue(StructureMarks.Attribute, null) is string original)
        {
            name = original;
        }

        MarkupContext context = name switch
        {
            "figure" => MarkupContext.Figure,
            "figcaption" => MarkupContext.FigureCaption,
            "aside" => MarkupContext.Aside,
            "nav" or "menu" => MarkupContext.Navigation,
            "header" => MarkupContext.Header,
            "footer" => MarkupContext.Footer,
            "td" or "th" => MarkupContext.TableCell,
            "li" or "dt" or "dd" => MarkupContext.ListItem,
            "div" or "span" when IsImageBox(element) => MarkupContext.Figure,
            _ => MarkupContext.None,
        };

        string? role = element.GetAttributeValue("role", null);
        if (role is not null)
        {
            context |= role.ToUpperInvariant() switch
            {
                "COMPLEMENTARY" => MarkupContext.Aside,
                "NAVIGATION" or "MENU" or "MENUBAR" => MarkupContext.Navigation,
                "BANNER" => MarkupContext.Header,
                "CONTENTINFO" => MarkupContext.Footer,
                _ => MarkupContext.None,
            };
        }

        return context;
    }

    /// <summary>
    /// A figure without figure markup: a box that holds an image (alone or inside a link or wrapper without text) and
    /// then one element of text, and nothing else (<c>&lt;div class="picBox"&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;p&gt;The
    /// steep landscape…&lt;/p&gt;&lt;/div&gt;</c>). The text is that image's caption; the figure rules apply to it as to
    /// a <c>figure</c>'s text (short blocks only, and prose keeps its guard).
    /// </summary>
    private static bool IsImageBox(HtmlNode element)
    {
        if (!IsSmallBox(element))
        {
            return false;
        }

        int seen = 0;
        for (HtmlNode? child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == HtmlNodeType.Comment ||
                (child.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(((HtmlTextNode)child).Text)))
            {
                continue;
            }

            if (child.NodeType != HtmlNodeType.Element)
            {
                return false; // Loose text beside the image: not a caption box.
            }

            seen++;
            bool ok = seen switch
            {
                1 => IsImageOnly(child),
                2 => child.Name is "p" or "span" or "div" or "small" or "em" or "i" && IsOneSentence(child.InnerText) &&
                     !child.Descendants("img").Any(),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return seen == 2;
    }

    /// <summary>
    /// Whether the element holds at most <see cref="MaxImageBoxNodes"/> nodes and <see cref="MaxImageBoxLength"/>
    /// characters of text. Walked without recursion and given up as soon as either is passed, so that asking it of every
    /// <c>div</c> costs little on any page, however large or deep (HtmlAgilityPack's own lengths serialise the subtree,
    /// recursively).
    /// </summary>
    private static bool IsSmallBox(HtmlNode element)
    {
        int nodes = 0;
        int text = 0;
        HtmlNode? node = element.FirstChild;
        while (node is not null)
        {
            if (++nodes > MaxImageBoxNodes)
            {
                return false;
            }

            if (node.NodeType == HtmlNodeType.Text && (text += ((HtmlTextNode)node).Text.Length) > MaxImageBoxLength)
            {
                return false;
            }

            node = SubtreeWalk.Next(node, element);
        }

        return true;
    }

    /// <summary>
    /// Text of one sentence at most: a caption names what the photo shows, while a box with a photo and several
    /// sentences is a biography or a teaser ("Jane Doe covers the White House. Since joining…").
    /// </summary>
    private static bool IsOneSentence(string html)
    {
        string text = HtmlEntity.DeEntitize(html).Trim();
        if (text.Length == 0)
        {
            return false;
        }

        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An image, or an element that holds an image and no text (a link or wrapper around it; Readability wraps it in a p).</summary>
    private static bool IsImageOnly(HtmlNode element) =>
        element.Name is "img" or "picture" ||
        (element.Name is "a" or "span" or "div" or "p" or "picture" && string.IsNullOrWhiteSpace(element.InnerText) && element.Descendants("img").Any());

    private static bool IsBlockTag(string name) => name switch
    {
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or
            "blockquote" or "td" or "th" or "tr" or "table" or "thead" or "tbody" or "tfoot" or "caption" or
            "figcaption" or "figure" or "pre" or "div" or "section" or "article" or "main" or "aside" or "nav" or
            "header" or "footer" or "address" or "center" or "details" or "summary" or "fieldset" or "legend" or
            "hgroup" or "menu" or "body" or "html" or "form" or "dialog" => true,
        _ => false,
    };

    /// <summary>One open element: the block tag its text is reported under and what it inherits.</summary>
    private readonly record struct Frame(string Tag, MarkupContext Context, ClassHint Hints, bool IsBlock, bool IsAnchor, bool IsPre, int List);
}
