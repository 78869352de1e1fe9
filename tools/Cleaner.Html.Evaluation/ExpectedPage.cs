using System.Collections.Generic;
using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Html.Evaluation;

/// <summary>The text of an expected page (Readability's answer): every text node outside script and style.</summary>
internal static class ExpectedPage
{
    /// <summary>The page's text, walked without recursion.</summary>
    public static string Text(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var text = new StringBuilder();
        var stack = new Stack<HtmlNode>();
        stack.Push(document.DocumentNode);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                text.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text)).Append(' ');
                continue;
            }

            if (node.Name is "script" or "style")
            {
                continue;
            }

            for (HtmlNode? child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return text.ToString();
    }
}
