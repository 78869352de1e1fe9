using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Cleaner.Evaluation;

/// <summary>A source document and its line labels (see labels/README.md).</summary>
internal sealed record LabelledDocument(string Name, string Part, string Text, IReadOnlyDictionary<int, string> Labels)
{
    /// <summary>Reads a label file; <paramref name="sourcePath"/> is the labelled text.</summary>
    public static LabelledDocument Load(string labelPath, string sourcePath, string part)
    {
        string text = File.ReadAllText(sourcePath);
        var labels = new Dictionary<int, string>();
        int declaredLines = -1;
        foreach (string row in File.ReadLines(labelPath))
        {
            if (row.StartsWith("# lines:", StringComparison.Ordinal))
            {
                declaredLines = int.Parse(row.AsSpan(8).Trim(), CultureInfo.InvariantCulture);
                continue;
            }

            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            string[] columns = row.Split('\t');
            if (columns.Length < 2 || !int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out int line))
            {
                throw new FormatException($"{labelPath}: malformed row '{row}'.");
            }

            string label = columns[1].Trim();
            if (label != "-" && !ResidueKinds.TryParse(label, out _))
            {
                throw new FormatException($"{labelPath}:{line}: unknown label '{label}'.");
            }

            labels[line] = label;
        }

        int actualLines = CountLines(text);
        if (declaredLines != actualLines || labels.Count != actualLines)
        {
            throw new FormatException(
                $"{labelPath}: labels {labels.Count} rows / declares {declaredLines} lines, but {sourcePath} has {actualLines} lines.");
        }

        return new LabelledDocument(Path.GetFileNameWithoutExtension(labelPath), part, text, labels);
    }

    /// <summary>Lines as the library counts them: \n, \r\n or \r end a line; a final terminator starts none.</summary>
    private static int CountLines(string text)
    {
        int lines = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                if (i + 1 < text.Length)
                {
                    lines++;
                }
            }
        }

        return lines;
    }
}
