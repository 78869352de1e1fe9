using HtmlAgilityPack;

namespace Cleaner.Html.Markup;

/// <summary>
/// The length of an element's markup, measured without serialising it. HtmlAgilityPack's <c>OuterLength</c> and
/// <c>InnerLength</c> write the subtree out (recursively) the first time they are asked; asked of every element with a
/// class, that costs the page's size times its depth. A parsed element knows where it starts and where its end tag
/// is, so its length in the page's source is one subtraction; an element without an end tag (implicitly closed, or
/// built in code) is walked, without recursion, and the walk stops as soon as the length passes the cap.
/// </summary>
/// <remarks>
/// The source length differs from the serialised one by a few characters (attribute quotes, end tags the parser
/// added); every caller compares it with a limit in the thousands.
/// </remarks>
internal static class MarkupLength
{
    /// <summary>
    /// The length of <paramref name="element"/>'s markup when it is at most <paramref name="cap"/>, else a number greater
    /// than <paramref name="cap"/>.
    /// </summary>
    public static int Of(HtmlNode element, int cap)
    {
        HtmlNode? end = element.EndNode;
        if (end is not null && end != element && end.Name == element.Name && element.OuterStartIndex >= 0 &&
            end.OuterStartIndex > element.OuterStartIndex)
        {
            long length = (long)end.OuterStartIndex - element.OuterStartIndex + element.Name.Length + 3;
            return length > cap ? cap + 1 : (int)length;
        }

        return Walk(element, cap);
    }

    /// <summary>Counts the markup of the subtree (tags, attributes, text, comments) until it passes <paramref name="cap"/>.</summary>
    private static int Walk(HtmlNode element, int cap)
    {
        int length = 0;
        HtmlNode? node = element;
        while (node is not null)
        {
            length += node.NodeType switch
            {
                HtmlNodeType.Element => TagLength(node),
                HtmlNodeType.Text => ((HtmlTextNode)node).Text.Length,
                HtmlNodeType.Comment => ((HtmlCommentNode)node).Comment.Length,
                _ => 0,
            };
            if (length > cap)
            {
                return cap + 1;
            }

            node = SubtreeWalk.Next(node, element);
        }

        return length;
    }

    /// <summary>The start and end tags of an element with its attributes: <c>&lt;name a="v"&gt;&lt;/name&gt;</c>.</summary>
    private static int TagLength(HtmlNode element)
    {
        int length = (2 * element.Name.Length) + 5;
        if (element.HasAttributes)
        {
            foreach (HtmlAttribute attribute in element.Attributes)
            {
                length += attribute.Name.Length + (attribute.Value?.Length ?? 0) + 4;
            }
        }

        return length;
    }
}
