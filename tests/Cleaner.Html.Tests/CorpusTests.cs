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
    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? CorpusFolder()
    {
        string? root = RepositoryRoot();
        string? corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "readability-pages"));
        return corpus is not null && Directory.Exists(corpus) ? corpus : null;
    }

    [SkippableFact]
    public void Gold_labels_HtmlCleaner_is_more_precise_than_SmartReader_alone_and_loses_no_recall()
    {
        string? corpus = CorpusFolder();
        Skip.If(corpus is null, "The shared corpus (../shared/corpus/readability-pages beside the repository root holding Cleaner.sln) is absent; the gold labels in labels/html label its pages.");
        string labels = Path.Combine(RepositoryRoot()!, "labels", "html");

        GoldSummary summary = GoldReport.Measure(corpus, labels, new Uri("http://fakehost/test/page.html"));
        Score smart = summary.SmartReaderPooled;
        Score cleaner = summary.CleanerPooled;

        Assert.True(summary.Outcomes.Count >= 30, $"Only {summary.Outcomes.Count} labelled pages in {labels}.");
        Assert.True(cleaner.Precision >= smart.Precision + 0.01, $"Pooled precision {cleaner.Precision:0.000} against SmartReader's {smart.Precision:0.000}");
        Assert.True(summary.CleanerMean.P >= summary.SmartReaderMean.P + 0.01,
            $"Per-page precision {summary.CleanerMean.P:0.000} against SmartReader's {summary.SmartReaderMean.P:0.000}");
        Assert.True(cleaner.Recall >= smart.Recall - 0.001, $"Pooled recall {cleaner.Recall:0.000} against SmartReader's {smart.Recall:0.000}");
        // Per page, a little slack: token bags match words, not places, so a caption SmartReader keeps can stand in for
        // the same words of a standfirst both extractors miss (theverge: 0.011).
        foreach (GoldOutcome page in summary.Outcomes)
        {
            Assert.True(page.Cleaner.Recall >= page.SmartReader.Recall - 0.02,
                $"{page.Page}: recall {page.Cleaner.Recall:0.000} against SmartReader's {page.SmartReader.Recall:0.000}");
        }
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
