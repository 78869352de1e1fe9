using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cleaner.Evaluation;

/// <summary>
/// Scores the probe catalogue of <c>labels/probes/</c>: typical residue lines written from publishers' templates, and
/// body lines that look like residue. Each line is cleaned on its own between two body paragraphs of its language, the
/// way <c>tests/Cleaner.Tests/Specs</c> runs its examples; the catalogue measures how widely the residue families
/// reach beyond the labelled corpus.
/// </summary>
public static class ProbeEvaluation
{
    private static readonly Dictionary<string, (string Before, string After)> Paragraphs = new(StringComparer.Ordinal)
    {
        ["en"] = ("The president said on Monday that the plan would go ahead despite the objections of several lawmakers in the state, who had argued for a delay.",
                  "She added that the talks had been productive and that a deal could be reached within the next few weeks, according to people familiar with them."),
        ["de"] = ("Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln ab Januar für alle Bürger gelten sollen, die eine Wohnung besitzen.",
                  "Der Minister sagte, die Gespräche seien produktiv gewesen und eine Einigung könne in den nächsten Wochen erreicht werden."),
        ["fr"] = ("Le gouvernement a annoncé lundi que les nouvelles règles entreraient en vigueur en janvier pour tous les habitants de la ville.",
                  "Le ministre a déclaré que les discussions avaient été productives et qu'un accord pourrait être trouvé dans les prochaines semaines."),
        ["es"] = ("El gobierno anunció el lunes que las nuevas normas entrarán en vigor en enero para todos los residentes que tengan una vivienda.",
                  "El ministro dijo que las conversaciones habían sido productivas y que se podría alcanzar un acuerdo en las próximas semanas."),
        ["it"] = ("Il governo ha annunciato lunedì che le nuove regole entreranno in vigore a gennaio per tutti i residenti che possiedono una casa.",
                  "Il ministro ha detto che i colloqui sono stati produttivi e che un accordo potrebbe essere raggiunto nelle prossime settimane."),
        ["pt"] = ("O governo anunciou na segunda-feira que as novas regras entrarão em vigor em janeiro para todos os moradores que têm uma casa.",
                  "O ministro disse que as conversas foram produtivas e que um acordo pode ser alcançado nas próximas semanas."),
        ["nl"] = ("De regering heeft maandag aangekondigd dat de nieuwe regels in januari ingaan voor alle inwoners die een woning bezitten.",
                  "De minister zei dat de gesprekken productief waren en dat er in de komende weken een akkoord kan worden bereikt."),
    };

    /// <summary>Cleans every probe line between two paragraphs of its language and counts what is removed.</summary>
    public static ProbeScores Score(string labelsFolder, CleanerPipeline pipeline)
    {
        string folder = Path.Combine(labelsFolder, "probes");
        var perKind = new Dictionary<ResidueKind, (int Lines, int Removed)>();
        var kept = new List<string>();
        foreach (string[] row in Rows(Path.Combine(folder, "residue.tsv"), 3))
        {
            if (!ResidueKinds.TryParse(row[0], out ResidueKind kind))
            {
                throw new InvalidDataException($"labels/probes/residue.tsv: unknown kind '{row[0]}'.");
            }

            bool removed = IsRemoved(pipeline, row[1], row[2]);
            (int lines, int count) = perKind.GetValueOrDefault(kind);
            perKind[kind] = (lines + 1, count + (removed ? 1 : 0));
            if (!removed)
            {
                kept.Add($"[{row[0]}/{row[1]}] {row[2]}");
            }
        }

        var lost = new List<string>();
        int bodyLines = 0;
        foreach (string[] row in Rows(Path.Combine(folder, "body.tsv"), 2))
        {
            bodyLines++;
            if (IsRemoved(pipeline, row[0], row[1]))
            {
                lost.Add($"[{row[0]}] {row[1]}");
            }
        }

        return new ProbeScores(perKind, kept, bodyLines, lost);
    }

    /// <summary>Prints recall per kind on the residue probes and the body look-alikes lost; returns the exit code.</summary>
    public static int Run(string root, CleanerPreset preset, int mistakes)
    {
        ProbeScores scores = Score(Path.Combine(root, "labels"), new CleanerPipelineBuilder().UsePreset(preset).Build());
        Console.WriteLine($"preset: {preset.ToString().ToLowerInvariant()}; probe catalogue labels/probes/");
        Console.WriteLine();
        Console.WriteLine($"residue probes   {scores.ResidueLines,4}  removed {scores.ResidueRemoved,4}  recall    {Ratio(scores.ResidueRemoved, scores.ResidueLines)}");
        Console.WriteLine($"body look-alikes {scores.BodyLines,4}  kept    {scores.BodyLines - scores.Lost.Count,4}  retention {Ratio(scores.BodyLines - scores.Lost.Count, scores.BodyLines)}");
        Console.WriteLine();
        Console.WriteLine("kind           probes  recall");
        foreach ((ResidueKind kind, (int lines, int count)) in scores.PerKind.OrderBy(p => p.Key))
        {
            Console.WriteLine($"{kind.ToName(),-14} {lines,6}  {Ratio(count, lines)}");
        }

        Console.WriteLine();
        Console.WriteLine($"Body look-alikes removed: {scores.Lost.Count}");
        foreach (string line in scores.Lost)
        {
            Console.WriteLine("  " + line);
        }

        Console.WriteLine();
        Console.WriteLine($"Residue probes kept: {scores.Kept.Count}");
        foreach (string line in scores.Kept.Take(mistakes))
        {
            Console.WriteLine("  " + line);
        }

        return 0;
    }

    private static bool IsRemoved(CleanerPipeline pipeline, string language, string line)
    {
        if (!Paragraphs.TryGetValue(language, out (string Before, string After) around))
        {
            throw new InvalidDataException($"labels/probes: unknown language '{language}'.");
        }

        CleanResult result = pipeline.Clean($"{around.Before}\n\n{line}\n\n{around.After}\n");
        return result.Removed.Any(v => v.Segment.LineNumber == 3);
    }

    private static IEnumerable<string[]> Rows(string path, int columns) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', columns))
            .Select(r => r.Length == columns ? r : throw new InvalidDataException($"{path}: expected {columns} tab-separated columns: {string.Join('\t', r)}"));

    private static string Ratio(int part, int whole) => whole == 0 ? "    -" : ((double)part / whole).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What the probe catalogue measured: per kind, residue probes and how many were removed; the residue probes
/// kept and the body look-alikes removed, as "[kind/language] line".</summary>
public sealed record ProbeScores(
    IReadOnlyDictionary<ResidueKind, (int Lines, int Removed)> PerKind, IReadOnlyList<string> Kept, int BodyLines,
    IReadOnlyList<string> Lost)
{
    /// <summary>Residue probes in all.</summary>
    public int ResidueLines => PerKind.Values.Sum(v => v.Lines);

    /// <summary>Residue probes removed.</summary>
    public int ResidueRemoved => PerKind.Values.Sum(v => v.Removed);
}
