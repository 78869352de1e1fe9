using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cleaner.Benchmarks.Common;

namespace Cleaner.Html.Benchmarks;

/// <summary>
/// A few saved pages of Mozilla Readability's test set (<c>../shared/corpus/readability-pages/NAME/source.html</c>), from
/// small to large. The corpus lives beside the repository and may be absent: <see cref="Available"/> says so.
/// </summary>
public static class Pages
{
    /// <summary>The pages measured: a small blog post, two news articles, an encyclopedia page, a very large news page.</summary>
    private static readonly string[] Names = ["ars-1", "bbc-1", "nytimes-1", "wikipedia", "guardian-1"];

    private static readonly Lazy<InputDocument[]> LazyAll = new(Load);

    public static string Folder => Path.Combine(RepositoryPaths.SharedCorpus, "readability-pages");

    /// <summary>Whether the corpus is present.</summary>
    public static bool Available => Directory.Exists(Folder);

    public static IEnumerable<InputDocument> All() => LazyAll.Value;

    private static InputDocument[] Load() =>
        Names.Select(name => Path.Combine(Folder, name, "source.html"))
            .Where(File.Exists)
            .Select(path => new InputDocument(Path.GetFileName(Path.GetDirectoryName(path)!)!, File.ReadAllText(path)))
            .ToArray();
}
