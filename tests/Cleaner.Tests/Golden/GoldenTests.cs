using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cleaner.Evaluation;

namespace Cleaner.Tests.Golden;

/// <summary>The seed documents: their cleaned text is pinned, and every labelled line is decided as labelled.</summary>
public class GoldenTests
{
    public static IEnumerable<object[]> Seeds() =>
        Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order().Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cleaned_seed_matches_the_golden_file(string name)
    {
        string input = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".txt"));
        string expected = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Golden", name + ".expected.txt"));

        Assert.Equal(expected, TextCleaner.Clean(input).Text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_residue_line_goes_and_every_body_line_stays(string name)
    {
        LabelledDocument document = LabelledDocument.Load(
            Path.Combine(RepositoryPaths.Labels, "seeds", name + ".tsv"), Path.Combine(RepositoryPaths.Seeds, name + ".txt"), "seeds");
        List<LineOutcome> outcomes = Evaluator.Run([document], CleanerPipeline.Default);

        Assert.Empty(outcomes.Where(o => o.Label == "body" && o.Removed).Select(o => $"{o.Line}: {o.Text}"));
        Assert.Empty(outcomes.Where(o => Scores.IsScoredResidue(o.Label) && !o.Removed).Select(o => $"{o.Line} [{o.Label}]: {o.Text}"));
    }
}
