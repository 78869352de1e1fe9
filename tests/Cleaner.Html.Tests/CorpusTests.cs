using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using HtmlAgilityPack;

using Cleaner.Html.Evaluation;

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

        Score total = default;
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
            Score score = Score.Of(result.Text, new TokenBag(ExpectedPage.Text(File.ReadAllText(answer))));
            total += score;
            precisionSum += score.Candidate == 0 ? 0 : score.Precision;
            pages++;
        }

        Assert.True(pages >= 100, $"Only {pages} pages found in {corpus}.");
        Assert.True(total.Precision >= 0.98, $"Micro precision {total.Precision:0.000}");
        Assert.True(total.Recall >= 0.95, $"Micro recall {total.Recall:0.000}");
        Assert.True(precisionSum / pages >= 0.95, $"Macro precision {precisionSum / pages:0.000}");
    }
}
