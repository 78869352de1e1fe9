using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cleaner.Tests.BodyDocuments;

/// <summary>
/// Whole documents with no residue at all, each shaped like a trap for one of the position rules: a list or a
/// schedule closing the story, question-and-answer lines, subheadings in German and French, a recipe's ingredients,
/// titled book entries, an obituary's service details, short closing sentences, lyrics, an agenda, a timeline,
/// sentences about pictures. Written by hand from no page. Nothing may be removed from them, in any preset.
/// </summary>
public class BodyDocumentTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BodyDocuments");

    public static IEnumerable<object[]> Cases() =>
        from path in Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
        from preset in new[] { CleanerPreset.Precision, CleanerPreset.Balanced, CleanerPreset.Recall }
        select new object[] { Path.GetFileName(path), preset };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nothing_is_removed_from_a_document_of_body_only(string file, CleanerPreset preset)
    {
        string text = File.ReadAllText(Path.Combine(Folder, file));
        CleanerPipeline pipeline = new CleanerPipelineBuilder().UsePreset(preset).Build();

        CleanResult result = pipeline.Clean(text);

        Assert.True(result.Removed.Count == 0, file + " lost body lines:\n" +
            string.Join('\n', result.Removed.Select(r => $"  line {r.Segment.LineNumber}: {r.RuleId} | {text.Substring(r.Segment.Start, r.Segment.Length)}")));
    }
}
