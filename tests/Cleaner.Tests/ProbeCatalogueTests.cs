using Cleaner.Evaluation;

namespace Cleaner.Tests;

/// <summary>
/// The probe catalogue (labels/probes: typical residue of news templates and body look-alikes, in the repository, so
/// this runs on a bare clone): every look-alike stays, and residue recall stays above a regression floor.
/// </summary>
public class ProbeCatalogueTests
{
    [Fact]
    public void Probe_catalogue_keeps_every_look_alike_and_removes_most_residue()
    {
        ProbeScores scores = ProbeEvaluation.Score(RepositoryPaths.Labels, CleanerPipeline.Default);

        Assert.True(scores.BodyLines >= 230, $"expected the body look-alikes, found {scores.BodyLines}");
        Assert.True(scores.Lost.Count == 0, "body look-alikes removed:\n" + string.Join('\n', scores.Lost));
        Assert.True(scores.ResidueLines >= 1150, $"expected the residue probes, found {scores.ResidueLines}");
        double recall = (double)scores.ResidueRemoved / scores.ResidueLines;
        Assert.True(recall >= 0.93, $"probe recall {recall:0.000} < 0.93 (regression floor); kept:\n" + string.Join('\n', scores.Kept));
    }
}
