using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using HtmlAgilityPack;

namespace Cleaner.Html.Tests;

/// <summary>Runs over Mozilla Readability's test pages in the shared corpus (skipped when it is absent).</summary>
public class CorpusTests
{
    private static string? CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "readability-pages"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }

    [SkippableFact]
    public void Readability_pages_are_cleaned_close_to_the_expected_text()
    {
        string? corpus = CorpusFolder();
        Skip.If(corpus is null, "The shared corpus (../shared/corpus/readability-pages beside the repository root holding Cleaner.sln) is absent.");

        long overlap = 0, produced = 0, expected = 0;
        double precisionSum = 0;
        int pages = 0;
        foreach (string page in Directory.GetDirectories(corpus))
        {
            string source = Path.Combine(page, "source.html");
            string answer = Path.Combine(page, "expected.html");
            if (!File.Exists(source) || !File.Exists(answer))
            {
                continue;
            }

            HtmlCleanResult result = HtmlCleaner.Clean(File.ReadAllBytes(source), new Uri("http://fakehost/test/page.html"));
            Dictionary<string, int> got = Tokens(result.Text);
            Dictionary<string, int> want = Tokens(TextOf(File.ReadAllText(answer)));
            long common = 0, gotCount = 0, wantCount = 0;
            foreach ((string token, int count) in got)
            {
                common += Math.Min(count, want.GetValueOrDefault(token));
                gotCount += count;
            }

            foreach (int count in want.Values)
            {
                wantCount += count;
            }

            overlap += common;
            produced += gotCount;
            expected += wantCount;
            precisionSum += gotCount == 0 ? 0 : (double)common / gotCount;
            pages++;
        }

        Assert.True(pages >= 100, $"Only {pages} pages found in {corpus}.");
        double precision = (double)overlap / produced;
        double recall = (double)overlap / expected;
        Assert.True(precision >= 0.98, $"Micro precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"Micro recall {recall:0.000}");
        Assert.True(precisionSum / pages >= 0.95, $"Macro precision {precisionSum / pages:0.000}");
    }

    private static Dictionary<string, int> Tokens(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                string token = text[start..i].ToLower(CultureInfo.InvariantCulture);
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts;
    }

    private static string TextOf(string html)
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
            }
            else if (node.Name is not ("script" or "style"))
            {
                for (HtmlNode? child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }

        return text.ToString();
    }
}
