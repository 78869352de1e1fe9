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

    /// <summary>
    /// Found by tools/Cleaner.Fuzz (seed 1125), minimised. Two copies of a lone date 33 lines apart, most of them blank:
    /// the duplicate rule counted blank lines in its window, the output collapses them, and cleaning the output again
    /// found the copies within reach and removed both. The window now counts kept, non-blank lines only.
    /// </summary>
    [Theory]
    [InlineData("s\nSaturday, 23 February 2019\n\n\n\n\n\r \n\n\n\n\n\n\n\n\n\n\n\r \n\n\n\n\n\n\n\n\rT\n\n\n\n\n\nSaturday, 23 February 2019\nr", "default")]
    [InlineData("Leia mais\n\n\n\n\n\n\n\n\n\n\n\n\r\r\u00B0\n\n\n\n\r\r\u200D\n\n\n\r\r\n\n\n\n\n\r\r\rT\nLeia mais", "precision")]
    public void Cleaning_is_idempotent_when_blank_lines_separate_two_copies(string input, string preset)
    {
        CleanerPipeline pipeline = preset == "precision"
            ? new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).Build()
            : CleanerPipeline.Default;
        string once = pipeline.Clean(input).Text;
        Assert.Equal(once, pipeline.Clean(once).Text);
    }
}
