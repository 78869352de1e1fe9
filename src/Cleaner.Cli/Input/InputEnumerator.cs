using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cleaner.Cli.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Cleaner.Cli.Input;

/// <summary>
/// Expands the paths on the command line into input files: a file is taken as given, a folder is searched recursively
/// with the <c>--include</c> and <c>--exclude</c> globs (relative to the folder). Files come out in command-line order,
/// and each folder's files in ordinal path order, so runs are reproducible.
/// </summary>
internal sealed class InputEnumerator
{
    private readonly IReadOnlyList<string> _include;
    private readonly IReadOnlyList<string> _exclude;
    private readonly Reporter _reporter;

    public InputEnumerator(IReadOnlyList<string> include, IReadOnlyList<string> exclude, Reporter reporter)
    {
        _include = include.Count == 0 ? ["**/*"] : include;
        _exclude = exclude;
        _reporter = reporter;
    }

    /// <summary>The inputs, and the number of paths that could not be used or listed (each already reported).</summary>
    public (List<InputFile> Files, int Missing) Expand(IReadOnlyList<string> paths)
    {
        var files = new List<InputFile>();
        int missing = 0;
        foreach (string path in paths)
        {
            if (path == InputFile.StandardInputName)
            {
                files.Add(InputFile.StandardInput);
            }
            else if (File.Exists(path))
            {
                files.Add(new InputFile(path, Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                int before = files.Count;
                if (!AddFolder(path, files))
                {
                    missing++;
                }
                else if (files.Count == before)
                {
                    _reporter.Warning($"{path}: no files match in this folder");
                }
            }
            else
            {
                _reporter.Error($"{path}: no such file or folder");
                missing++;
            }
        }

        return (files, missing);
    }

    private bool AddFolder(string folder, List<InputFile> files)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(_include);
        matcher.AddExcludePatterns(_exclude);
        IEnumerable<string> relative;
        try
        {
            relative = matcher.GetResultsInFullPath(folder)
                .Select(full => Path.GetRelativePath(folder, full))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _reporter.Error($"{folder}: cannot list the folder: {ex.Message}");
            return false;
        }

        foreach (string path in relative)
        {
            files.Add(new InputFile(Path.Combine(folder, path), path));
        }

        return true;
    }
}
