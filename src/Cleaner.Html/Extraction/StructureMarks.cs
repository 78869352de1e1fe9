using System;
using System.Text;

namespace Cleaner.Html.Extraction;

/// <summary>
/// Keeps the page's structure through SmartReader. Readability appends the top candidate's worthy siblings to the
/// article and renames every one that is not a <c>div</c>, <c>section</c>, <c>article</c>, <c>p</c> or list to a
/// <c>div</c>, so a sidebar <c>&lt;aside&gt;</c>, a <c>&lt;nav&gt;</c> or a <c>&lt;footer&gt;</c> that sits beside
/// the story comes back as a plain <c>div</c> and its boxes ("Aktuelle Artikel", a list of recent posts) read as
/// article text. Before the page is handed over, the opening tag of each such element gets a
/// <c>data-cleaner-tag</c> attribute naming it; renaming copies attributes, and Readability's scoring reads only class
/// and id, so the choice of container is unchanged. The block pass reads the attribute as it reads the tag.
/// </summary>
internal static class StructureMarks
{
    /// <summary>The attribute that carries an element's original name through SmartReader.</summary>
    internal const string Attribute = "data-cleaner-tag";

    private static readonly string[] Marked = ["aside", "nav", "footer", "header", "menu"];

    /// <summary><paramref name="html"/> with every marked opening tag carrying its name; the same string when there is none.</summary>
    public static string Mark(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        while (true)
        {
            int open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            i = open + 1;
            if (html.AsSpan(i).StartsWith("!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                i = close + 3;
                continue;
            }

            // Script and style bodies are text: a "<nav" inside them is not a tag.
            if (SkipRawText(html, i, "script", ref i) || SkipRawText(html, i, "style", ref i))
            {
                continue;
            }

            string? name = MarkedName(html, i);
            if (name is null)
            {
                continue;
            }

            int insertAt = i + name.Length;
            builder ??= new StringBuilder(html.Length + 256);
            builder.Append(html, copied, insertAt - copied).Append(' ').Append(Attribute).Append("=\"").Append(name).Append('"');
            copied = insertAt;
            i = insertAt;
        }

        if (builder is null)
        {
            return html;
        }

        return builder.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The marked element named at <paramref name="at"/> (just after a '&lt;'), or null.</summary>
    private static string? MarkedName(string html, int at)
    {
        foreach (string name in Marked)
        {
            int end = at + name.Length;
            if (end < html.Length && html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) &&
                html[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '>' or '/')
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>When a <paramref name="tag"/> element opens at <paramref name="at"/>, moves <paramref name="next"/> past its end tag.</summary>
    private static bool SkipRawText(string html, int at, string tag, ref int next)
    {
        int end = at + tag.Length;
        if (end >= html.Length || !html.AsSpan(at, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase) ||
            html[end] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>' or '/'))
        {
            return false;
        }

        int close = html.IndexOf("</" + tag, end, StringComparison.OrdinalIgnoreCase);
        next = close < 0 ? html.Length : close + 2 + tag.Length;
        return true;
    }
}
