using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Cleaner;
using Cleaner.Fuzz;
using Cleaner.Robustness;

// Cleaner.Fuzz: runs random, mutated and giant inputs against the core library's invariants (and the HTML adapter's) for a chosen time and
// prints what it found (minimised counterexamples). See docs/robustness.md.
//
//   dotnet run -c Release --project tools/Cleaner.Fuzz -- --seconds 300 [--seed 42] [--threads 2] [--out fuzz-findings]

int seconds = 60;
int seed = Environment.TickCount;
int threads = Math.Max(1, Environment.ProcessorCount);
string outDirectory = "fuzz-findings";
bool selfTest = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": outDirectory = args[++i]; break;
        case "--self-test": selfTest = true; break;
        case "-h" or "--help":
            Console.WriteLine("Cleaner.Fuzz --seconds N [--seed S] [--threads T] [--out DIR] [--self-test]");
            Console.WriteLine("  --self-test adds a deliberately false property (\"nothing is ever removed\") to show a finding being minimised.");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}; try --help.");
            return 2;
    }
}

IReadOnlyList<string> seeds = Corpus.SeedDocuments();
var pipelines = new (string Name, CleanerPipeline Pipeline)[]
{
    ("default", CleanerPipeline.Default),
    ("recall+attribution+kept", new CleanerPipelineBuilder().UsePreset(CleanerPreset.Recall).Enable(ResidueKind.Attribution).IncludeKept().Build()),
    ("precision+maxline40", new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).UseMaxLineLength(40).Build()),
    ("german+rules-notice-off", new CleanerPipelineBuilder().UseLanguage(Language.German).Disable(ResidueKind.Notice)
        .AddPhrase("the", ResidueKind.Advertisement, PhraseMatch.Contains).AddPhrase("read", ResidueKind.RelatedLinks, PhraseMatch.Prefix)
        .AddPattern(@"\d{1,2}:\d{2}", ResidueKind.Timestamp).Build()),
};

// The properties: name -> check returning null or a violation.
var properties = new List<(string Name, Func<string, string?> Check)>();
foreach ((string name, CleanerPipeline pipeline) in pipelines)
{
    properties.Add(($"invariants[{name}]", text => Invariants.CheckAll(pipeline, text, checkIdempotence: false)));
    properties.Add(($"idempotence[{name}]", text => Invariants.CheckIdempotent(pipeline, pipeline.Clean(text).Text)));
}

properties.Add(("line-endings", text =>
{
    string unix = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    string expected = CleanerPipeline.Default.Clean(unix).Text;
    return CleanerPipeline.Default.Clean(unix.Replace("\n", "\r\n", StringComparison.Ordinal)).Text == expected &&
           CleanerPipeline.Default.Clean(unix.Replace('\n', '\r')).Text == expected
        ? null
        : "output depends on the line ending style";
}));
properties.Add(("limits", text =>
{
    int limit = Math.Max(1, text.Length / 2);
    CleanerPipeline pass = new CleanerPipelineBuilder().UseMaxDocumentLength(limit).UseLimitBehavior(LimitBehavior.PassThrough).Build();
    CleanResult r = pass.Clean(text);
    if (text.Length > limit && (!r.IsPassedThrough || !ReferenceEquals(r.Text, text)))
    {
        return "a document over the limit was not passed through unchanged";
    }

    CleanerPipeline strict = new CleanerPipelineBuilder().UseMaxDocumentLength(limit).Build();
    try
    {
        strict.Clean(text);
        return text.Length > limit ? "a document over the limit did not throw" : null;
    }
    catch (DocumentTooLargeException e)
    {
        return text.Length > limit && e.Limit == CleanerLimit.DocumentLength ? null : "DocumentTooLargeException under the limit: " + e.Message;
    }
}));

// The HTML entry point gets the same inputs as pages (mostly malformed markup): only the documented exception, and
// the same answer twice.
// Pages above 200,000 chars are left out: SmartReader's cost on megabyte-sized garbage pages (seconds) would starve the
// other properties.
const int MaxHtmlFuzzLength = 200_000;
properties.Add(("html", text =>
{
    if (text.Length > MaxHtmlFuzzLength)
    {
        return null;
    }

    string first;
    try
    {
        first = Cleaner.Html.HtmlCleaner.Clean(text).Text;
    }
    catch (Cleaner.Html.HtmlCleanerException)
    {
        return null;
    }

    return Cleaner.Html.HtmlCleaner.Clean(text).Text == first ? null : "HtmlCleaner gave two answers for one page";
}));
properties.Add(("html-markup", text =>
{
    if (text.Length > MaxHtmlFuzzLength)
    {
        return null;
    }

    string page = "<html><body><article><p>" + text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>";
    try
    {
        Cleaner.Html.HtmlCleaner.Clean(page);
        return null;
    }
    catch (Cleaner.Html.HtmlCleanerException)
    {
        return null;
    }
}));

if (selfTest)
{
    properties.Add(("self-test: nothing is removed", text => CleanerPipeline.Default.Clean(text).Removed.Count == 0 ? null : "a line was removed"));
}

var findings = new ConcurrentDictionary<string, Finding>();
var counts = new ConcurrentDictionary<string, long>();
var slowest = new ConcurrentBag<(double CharsPerMs, int Length, string Strategy, TimeSpan Time)>();
long iterations = 0;
long characters = 0;
var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
Console.WriteLine($"Cleaner.Fuzz: {seconds} s, seed {seed}, {threads} thread(s), {properties.Count} properties, {seeds.Count} seed documents.");

var workers = new Thread[threads];
for (int w = 0; w < threads; w++)
{
    int workerSeed = seed + (w * 7919);
    workers[w] = new Thread(() =>
    {
        var random = new Random(workerSeed);
        var factory = new InputFactory(random, seeds);
        while (clock.Elapsed < deadline)
        {
            string strategy = factory.PickStrategy();
            string input = factory.Make(strategy);
            counts.AddOrUpdate(strategy, 1, (_, c) => c + 1);
            Interlocked.Increment(ref iterations);
            Interlocked.Add(ref characters, input.Length);

            // Giant inputs get the cheap, one-result checks only.
            bool giant = input.Length > 1_000_000;
            foreach ((string name, Func<string, string?> check) in properties)
            {
                if (giant && !name.StartsWith("invariants[default]", StringComparison.Ordinal) && name != "limits")
                {
                    continue;
                }

                var timer = Stopwatch.StartNew();
                string? violation = Invariants.Violation(giant ? GiantCheck : check, input);
                timer.Stop();
                if (name == "idempotence[default]" && input.Length > 10_000)
                {
                    slowest.Add((input.Length / Math.Max(timer.Elapsed.TotalMilliseconds, 0.001), input.Length, strategy, timer.Elapsed));
                }

                if (violation is not null)
                {
                    Record(name, violation, input, strategy, giant ? GiantCheck : check);
                }
            }
        }
    })
    { IsBackground = true, Name = $"fuzz-{w}" };
    workers[w].Start();
}

var progress = Stopwatch.StartNew();
while (workers.Any(t => t.IsAlive))
{
    Thread.Sleep(250);
    if (progress.Elapsed > TimeSpan.FromSeconds(15))
    {
        progress.Restart();
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s: {Interlocked.Read(ref iterations):N0} inputs, {Interlocked.Read(ref characters) / 1e6:F1} M chars, {findings.Count} finding(s)");
    }
}

Console.WriteLine();
Console.WriteLine($"Ran {iterations:N0} inputs ({characters / 1e6:F1} M chars) in {clock.Elapsed.TotalSeconds:F0} s: " +
                  string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}")));
foreach (var s in slowest.OrderBy(s => s.CharsPerMs).Take(3))
{
    Console.WriteLine($"Slowest throughput: {s.CharsPerMs:N0} chars/ms on a {s.Length:N0}-char {s.Strategy} input (clean + re-clean {s.Time.TotalMilliseconds:F0} ms).");
}

if (findings.IsEmpty)
{
    Console.WriteLine("No invariant violated.");
    return 0;
}

Directory.CreateDirectory(outDirectory);
int n = 0;
foreach (Finding f in findings.Values.OrderBy(f => f.Key, StringComparer.Ordinal))
{
    n++;
    string file = Path.Combine(outDirectory, $"finding-{n:D2}.txt");
    File.WriteAllText(file, f.Report(), Encoding.UTF8);
    Console.WriteLine($"FINDING {n}: {f.Key} (hit {f.Hits} time(s), first by {f.Strategy}) -> {file}");
    Console.WriteLine($"  violation: {f.Violation}");
    Console.WriteLine($"  minimised input ({f.Minimized.Length} chars): \"{Invariants.Escape(f.Minimized, 600)}\"");
}

return 1;

static string? GiantCheck(string text) =>
    Invariants.Violation(t =>
    {
        CleanResult r = CleanerPipeline.Default.Clean(t);
        return Invariants.CheckSubsequence(t, r.Text) ?? Invariants.CheckResultShape(t, r);
    }, text);

void Record(string property, string violation, string input, string strategy, Func<string, string?> check)
{
    string key = property + ": " + Category(violation);
    bool first = false;
    Finding finding = findings.GetOrAdd(key, k =>
    {
        first = true;
        return new Finding(k, property, violation, input, strategy);
    });
    Interlocked.Increment(ref finding.Hits);
    if (!first)
    {
        return;
    }

    string minimized = Minimizer.Minimize(input, candidate =>
    {
        string? v = Invariants.Violation(check, candidate);
        return v is not null && Category(v) == Category(violation);
    }, TimeSpan.FromSeconds(20));
    finding.Minimized = minimized;
    finding.Violation = Invariants.Violation(check, minimized) ?? violation;
    Console.WriteLine($"  found {key} ({input.Length} chars, minimised to {minimized.Length})");
}

// A violation's kind, without the quoted text and numbers that differ between inputs.
static string Category(string violation)
{
    var sb = new StringBuilder();
    bool quoted = false;
    foreach (char c in violation)
    {
        if (c == '"')
        {
            quoted = !quoted;
            continue;
        }

        if (!quoted && !char.IsDigit(c))
        {
            sb.Append(c);
        }

        if (sb.Length >= 70 || c == '\n')
        {
            break;
        }
    }

    return sb.ToString().Trim();
}

internal sealed class Finding(string key, string property, string violation, string input, string strategy)
{
    public long Hits;

    public string Key { get; } = key;

    public string Property { get; } = property;

    public string Violation { get; set; } = violation;

    public string Input { get; } = input;

    public string Strategy { get; } = strategy;

    public string Minimized { get; set; } = input;

    public string Report() =>
        $"property: {Property}\nviolation: {Violation}\nstrategy: {Strategy}\nhits: {Hits}\n" +
        $"minimised input ({Minimized.Length} chars, C# literal):\n\"{Invariants.Escape(Minimized)}\"\n\n" +
        $"original input ({Input.Length} chars):\n\"{Invariants.Escape(Input, 20_000)}\"\n";
}
