using System.Globalization;
using System.IO;

namespace Cleaner.Html.Evaluation;

/// <summary>Per-page scores as tab-separated lines, to compare two runs page by page (<c>--scores FILE</c>).</summary>
internal static class ScoreFile
{
    public static void Write(TextWriter? file, string set, string page, Score smartReader, Score cleaner)
    {
        if (file is null)
        {
            return;
        }

        Line(file, set, page, "smartreader", smartReader);
        Line(file, set, page, "htmlcleaner", cleaner);
    }

    private static void Line(TextWriter file, string set, string page, string extractor, Score s) =>
        file.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}\t{page}\t{extractor}\t{s.Precision:0.0000}\t{s.Recall:0.0000}\t{s.F1:0.0000}"));
}
