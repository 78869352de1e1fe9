using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cleaner.Tests.Classifiers;

/// <summary>
/// A readable spec of one residue family (Specs/*.md): a "## Removes" list of lines the pipeline must remove as the
/// family's kind, and a "## Keeps" list of body lines that look like residue but must stay. One line per example.
/// </summary>
public sealed record SpecExample(string Spec, ResidueKind Kind, bool Removes, string Line)
{
    public override string ToString() => $"{Spec}: {(Removes ? "removes" : "keeps")} \"{Line}\"";

    public static IEnumerable<SpecExample> LoadAll()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (string path in Directory.EnumerateFiles(folder, "*.md"))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!ResidueKinds.TryParse(name, out ResidueKind kind))
            {
                throw new InvalidDataException($"Spec file {name}.md does not name a residue kind.");
            }

            bool? removes = null;
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.TrimEnd();
                if (line.StartsWith("## Removes", StringComparison.Ordinal))
                {
                    removes = true;
                }
                else if (line.StartsWith("## Keeps", StringComparison.Ordinal))
                {
                    removes = false;
                }
                else if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    removes = null;
                }
                else if (line.StartsWith("    ", StringComparison.Ordinal) && removes is bool r)
                {
                    yield return new SpecExample(name, kind, r, line[4..]);
                }
            }
        }
    }
}

/// <summary>
/// A document example of a spec's "## Context" part: lines quoted with "> ", a "&gt;" alone for a blank line, and
/// "(removed)" at the end of each line the context rules must remove (the marker is not part of the line).
/// </summary>
public sealed record ContextSpecExample(string Spec, string Title, IReadOnlyList<string> Lines, IReadOnlyList<bool> Removed)
{
    private const string RemovedMarker = "(removed)";

    public override string ToString() => $"{Spec}: {Title}";

    public static IEnumerable<ContextSpecExample> LoadAll()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (string path in Directory.EnumerateFiles(folder, "*.md"))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            bool inContext = false;
            string title = "";
            var lines = new List<string>();
            var removed = new List<bool>();
            foreach (string raw in File.ReadLines(path).Append(""))
            {
                string line = raw.TrimEnd();
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    inContext = line.StartsWith("## Context", StringComparison.Ordinal);
                    continue;
                }

                if (!inContext)
                {
                    continue;
                }

                if (line.StartsWith('>'))
                {
                    string text = line.Length > 1 ? line[2..] : "";
                    bool isRemoved = text.EndsWith(RemovedMarker, StringComparison.Ordinal);
                    lines.Add(isRemoved ? text[..^RemovedMarker.Length].TrimEnd() : text);
                    removed.Add(isRemoved);
                    continue;
                }

                if (lines.Count > 0)
                {
                    yield return new ContextSpecExample(name, title, lines.ToArray(), removed.ToArray());
                    lines.Clear();
                    removed.Clear();
                }

                if (line.Length > 0)
                {
                    title = line;
                }
            }
        }
    }
}
