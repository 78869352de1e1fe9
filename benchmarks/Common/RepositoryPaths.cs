using System;
using System.IO;

namespace Cleaner.Benchmarks.Common;

/// <summary>Finds the repository (the folder holding Cleaner.sln) from wherever BenchmarkDotNet runs the benchmarks.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Cleaner.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The seed documents.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The shared corpus beside the repository (<c>../shared/corpus</c>), which may be absent.</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string FindRoot()
    {
        // Generated benchmark processes run from bin folders deep below the repository: walk up from both the current
        // directory and the assembly's folder.
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository root (the folder with Cleaner.sln) above " +
                                             Environment.CurrentDirectory + " or " + AppContext.BaseDirectory);
    }
}
