using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Cleaner.Html.Evaluation;

/// <summary>One labelled block of a gold page: its label (<c>body</c> or a residue kind's name) and its text.</summary>
internal readonly record struct GoldRow(string Label, string Text);

/// <summary>
/// A page labelled by hand (<c>labels/html/NAME.tsv</c>, format in <c>labels/html/README.md</c>): every text block of
/// the whole page, in page order, with its label.
/// </summary>
internal sealed class GoldPage
{
    /// <summary>The labels a row may carry: body, and the residue kinds of <c>labels/README.md</c>.</summary>
    public static readonly string[] Labels =
    [
        "body", "comments", "related-links", "video", "caption", "social", "subscription", "advertisement", "timestamp",
        "widget", "navigation", "footer", "notice", "attribution",
    ];

    private GoldPage(string name, IReadOnlyList<GoldRow> rows)
    {
        Name = name;
        Rows = rows;
        Body = new TokenBag(string.Join('\n', rows.Where(r => r.Label == "body").Select(r => r.Text)));
        Neutral = new TokenBag(string.Join('\n', rows.Where(r => r.Label == "attribution").Select(r => r.Text)));
    }

    /// <summary>The page's folder name in <c>readability-pages</c>.</summary>
    public string Name { get; }

    /// <summary>The rows, in page order.</summary>
    public IReadOnlyList<GoldRow> Rows { get; }

    /// <summary>The tokens of the body rows: what a perfect extractor outputs.</summary>
    public TokenBag Body { get; }

    /// <summary>The tokens of the attribution rows, kept by default: neither required nor penalised.</summary>
    public TokenBag Neutral { get; }

    /// <summary>Reads every <c>*.tsv</c> of <paramref name="folder"/>, in name order.</summary>
    public static List<GoldPage> LoadAll(string folder) =>
        Directory.GetFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToList();

    /// <summary>Reads one label file; throws <see cref="FormatException"/> naming the line of a malformed row.</summary>
    public static GoldPage Load(string path)
    {
        var rows = new List<GoldRow>();
        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string label = tab < 0 ? line : line[..tab];
            if (tab < 0 || !Labels.Contains(label, StringComparer.Ordinal))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}:{i + 1}: expected 'label<TAB>text' with a label among {string.Join(", ", Labels)}."));
            }

            rows.Add(new GoldRow(label, line[(tab + 1)..]));
        }

        return new GoldPage(Path.GetFileNameWithoutExtension(path), rows);
    }

    /// <summary>A row's text as it is written to a label file: one line, tabs and line breaks as spaces.</summary>
    public static string RowText(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
