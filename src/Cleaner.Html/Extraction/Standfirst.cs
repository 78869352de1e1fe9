using System;
using System.Collections.Generic;
using Cleaner.Html.Blocks;
using Cleaner.Html.Markup;
using HtmlAgilityPack;

namespace Cleaner.Html.Extraction;

/// <summary>
/// Finds the article's standfirst (the sentence or two under the headline) when the container left it out. SmartReader
/// starts the article at its first scored paragraph, so a standfirst set in the article's header is lost with the
/// headline; the page usually repeats it as its description metadata, which SmartReader returns as the excerpt. An
/// element of the page whose words are the excerpt's (or start with them, when the description was cut short) and that
/// the container does not hold is the standfirst: its block goes first, to be decided like the others.
/// </summary>
internal static class Standfirst
{
    /// <summary>An excerpt of fewer words is a slogan or a site name, not a summary of the article.</summary>
    internal const int MinWords = 8;

    /// <summary>Elements larger than this do not name a box by their class (as in the block pass).</summary>
    private const int MaxBoxLength = 6_000;

    private const ClassHint ResidueHints = ClassHint.Comments | ClassHint.Related | ClassHint.Social |
                                           ClassHint.Subscription | ClassHint.Advertisement;

    /// <summary>The standfirst block, or null when there is none to add.</summary>
    /// <param name="body">The page's body (or document) node.</param>
    /// <param name="excerpt">SmartReader's excerpt (the page's description), if any.</param>
    /// <param name="container">The blocks of the container being cleaned.</param>
    public static RawBlock? Find(HtmlNode body, string? excerpt, List<RawBlock> container)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(container);
        if (string.IsNullOrWhiteSpace(excerpt))
        {
            return null;
        }

        string trimmed = excerpt.Trim();
        bool cut = trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal);
        string words = BlockExtractor.Words(HtmlEntity.DeEntitize(trimmed));
        if (words.Split(' ').Length < MinWords)
        {
            return null;
        }

        foreach (RawBlock block in container)
        {
            if (BlockExtractor.Words(block.Text).Contains(words, StringComparison.Ordinal))
            {
                return null; // The container holds it already (often the description is the first paragraph).
            }
        }

        HtmlNode? element = FindElement(body, words, cut);
        if (element is null)
        {
            return null;
        }

        List<RawBlock> blocks = BlockExtractor.Extract(element);
        return blocks.Count == 1 ? blocks[0] : null;
    }

    /// <summary>
    /// The first visible element outside menus, footers, asides and boxes named as residue whose words are
    /// <paramref name="words"/>.
    /// </summary>
    private static HtmlNode? FindElement(HtmlNode body, string words, bool cut)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            for (HtmlNode? child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child.NodeType != HtmlNodeType.Element || IsOutside(child))
                {
                    continue;
                }

                int markup = MarkupLength.Of(child, MaxMarkup(words));
                if (markup < words.Length)
                {
                    continue;
                }

                // Only elements of a standfirst's size are read (reading every wrapper's text would cost the square
                // of the page's depth); larger ones are walked into.
                if (child.Name is "p" or "h2" or "h3" or "div" or "span" or "section" && markup <= MaxMarkup(words))
                {
                    string text = BlockExtractor.Words(HtmlEntity.DeEntitize(child.InnerText));
                    if (text.Length < words.Length)
                    {
                        continue;
                    }

                    if (text == words || (cut && text.StartsWith(words, StringComparison.Ordinal) && text.Length <= 2 * words.Length))
                    {
                        return child;
                    }
                }

                stack.Push(child);
            }
        }

        return null;
    }

    /// <summary>The most markup an element holding <paramref name="words"/> as its text is expected to have.</summary>
    private static int MaxMarkup(string words) => (8 * words.Length) + 1_000;

    private static bool IsOutside(HtmlNode element) => element.Name switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "nav" or "footer" or "aside" or
            "form" or "head" or "meta" or "button" => true,
        _ => BlockExtractor.IsHidden(element) || IsResidueBox(element),
    };

    /// <summary>
    /// A box whose class or id names a residue family (a share widget or a teaser repeats the description too); large
    /// elements are page wrappers whose classes ("has-comments") name nothing, as in the block pass.
    /// </summary>
    private static bool IsResidueBox(HtmlNode element) =>
        element.HasAttributes && MarkupLength.Of(element, MaxBoxLength) <= MaxBoxLength &&
        ((ClassHints.Parse(element.GetAttributeValue("class", string.Empty)) |
          ClassHints.ParseId(element.GetAttributeValue("id", string.Empty))) & ResidueHints) != 0;
}
