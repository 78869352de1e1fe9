using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;

namespace Cleaner.Html.Tests;

/// <summary>
/// Property tests over the HTML entry point with generated, often malformed pages (fixed seeds, bounded iterations so
/// CI runs the same inputs every time): no exception but the documented one, every output paragraph is the text of a
/// block, results are deterministic and identical across threads.
/// </summary>
public sealed class HtmlPropertyTests
{
    private static readonly string[] Tags = ["p", "div", "span", "a", "h1", "h2", "li", "ul", "figure", "figcaption", "aside", "nav",
        "footer", "header", "article", "section", "table", "td", "tr", "blockquote", "pre", "script", "style", "b", "i", "br", "img", "iframe"];

    private static readonly string[] Texts =
    [
        "The council voted on Tuesday to approve the new budget, which includes funding for roads and schools.",
        "Officials said the plan would be reviewed again next year, after the first phase ends.",
        "Share this article", "Advertisement", "READ MORE: Another story", "Getty Images", "Add new comment",
        "© 2019 Example News. All rights reserved.", "Posted: Sep 10, 2018 10:31 AM", "&amp; &lt;tag&gt; &#169; &nbsp;",
        "{\"json\": [1, 2, 3]}", "\u202Eright-to-left\u202C", "e\u0301\u0301\u0301", "😀🎉", "\u0000\u0001", "\uD800", "<![CDATA[x]]>",
        "<!-- comment -->", "</p></div></span>", "<", ">", "\"", "'",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.OneOf(Texts)),
        (3, Gen.OneOf(Tags).Select(t => $"<{t}>")),
        (3, Gen.OneOf(Tags).Select(t => $"</{t}>")),
        (1, Gen.OneOf(Tags).Select(Gen.OneOf("share", "related", "comment", "caption", "newsletter", "main", "x")).Select((t, c) => $"<{t} class=\"{c}\" id=\"{c}-1\">")),
        (1, Gen.String[Gen.Char["<>/=\"'&;abcdefgh #!-"], 0, 12]),
        (1, Gen.String[Gen.Char, 0, 8]));

    private static readonly Gen<string> Page = Gen.Frequency(
        (6, Piece.Array[0, 80].Select(parts => string.Concat(parts))),
        (1, Gen.Int[1, 3000].Select(depth => string.Concat(Enumerable.Repeat("<div>", depth)) + Texts[0] + string.Concat(Enumerable.Repeat("</div>", depth / 2)))),
        (1, Piece.Array[0, 40].Select(parts => "<html><head><meta charset=\"iso-8859-1\"><script>var x = {\"a\": 1};</script></head><body><article>" +
                                                string.Concat(parts) + "</article></body></html>")));

    [Fact]
    public void Generated_pages_clean_without_undocumented_exceptions_and_output_is_block_text()
    {
        Page.Sample(html =>
        {
            HtmlCleanResult result;
            try
            {
                result = HtmlCleaner.Clean(html);
            }
            catch (HtmlCleanerException)
            {
                return true; // documented: a page over the input limit
            }

            var blockTexts = new HashSet<string>(result.Kept.Select(b => b.Text.Trim()), StringComparer.Ordinal);
            string[] paragraphs = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return paragraphs.All(p => blockTexts.Contains(p) || blockTexts.Any(b => b.Contains(p, StringComparison.Ordinal)));
        }, iter: 300, seed: "0000000000a1");
    }

    [Fact]
    public void Cleaning_a_page_is_deterministic_and_thread_safe()
    {
        string[] pages = Enumerable.Range(0, 24).Select(i => Page.Single(g => g.Length > 0, $"00000000{i:x4}")).ToArray();
        string[] sequential = pages.Select(Clean).ToArray();
        string[] parallel = new string[pages.Length];
        Parallel.For(0, pages.Length * 3, i => parallel[i % pages.Length] = Clean(pages[i % pages.Length]));

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequential, pages.Select(Clean).ToArray());

        static string Clean(string html)
        {
            try
            {
                return HtmlCleaner.Clean(html).Text;
            }
            catch (HtmlCleanerException ex)
            {
                return "limit: " + ex.Message;
            }
        }
    }
}
