using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cleaner;

namespace Cleaner.Html.Evaluation;

/// <summary>
/// Writes a first draft of a gold label file for a page: the whole page's blocks (HtmlCleaner's block walk with article
/// extraction off) with a proposed label for each, to be read and corrected by hand before the file is committed.
/// Proposals: the kind HtmlCleaner gives the block, if any; else <c>body</c> when the block's words occur in
/// Readability's expected text; else <c>navigation</c>. They are only a starting point: every row is decided by reading.
/// </summary>
internal static class GoldDraft
{
    public static int Write(string corpus, IReadOnlyList<string> names, string labels)
    {
        Directory.CreateDirectory(labels);
        var wholePage = HtmlCleanerOptions.Default with { UseArticleExtraction = false };
        foreach (string name in names)
        {
            string target = Path.Combine(labels, name + ".tsv");
            if (File.Exists(target))
            {
                Console.Error.WriteLine($"{target} exists; not overwritten.");
                continue;
            }

            string folder = Path.Combine(corpus, name);
            string expected = File.Exists(Path.Combine(folder, "expected.html"))
                ? TokenBag.Normalise(ExpectedPage.Text(File.ReadAllText(Path.Combine(folder, "expected.html"))))
                : " ";
            HtmlCleanResult result = HtmlCleaner.Clean(File.ReadAllText(Path.Combine(folder, "source.html")), wholePage);
            var text = new StringBuilder();
            text.Append("# page: ").Append(name).Append('\n');
            text.Append("# blocks: whole-page blocks of HtmlCleaner (UseArticleExtraction = false), in page order\n");
            foreach (HtmlBlock block in result.Blocks)
            {
                string norm = TokenBag.Normalise(block.Text);
                string label = block.Kind != ResidueKind.None ? block.Kind.ToName()
                    : norm.Length > 1 && expected.Contains(norm, StringComparison.Ordinal) ? "body"
                    : "navigation";
                text.Append(label).Append('\t').Append(GoldPage.RowText(block.Text)).Append('\n');
            }

            File.WriteAllText(target, text.ToString(), new UTF8Encoding(false));
            Console.WriteLine($"{target}: {result.Blocks.Count} blocks");
        }

        return 0;
    }
}
