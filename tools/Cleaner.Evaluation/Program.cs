using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cleaner;
using Cleaner.Evaluation;

// Evaluates the cleaner against the labelled corpus in labels/ and prints residue recall, body-line retention and
// removal precision, overall and per kind, for each part (seeds, tune, check), then the mistakes.
//
//   dotnet run -c Release --project tools/Cleaner.Evaluation -- [--preset balanced|precision|recall]
//       [--part seeds|tune|check] [--mistakes N] [--corpus DIR] [--fail-below] [--list-check-mistakes]
//   The check part's mistakes are counted but not listed unless --list-check-mistakes is given: rules are tuned on what
//   the listing shows, and the check part measures only while nobody has read its lines.
//   dotnet run --project tools/Cleaner.Evaluation -- --show-removed FILE...   (what is removed from unlabelled files)
//   dotnet run -c Release --project tools/Cleaner.Evaluation -- [--preset P] --probes   (the probe catalogue, labels/probes)

string? root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("error: cannot find the repository root (the folder holding Cleaner.sln).");
    return 2;
}

CleanerPreset preset = CleanerPreset.Balanced;
string? onlyPart = null;
int mistakes = 40;
bool failBelow = false;
bool listCheckMistakes = false;
string corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "multinews-dev"));
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--preset" when i + 1 < args.Length:
            preset = Enum.Parse<CleanerPreset>(args[++i], ignoreCase: true);
            break;
        case "--part" when i + 1 < args.Length:
            onlyPart = args[++i];
            break;
        case "--mistakes" when i + 1 < args.Length:
            mistakes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--corpus" when i + 1 < args.Length:
            corpus = Path.GetFullPath(args[++i]);
            break;
        case "--list-check-mistakes":
            listCheckMistakes = true;
            break;
        case "--fail-below":
            failBelow = true;
            break;
        case "--probes":
            return ProbeEvaluation.Run(root, preset, mistakes);
        case "--show-removed":
            // Lists what the pipeline removes from the given files: a quick look for false positives on unlabelled text.
            CleanerPipeline showPipeline = new CleanerPipelineBuilder().UsePreset(preset).Build();
            foreach (string path in args.Skip(i + 1))
            {
                CleanResult shown = showPipeline.Clean(File.ReadAllText(path));
                string text = File.ReadAllText(path);
                foreach (SegmentVerdict v in shown.Removed)
                {
                    string line = text.Substring(v.Segment.Start, v.Segment.Length).Trim();
                    Console.WriteLine($"{Path.GetFileName(path)}:{v.Segment.LineNumber} {v.Kind.ToName()} {v.RuleId} {v.Verdict.Score:0.00}: {(line.Length > 120 ? line[..120] + "…" : line)}");
                }
            }

            return 0;
        default:
            Console.Error.WriteLine($"error: unknown argument '{args[i]}'.");
            return 2;
    }
}

var documents = new List<LabelledDocument>();
foreach (string labelPath in Directory.EnumerateFiles(Path.Combine(root, "labels", "seeds"), "*.tsv").Order(StringComparer.Ordinal))
{
    string name = Path.GetFileNameWithoutExtension(labelPath);
    documents.Add(LabelledDocument.Load(labelPath, Path.Combine(root, "seeds", name + ".txt"), "seeds"));
}

if (Directory.Exists(corpus))
{
    foreach (string labelPath in Directory.EnumerateFiles(Path.Combine(root, "labels", "multinews-dev"), "*.tsv").Order(StringComparer.Ordinal))
    {
        string name = Path.GetFileNameWithoutExtension(labelPath);
        // Odd numbers tune, even numbers check; documents above 200 were read while looking for residue families
        // before they were labelled, so all of them are tuning documents (labels/README.md, "Splits").
        int number = int.Parse(name, CultureInfo.InvariantCulture);
        string part = number % 2 == 1 || number > 200 ? "tune" : "check";
        documents.Add(LabelledDocument.Load(labelPath, Path.Combine(corpus, name + ".txt"), part));
    }
}
else
{
    Console.Error.WriteLine($"note: {corpus} is absent; only the seeds are evaluated.");
}

CleanerPipeline pipeline = new CleanerPipelineBuilder().UsePreset(preset).Build();
List<LineOutcome> outcomes = Evaluator.Run(documents.Where(d => onlyPart is null || d.Part == onlyPart), pipeline);
Console.WriteLine($"preset: {preset.ToString().ToLowerInvariant()}; documents: {documents.Count(d => onlyPart is null || d.Part == onlyPart)}");
Console.WriteLine();
Console.WriteLine($"{"part",-8} {"docs",5} {"body",6} {"retention",9} {"residue",8} {"recall",7} {"removed",8} {"precision",9}");
bool belowTarget = false;
foreach (string part in new[] { "seeds", "tune", "check" })
{
    LineOutcome[] partOutcomes = outcomes.Where(o => documents.First(d => d.Name == o.Document).Part == part).ToArray();
    if (partOutcomes.Length == 0)
    {
        continue;
    }

    Scores s = Scores.Of(partOutcomes);
    int docs = documents.Count(d => d.Part == part);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{part,-8} {docs,5} {s.BodyLines,6} {s.BodyRetention,9:0.0000} {s.ResidueLines,8} {s.ResidueRecall,7:0.000} {s.Removed,8} {s.RemovalPrecision,9:0.000}"));
    belowTarget |= part == "check" && (s.BodyRetention < 0.995 || s.ResidueRecall < 0.85);
    belowTarget |= part == "seeds" && (s.BodyRetention < 1 || s.ResidueRecall < 1);
}

Console.WriteLine();
Console.WriteLine("per kind (all parts): labelled lines, recall; lines removed as that kind, share of them that are residue");
Console.WriteLine($"{"kind",-14} {"labelled",8} {"recall",7} {"removed",8} {"precision",9}");
foreach (ResidueKind kind in ResidueKinds.All)
{
    string name = kind.ToName();
    int labelled = outcomes.Count(o => o.Label == name);
    int recalled = outcomes.Count(o => o.Label == name && o.Removed);
    LineOutcome[] predicted = outcomes.Where(o => o.Removed && o.PredictedKind == kind).ToArray();
    int correct = predicted.Count(o => o.Label != "body");
    if (labelled == 0 && predicted.Length == 0)
    {
        continue;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-14} {labelled,8} {(labelled == 0 ? "-" : ((double)recalled / labelled).ToString("0.000", CultureInfo.InvariantCulture)),7} {predicted.Length,8} {(predicted.Length == 0 ? "-" : ((double)correct / predicted.Length).ToString("0.000", CultureInfo.InvariantCulture)),9}"));
}

var parts = documents.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First().Part);
bool Listed(LineOutcome o) => listCheckMistakes || parts[o.Document] != "check";
LineOutcome[] bodyRemoved = outcomes.Where(o => o.Label == "body" && o.Removed).ToArray();
LineOutcome[] residueKept = outcomes.Where(o => Scores.IsScoredResidue(o.Label) && !o.Removed).ToArray();
PrintMistakes("Body lines removed (worst mistakes)", bodyRemoved.Where(Listed), bodyRemoved.Length, mistakes);
PrintMistakes("Residue lines kept", residueKept.Where(Listed), residueKept.Length, mistakes);
return failBelow && belowTarget ? 1 : 0;

static void PrintMistakes(string title, IEnumerable<LineOutcome> lines, int total, int max)
{
    LineOutcome[] all = lines.ToArray();
    Console.WriteLine();
    Console.WriteLine(total == all.Length
        ? $"{title}: {total}"
        : $"{title}: {total} ({total - all.Length} of the check part not listed; --list-check-mistakes lists them)");
    foreach (LineOutcome o in all.Take(max))
    {
        string text = o.Text.Length > 110 ? o.Text[..110] + "…" : o.Text;
        Console.WriteLine($"  {o.Document}:{o.Line} [{o.Label}] {(o.Removed ? $"removed as {o.PredictedKind.ToName()} by {o.Rule}" : "kept")}: {text}");
    }
}

static string? FindRepositoryRoot(string start)
{
    for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
