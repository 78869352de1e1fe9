namespace Cleaner.Robustness;

/// <summary>
/// Counterexamples found by the fuzz harness, kept as regression tests once fixed.
/// </summary>
public sealed class KnownIssueTests
{
    /// <summary>
    /// Found by tools/Cleaner.Fuzz (seed 20261125), minimised. The document language is detected from the whole text,
    /// residue included: here the English stopwords of the absorbed last line make it English; once the residue is
    /// gone the cleaned text is detected as Dutch. Verdicts used to depend on that detection (stopword density), so
    /// cleaning twice removed "You my also°" the second time. With automatic detection a line now counts the
    /// stopwords of every supported language, so its verdict depends on the line alone.
    /// </summary>
    private const string LanguageFlip = "You my also\u00B0\nhet voor het en het al zij dat\nStory continues below\nor a i said";

    [Fact]
    public void Cleaning_is_idempotent_when_removing_residue_changes_the_detected_language()
    {
        CleanResult once = CleanerPipeline.Default.Clean(LanguageFlip);
        CleanResult twice = CleanerPipeline.Default.Clean(once.Text);

        Assert.Equal(once.Text, twice.Text);
        Assert.Equal(Language.English, once.Language);
        Assert.Equal(Language.Dutch, twice.Language); // the detected language still flips; verdicts no longer follow it
    }

    [Fact]
    public void A_fixed_language_cleans_the_counterexample_idempotently_too()
    {
        CleanerPipeline english = new CleanerPipelineBuilder().UseLanguage(Language.English).Build();
        string fixedOnce = english.Clean(LanguageFlip).Text;
        Assert.Equal(fixedOnce, english.Clean(fixedOnce).Text);
    }
}
