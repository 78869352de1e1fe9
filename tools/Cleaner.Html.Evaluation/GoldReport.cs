using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cleaner.Html.Evaluation;

/// <summary>Pooled and per-page figures over the gold pages.</summary>
/// <param name="Outcomes">One outcome per gold page.</param>
internal sealed record GoldSummary(IReadOnlyList<GoldOutcome> Outcomes)
{
    public Score SmartReaderPooled => Outcomes.Aggregate(default(Score), (a, o) => a + o.SmartReader);

    public Score CleanerPooled => Outcomes.Aggregate(default(Score), (a, o) => a + o.Cleaner);

    public (double P, double R, double F1) SmartReaderMean => Mean(o => o.SmartReader);

    public (double P, double R, double F1) CleanerMean => Mean(o => o.Cleaner);

    private (double P, double R, double F1) Mean(Func<GoldOutcome, Score> pick) => Outcomes.Count == 0
        ? (double.NaN, double.NaN, double.NaN)
        : (Outcomes.Average(o => pick(o).Precision), Outcomes.Average(o => pick(o).Recall), Outcomes.Average(o => pick(o).F1));
}

/// <summary>Measures SmartReader alone and HtmlCleaner against the gold labels and prints the figures.</summary>
internal static class GoldReport
{
    /// <summary>Scores every labelled page whose source is in <paramref name="corpus"/>.</summary>
    public static GoldSummary Measure(string corpus, string labels, Uri url, HtmlCleanerOptions? options = null)
    {
        var outcomes = new List<GoldOutcome>();
        foreach (GoldPage page in GoldPage.LoadAll(labels))
        {
            string source = Path.Combine(corpus, page.Name, "source.html");
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"Labels {page.Name}.tsv have no page in the corpus.", source);
            }

            string html = File.ReadAllText(source);
            HtmlCleanResult result = HtmlCleaner.Clean(html, options ?? HtmlCleanerOptions.Default, url);
            outcomes.Add(GoldEvaluation.Score(page, SmartReaderOnly.TitleAndText(html, url), result));
        }

        return new GoldSummary(outcomes);
    }

    public static int Run(string corpus, string labels, Uri url, string? show, TextWriter? scores = null)
    {
        GoldSummary summary = Measure(corpus, labels, url);
        Console.WriteLine();
        Console.WriteLine($"Gold labels ({labels}), {summary.Outcomes.Count} pages; attribution neutral:");
        Console.WriteLine($"{"page",-34} {"SmartReader P/R/F1",-20} {"HtmlCleaner P/R/F1",-20} residue rows removed");
        foreach (GoldOutcome o in summary.Outcomes)
        {
            int scored = o.Residue.Count(r => r.Row.Label != "attribution");
            int removed = o.Residue.Count(r => r.Row.Label != "attribution" && !r.Kept);
            Console.WriteLine($"{o.Page,-34} {Format(o.SmartReader),-20} {Format(o.Cleaner),-20} {removed}/{scored}");
            ScoreFile.Write(scores, "gold", o.Page, o.SmartReader, o.Cleaner);
            if (show == o.Page || show == "all")
            {
                if (o.BodyOnlySmartReaderHas.Count > 0)
                {
                    Console.WriteLine($"    body words only SmartReader returned: {string.Join(' ', o.BodyOnlySmartReaderHas.Take(60))}");
                }

                foreach ((GoldRow row, bool kept) in o.Residue.Where(r => r.Kept && r.Row.Label != "attribution"))
                {
                    string where = o.Seen.Any(r => r.Row.Equals(row)) ? "(container)" : string.Empty;
                    Console.WriteLine($"    kept {row.Label,-14}{where,-12} {Cut(row.Text)}");
                }

                foreach ((GoldRow row, bool smartKept) in o.LostBody)
                {
                    Console.WriteLine($"    lost body{(smartKept ? " (SmartReader has it)" : string.Empty),-21} {Cut(row.Text)}");
                }

                // Every block HtmlCleaner decided, with the gold label of the row with the same words ("?" when none).
                foreach ((HtmlBlock block, string label) in o.Blocks)
                {
                    string markup = $"{(block.Markup.Context == MarkupContext.None ? "" : block.Markup.Context.ToString())}{(block.Markup.Hints == ClassHint.None ? "" : " " + block.Markup.Hints)}";
                    Console.WriteLine($"    {(block.IsRemoved ? "-" : " ")} {label,-13} {block.Tag,-10} {block.RuleId ?? "",-28} {block.Score,4:0.00} {block.Markup.LinkDensity,4:0.00} {markup,-18} {Cut(block.Text)}");
                }
            }
        }

        var sp = summary.SmartReaderPooled;
        var cp = summary.CleanerPooled;
        var sm = summary.SmartReaderMean;
        var cm = summary.CleanerMean;
        Console.WriteLine();
        Console.WriteLine("| extractor | precision (pooled) | recall (pooled) | F1 (pooled) | precision (per-page mean) | recall (per-page mean) | F1 (per-page mean) |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        Console.WriteLine($"| SmartReader alone | {sp.Precision:0.000} | {sp.Recall:0.000} | {sp.F1:0.000} | {sm.P:0.000} | {sm.R:0.000} | {sm.F1:0.000} |");
        Console.WriteLine($"| HtmlCleaner | {cp.Precision:0.000} | {cp.Recall:0.000} | {cp.F1:0.000} | {cm.P:0.000} | {cm.R:0.000} | {cm.F1:0.000} |");

        Console.WriteLine();
        Console.WriteLine("HtmlCleaner residue recall per kind (labelled blocks with words; a block counts once). 'Whole page' counts");
        Console.WriteLine("every residue block of the page, most of which SmartReader's container choice already leaves out; 'in the");
        Console.WriteLine("container' counts only the blocks HtmlCleaner's classifiers saw (the blocks of the container it cleaned):");
        Console.WriteLine("| kind | whole page | removed | recall | in the container | removed | recall |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        var all = summary.Outcomes.SelectMany(o => o.Residue).ToList();
        var seen = summary.Outcomes.SelectMany(o => o.Seen).ToList();
        foreach (var group in all.GroupBy(r => r.Row.Label).OrderBy(g => Array.IndexOf(GoldPage.Labels, g.Key)))
        {
            string note = group.Key == "attribution" ? " (kept by default: not scored)" : string.Empty;
            Console.WriteLine($"| {group.Key}{note} | {Recall(group.ToList())} | {Recall(seen.Where(r => r.Row.Label == group.Key).ToList())} |");
        }

        Console.WriteLine($"| all but attribution | {Recall(all.Where(r => r.Row.Label != "attribution").ToList())} | " +
                          $"{Recall(seen.Where(r => r.Row.Label != "attribution").ToList())} |");
        return 0;
    }

    private static string Recall(List<(GoldRow Row, bool Kept)> rows)
    {
        int removed = rows.Count(r => !r.Kept);
        return rows.Count == 0 ? "0 | 0 | - " : $"{rows.Count} | {removed} | {(double)removed / rows.Count:0.000}";
    }

    private static string Format(Score s) => $"{s.Precision:0.00}/{s.Recall:0.00}/{s.F1:0.00}";

    private static string Cut(string text) => text.Length > 110 ? text[..110] + "…" : text;
}
