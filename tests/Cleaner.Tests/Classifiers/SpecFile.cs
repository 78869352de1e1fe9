using System;
using System.Collections.Generic;
using System.IO;

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
                else if (line.StartsWith("    ", StringComparison.Ordinal) && removes is bool r)
                {
                    yield return new SpecExample(name, kind, r, line[4..]);
                }
            }
        }
    }
}
