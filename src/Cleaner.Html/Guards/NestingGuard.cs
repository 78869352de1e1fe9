using System;
using System.Collections.Generic;
using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Html.Guards;

/// <summary>The outcome of <see cref="NestingGuard.Flatten"/>.</summary>
/// <param name="Html">The page, unchanged when it was shallow enough, else with the too-deep tags dropped.</param>
/// <param name="Depth">The deepest nesting of elements seen (an estimate: optional end tags are not counted).</param>
/// <param name="Flattened">Whether tags were dropped.</param>
internal readonly record struct GuardedHtml(string Html, int Depth, bool Flattened);

/// <summary>
/// Protects the parsers from deep trees. HtmlAgilityPack and SmartReader take time that grows with the square of the
/// nesting depth (100,000 nested <c>div</c>s would run for hours) and recursive serialisers overflow the stack, so
/// before anything parses a page this scanner tracks element depth in one linear pass and drops the start and end tags
/// of elements nested deeper than the limit, keeping their text. It is a tokenizer, not a parser: comments, raw-text
/// elements (script, style…), quoted attributes and void elements are handled; elements whose end tag is optional
/// (<c>p</c>, <c>li</c>, <c>td</c>…) are not counted, so the estimate errs on the shallow side for them and on the
/// deep side for unclosed formatting tags, which are then dropped (harmless).
/// </summary>
internal static class NestingGuard
{
    /// <summary>How far down the open-element stack an end tag looks for its start tag.</summary>
    private const int EndTagReach = 64;

    /// <summary>Scans <paramref name="html"/> and drops the tags of elements nested deeper than <paramref name="maxDepth"/>.</summary>
    public static GuardedHtml Flatten(string html, int maxDepth)
    {
        var open = new List<(string Name, bool Dropped)>();
        int kept = 0;
        int deepest = 0;
        StringBuilder? output = null;
        int copied = 0;
        int i = 0;
        int length = html.Length;
        while (i < length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!')
            {
                i = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? IndexAfter(html, "-->", lt + 4) : IndexAfter(html, ">", lt + 2);
                continue;
            }

            if (next == '?')
            {
                i = IndexAfter(html, ">", lt + 2);
                continue;
            }

            bool isEnd = next == '/';
            int nameStart = lt + (isEnd ? 2 : 1);
            if (nameStart >= length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int nameEnd = nameStart;
            while (nameEnd < length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            int tagEnd = TagEnd(html, nameEnd, out bool selfClosing);
            string name = html.AsSpan(nameStart, nameEnd - nameStart).ToString().ToLowerInvariant();
            bool drop = false;
            if (isEnd)
            {
                for (int k = open.Count - 1; k >= 0 && k >= open.Count - EndTagReach; k--)
                {
                    if (open[k].Name == name)
                    {
                        drop = open[k].Dropped;
                        for (int j = open.Count - 1; j >= k; j--)
                        {
                            if (!open[j].Dropped)
                            {
                                kept--;
                            }
                        }

                        open.RemoveRange(k, open.Count - k);
                        break;
                    }
                }
            }
            else if (!selfClosing && !IsVoidOrOptionalEnd(name))
            {
                drop = kept >= maxDepth;
                open.Add((name, drop));
                if (!drop)
                {
                    kept++;
                }

                deepest = Math.Max(deepest, open.Count);
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
            }

            i = tagEnd;
            if (!isEnd && IsRawText(name))
            {
                i = RawTextEnd(html, name, tagEnd);
            }
        }

        if (output is null)
        {
            return new GuardedHtml(html, deepest, Flattened: false);
        }

        output.Append(html, copied, length - copied);
        return new GuardedHtml(output.ToString(), deepest, Flattened: true);
    }

    /// <summary>The deepest element nesting under <paramref name="root"/>, found without recursion.</summary>
    public static int Depth(HtmlNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        int depth = 0;
        int deepest = 0;
        HtmlNode? node = root.FirstChild;
        while (node is not null)
        {
            if (node.HasChildNodes)
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                node = node.FirstChild;
                continue;
            }

            while (node is not null)
            {
                if (node.NextSibling is not null)
                {
                    node = node.NextSibling;
                    break;
                }

                node = node.ParentNode;
                depth--;
                if (node is null || node == root)
                {
                    node = null;
                }
            }
        }

        return deepest;
    }

    /// <summary>The index just past the <c>&gt;</c> that closes a tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from, out bool selfClosing)
    {
        selfClosing = false;
        char quote = '\0';
        bool afterEquals = false;
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && afterEquals)
            {
                quote = c;
                afterEquals = false;
            }
            else if (c == '>')
            {
                selfClosing = html[i - 1] == '/';
                return i + 1;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    private static int IndexAfter(string html, string value, int from)
    {
        if (from >= html.Length)
        {
            return html.Length;
        }

        int index = html.IndexOf(value, from, StringComparison.Ordinal);
        return index < 0 ? html.Length : index + value.Length;
    }

    private static int RawTextEnd(string html, string name, int from)
    {
        string endTag = "</" + name;
        int index = html.IndexOf(endTag, from, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? html.Length : index;
    }

    private static bool IsRawText(string name) =>
        name is "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext";

    private static bool IsVoidOrOptionalEnd(string name) => name switch
    {
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or
            "source" or "track" or "wbr" or "keygen" or "command" or "basefont" or "frame" or "image" => true,
        "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "option" or
            "optgroup" or "colgroup" or "caption" or "rb" or "rt" or "rtc" or "rp" or "html" or "head" or "body" => true,
        _ => false,
    };
}
