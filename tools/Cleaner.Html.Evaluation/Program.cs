using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Cleaner.Html;
using Cleaner.Html.Evaluation;
using HtmlAgilityPack;
// Compares SmartReader alone with HtmlCleaner on Mozilla Readability's test pages (source.html + expected.html per
// folder) with a bag-of-words token metric, against Readability's answer and against the team's gold labels
// (labels/html), then times both.
// Usage: dotnet run -c Release --project tools/Cleaner.Html.Evaluation -- ../shared/corpus/readability-pages
//            [--labels labels/html] [--runs N] [--show NAME] [--gold-only] [--scores FILE]
//        --scores FILE writes every page's scores (4 decimals, tab-separated) to compare two runs page by page.
//        ... -- draft ../shared/corpus/readability-pages NAME... [--labels labels/html]   (writes label drafts to check by hand)
bool draft = args.Length > 0 && args[0] == "draft";
string[] rest = draft ? args[1..] : args;
string corpus = rest.Length > 0 && !rest[0].StartsWith("--", StringComparison.Ordinal) ? rest[0] : "../shared/corpus/readability-pages";
int runs = 3;
string? show = null;
string labels = "labels/html";
string? scores = null;
bool goldOnly = args.Contains("--gold-only");
for (int i = 0; i < rest.Length - 1; i++)
{
    if (rest[i] == "--runs")
    {
        runs = int.Parse(rest[i + 1], System.Globalization.CultureInfo.InvariantCulture);
    }
    else if (rest[i] == "--show")
    {
        show = rest[i + 1];
    }
    else if (rest[i] == "--labels")
    {
        labels = rest[i + 1];
    }
    else if (rest[i] == "--scores")
    {
        scores = rest[i + 1];
    }
}

if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"Corpus folder not found: {Path.GetFullPath(corpus)}");
    return 2;
}

if (draft)
{
    var names = rest.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    return GoldDraft.Write(corpus, names, labels);
}

var url = new Uri("http://fakehost/test/page.html");
using TextWriter? scoreFile = scores is null ? null : new StreamWriter(scores);
scoreFile?.WriteLine("set\tpage\textractor\tprecision\trecall\tf1");
if (goldOnly)
{
    return GoldReport.Run(corpus, labels, url, show, scoreFile);
}

var pages = Directory.GetDirectories(corpus)
    .Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
    .OrderBy(d => d, StringComparer.Ordinal)
    .Select(d => (Name: Path.GetFileName(d), Source: File.ReadAllText(Path.Combine(d, "source.html")),
        Bytes: new FileInfo(Path.Combine(d, "source.html")).Length,
        Expected: ExpectedPage.Text(File.ReadAllText(Path.Combine(d, "expected.html")))))
    .ToList();

// The reference keeps figure captions, which Cleaner counts as residue: a second configuration keeps them to show
// what that choice costs in recall.
var captionsKept = HtmlCleanerOptions.Default with { Pipeline = new Cleaner.CleanerPipelineBuilder().Disable(Cleaner.ResidueKind.Caption).Build() };
Score keptTotal = default;
double keptMacro = 0, keptMacroP = 0, keptMacroR = 0;
Score smartTotal = default;
Score cleanerTotal = default;
double smartMacro = 0, cleanerMacro = 0, smartMacroP = 0, cleanerMacroP = 0, smartMacroR = 0, cleanerMacroR = 0;
int fallbacks = 0;
Console.WriteLine($"{"page",-44} {"SmartReader P/R/F1",-20} {"HtmlCleaner P/R/F1",-20} src removed");
foreach (var page in pages)
{
    var expected = new TokenBag(page.Expected);
    string smartText = SmartReaderText(page.Source, url);
    HtmlCleanResult result = HtmlCleaner.Clean(page.Source, url);
    Score smart = Score.Of(smartText, expected);
    Score cleaner = Score.Of(result.Text, expected);
    Score kept = Score.Of(HtmlCleaner.Clean(page.Source, captionsKept, url).Text, expected);
    keptTotal += kept;
    keptMacro += kept.F1;
    keptMacroP += kept.Precision;
    keptMacroR += kept.Recall;
    smartTotal += smart;
    cleanerTotal += cleaner;
    smartMacro += smart.F1;
    cleanerMacro += cleaner.F1;
    smartMacroP += smart.Precision;
    cleanerMacroP += cleaner.Precision;
    smartMacroR += smart.Recall;
    cleanerMacroR += cleaner.Recall;
    fallbacks += result.Source == HtmlSource.WholePage ? 1 : 0;
    WriteScores(scoreFile, "readability", page.Name, smart, cleaner);
    Console.WriteLine($"{page.Name,-44} {Format(smart),-20} {Format(cleaner),-20} {result.Source switch { HtmlSource.Article => "A", HtmlSource.WidenedArticle => "A+", HtmlSource.TitledStory => "T", _ => "W" },3} {result.Removed.Count,7}");
    if (show == page.Name || show == "all")
    {
        foreach (HtmlBlock block in result.Blocks)
        {
            string text = block.Text.Length > 110 ? block.Text[..110] + "…" : block.Text;
            string markup = $"{(block.Markup.Context == MarkupContext.None ? "" : block.Markup.Context.ToString())}{(block.Markup.Hints == ClassHint.None ? "" : " " + block.Markup.Hints)}";
            Console.WriteLine($"    {(block.IsRemoved ? "-" : " ")} {block.Tag,-10} {block.RuleId ?? "",-28} {block.Score,4:0.00} {block.Markup.LinkDensity,4:0.00} {markup,-18} {text}");
        }
    }
}

int n = pages.Count;
Console.WriteLine();
Console.WriteLine($"{n} pages; HtmlCleaner fell back to the whole page on {fallbacks}.");
Console.WriteLine("| extractor | precision (micro) | recall (micro) | F1 (micro) | precision (macro) | recall (macro) | F1 (macro) |");
Console.WriteLine("|---|---|---|---|---|---|---|");
Console.WriteLine($"| SmartReader alone | {smartTotal.Precision:0.000} | {smartTotal.Recall:0.000} | {smartTotal.F1:0.000} | {smartMacroP / n:0.000} | {smartMacroR / n:0.000} | {smartMacro / n:0.000} |");
Console.WriteLine($"| HtmlCleaner, captions kept | {keptTotal.Precision:0.000} | {keptTotal.Recall:0.000} | {keptTotal.F1:0.000} | {keptMacroP / n:0.000} | {keptMacroR / n:0.000} | {keptMacro / n:0.000} |");
Console.WriteLine($"| HtmlCleaner | {cleanerTotal.Precision:0.000} | {cleanerTotal.Recall:0.000} | {cleanerTotal.F1:0.000} | {cleanerMacroP / n:0.000} | {cleanerMacroR / n:0.000} | {cleanerMacro / n:0.000} |");

if (Directory.Exists(labels))
{
    _ = GoldReport.Run(corpus, labels, url, show, scoreFile);
}
else
{
    Console.WriteLine($"No gold labels at {Path.GetFullPath(labels)}: gold measures skipped.");
}

if (runs > 0)
{
    long bytes = pages.Sum(p => p.Bytes);
    double smartSeconds = Time(() => { foreach (var p in pages) { _ = SmartReaderText(p.Source, url); } }, runs);
    double cleanerSeconds = Time(() => { foreach (var p in pages) { _ = HtmlCleaner.Clean(p.Source, url); } }, runs);
    Console.WriteLine();
    Console.WriteLine($"Speed, best of {runs} passes over {n} pages ({bytes / 1e6:0.0} MB of HTML), one thread:");
    Console.WriteLine("| extractor | pages/s | MB/s |");
    Console.WriteLine("|---|---|---|");
    Console.WriteLine($"| SmartReader alone | {n / smartSeconds:0.0} | {bytes / 1e6 / smartSeconds:0.00} |");
    Console.WriteLine($"| HtmlCleaner (SmartReader + blocks + classifiers) | {n / cleanerSeconds:0.0} | {bytes / 1e6 / cleanerSeconds:0.00} |");
}

return 0;

static void WriteScores(TextWriter? file, string set, string page, Score smart, Score cleaner) =>
    ScoreFile.Write(file, set, page, smart, cleaner);

static string Format(Score s) => $"{s.Precision:0.00}/{s.Recall:0.00}/{s.F1:0.00}";

static string SmartReaderText(string html, Uri url) => SmartReaderOnly.Text(html, url);

static double Time(Action pass, int runs)
{
    pass(); // warm-up
    double best = double.MaxValue;
    for (int i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        pass();
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }

    return best;
}

