using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cleaner.Evaluation;

namespace Cleaner.Tests;

/// <summary>
/// Measures the default pipeline on the labelled Multi-News documents (read from ../shared/corpus, never copied into
/// the repository) and fails when body retention or residue recall falls below the floor. Skips where the corpus is absent.
/// </summary>
public class CorpusRegressionTests
{
    [SkippableFact]
    public void Labelled_corpus_keeps_body_and_removes_residue()
    {
        Skip.IfNot(Directory.Exists(RepositoryPaths.MultiNewsCorpus),
            $"The Multi-News corpus is not at {RepositoryPaths.MultiNewsCorpus}; the corpus regression test needs ../shared/corpus.");

        var documents = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Labels, "multinews-dev"), "*.tsv")
            .Select(label =>
            {
                string name = Path.GetFileNameWithoutExtension(label);
                string part = int.Parse(name, CultureInfo.InvariantCulture) % 2 == 1 ? "tune" : "check";
                return LabelledDocument.Load(label, Path.Combine(RepositoryPaths.MultiNewsCorpus, name + ".txt"), part);
            })
            .ToList();
        Assert.True(documents.Count >= 100, $"expected at least 100 labelled documents, found {documents.Count}");

        foreach (string part in new[] { "tune", "check" })
        {
            List<LineOutcome> outcomes = Evaluator.Run(documents.Where(d => d.Part == part), CleanerPipeline.Default);
            Scores scores = Scores.Of(outcomes);
            Assert.True(scores.BodyRetention >= 0.995, $"{part}: body retention {scores.BodyRetention:0.0000} < 0.995");
            Assert.True(scores.ResidueRecall >= 0.60, $"{part}: residue recall {scores.ResidueRecall:0.000} < 0.60 (regression floor)");
            Assert.True(scores.RemovalPrecision >= 0.95, $"{part}: removal precision {scores.RemovalPrecision:0.000} < 0.95");
        }
    }
}
