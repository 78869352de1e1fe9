using HtmlAgilityPack;

namespace Cleaner.Html.Markup;

/// <summary>
/// A walk of an element's subtree in document order without recursion, so that a page of any depth cannot overflow the
/// stack, and a caller can stop as soon as it knows its answer.
/// </summary>
internal static class SubtreeWalk
{
    /// <summary>
    /// The node after <paramref name="node"/> in document order inside <paramref name="root"/>: its first child, else its
    /// next sibling, else the next sibling of its nearest ancestor below <paramref name="root"/> that has one; null when
    /// the subtree is done.
    /// </summary>
    public static HtmlNode? Next(HtmlNode node, HtmlNode root)
    {
        if (node.FirstChild is not null)
        {
            return node.FirstChild;
        }

        HtmlNode? current = node;
        while (current is not null && current != root && current.NextSibling is null)
        {
            current = current.ParentNode;
        }

        return current is null || current == root ? null : current.NextSibling;
    }
}
