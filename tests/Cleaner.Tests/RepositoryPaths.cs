using System;
using System.IO;

namespace Cleaner.Tests;

/// <summary>Finds the repository (the folder holding Cleaner.sln) and the shared corpora beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Labels => Path.Combine(Root, "labels");

    /// <summary>The unlabelled Multi-News corpus, <c>../shared/corpus/multinews-dev</c>; may be absent.</summary>
    public static string MultiNewsCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "multinews-dev"));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Cleaner.sln) above " + AppContext.BaseDirectory);
    }
}
