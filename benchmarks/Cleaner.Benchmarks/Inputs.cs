using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cleaner.Benchmarks.Common;

namespace Cleaner.Benchmarks;

/// <summary>
/// The benchmark inputs: each seed file, the five concatenated ("seeds", the seed corpus), and two generated documents
/// that show how cost grows with size: "10MB" (the seed corpus repeated to 10 MiB of UTF-8) and "100k-lines"
/// (100,000 short lines: the seed corpus's lines of at most 80 characters, blank ones included, cycled). Short lines
/// cost more per byte than prose (most classifiers look at every short line), so "1k-lines", the first 1,000 of the
/// same lines, is the like-for-like small document to compare "100k-lines" with. Built once per process and cached.
/// </summary>
public static class Inputs
{
    public const string SeedCorpusName = "seeds";
    public const string LargeName = "10MB";
    public const string ShortLinesName = "100k-lines";
    public const string FewShortLinesName = "1k-lines";

    private const int LargeBytes = 10 * 1024 * 1024;
    private const int ShortLineCount = 100_000;
    private const int FewShortLineCount = 1_000;
    private const int ShortLineMaxLength = 80;

    private static readonly Lazy<IReadOnlyList<InputDocument>> LazySeedFiles = new(LoadSeedFiles);
    private static readonly Lazy<InputDocument> LazySeedCorpus = new(() => new InputDocument(SeedCorpusName, SeedCorpusText()));
    private static readonly Lazy<InputDocument> LazyLarge = new(BuildLarge);
    private static readonly Lazy<InputDocument> LazyShortLines = new(() => BuildShortLines(ShortLinesName, ShortLineCount));
    private static readonly Lazy<InputDocument> LazyFewShortLines = new(() => BuildShortLines(FewShortLinesName, FewShortLineCount));

    /// <summary>Each seed file, named by its number ("000", "001", …).</summary>
    public static IReadOnlyList<InputDocument> SeedFiles => LazySeedFiles.Value;

    /// <summary>The five seed files concatenated, separated by a blank line.</summary>
    public static InputDocument SeedCorpus => LazySeedCorpus.Value;

    /// <summary>The seed corpus repeated to 10 MiB.</summary>
    public static InputDocument Large => LazyLarge.Value;

    /// <summary>100,000 short lines.</summary>
    public static InputDocument ShortLines => LazyShortLines.Value;

    /// <summary>The first 1,000 lines of <see cref="ShortLines"/>.</summary>
    public static InputDocument FewShortLines => LazyFewShortLines.Value;

    /// <summary>Every input: seed files, seed corpus, 10MB, 1k-lines, 100k-lines.</summary>
    public static IEnumerable<InputDocument> All() =>
        SeedFiles.Concat([SeedCorpus, Large, FewShortLines, ShortLines]);

    /// <summary>The seed corpus and the scale documents.</summary>
    public static IEnumerable<InputDocument> CorpusAndScale() => [SeedCorpus, Large, FewShortLines, ShortLines];

    private static InputDocument[] LoadSeedFiles()
    {
        string[] files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new FileNotFoundException("No seed files in " + RepositoryPaths.Seeds);
        }

        return files.Select(f => new InputDocument(Path.GetFileName(f)[..3], File.ReadAllText(f))).ToArray();
    }

    private static string SeedCorpusText()
    {
        var builder = new StringBuilder();
        foreach (InputDocument seed in SeedFiles)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(seed.Text.TrimEnd());
        }

        return builder.Append('\n').ToString();
    }

    private static InputDocument BuildLarge()
    {
        string seed = SeedCorpus.Text;
        long seedBytes = SeedCorpus.Utf8Bytes + 1;
        var builder = new StringBuilder((int)(LargeBytes / seedBytes + 1) * (seed.Length + 1));
        long bytes = 0;
        while (bytes < LargeBytes)
        {
            builder.Append(seed).Append('\n');
            bytes += seedBytes;
        }

        return new InputDocument(LargeName, builder.ToString());
    }

    private static InputDocument BuildShortLines(string name, int count)
    {
        string[] lines = SeedCorpus.Text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length <= ShortLineMaxLength)
            .ToArray();
        var builder = new StringBuilder(count * 40);
        for (int i = 0; i < count; i++)
        {
            builder.Append(lines[i % lines.Length]).Append('\n');
        }

        return new InputDocument(name, builder.ToString());
    }
}
