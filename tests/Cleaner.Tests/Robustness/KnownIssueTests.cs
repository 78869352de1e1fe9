namespace Cleaner.Robustness;

/// <summary>
/// Counterexamples found by the fuzz harness that the robustness branch cannot fix within its files. Each failing
/// case is skipped with the exact input in its reason; the passing companions pin down the cause.
/// </summary>
public sealed class KnownIssueTests
{
    /// <summary>
    /// Found by tools/Cleaner.Fuzz (seed 20261125), minimised. The document language is detected from the whole text,
    /// residue included: here the English stopwords of the absorbed last line make it English, so "You my also°" has
    /// stopwords and is kept; once the residue is gone the cleaned text is detected as Dutch, the same line has no
    /// stopwords, and the weather-widget rule removes it (widget.weather, 0.9).
    /// </summary>
    private const string LanguageFlip = "You my also\u00B0\nhet voor het en het al zij dat\nStory continues below\nor a i said";

    [Fact(Skip = "KNOWN ISSUE (owner: language detection / DocumentAnalysis, lead): cleaning is not idempotent when removing residue changes the detected language. " +
                 "Counterexample (default pipeline): \"You my also\\u00B0\\nhet voor het en het al zij dat\\nStory continues below\\nor a i said\" " +
                 "-> Clean = \"You my also\\u00B0\\nhet voor het en het al zij dat\\n\" (English) -> Clean again = \"het voor het en het al zij dat\\n\" (Dutch; widget.weather removes the first line). " +
                 "See docs/robustness.md, Findings.")]
    public void Cleaning_is_idempotent_when_removing_residue_changes_the_detected_language()
    {
        string once = CleanerPipeline.Default.Clean(LanguageFlip).Text;
        Assert.Equal(once, CleanerPipeline.Default.Clean(once).Text);
    }

    [Fact]
    public void The_language_flip_is_the_cause()
    {
        CleanResult once = CleanerPipeline.Default.Clean(LanguageFlip);
        CleanResult twice = CleanerPipeline.Default.Clean(once.Text);
        Assert.Equal(Language.English, once.Language);
        Assert.Equal(Language.Dutch, twice.Language);

        // With the language fixed, the same document cleans idempotently.
        CleanerPipeline english = new CleanerPipelineBuilder().UseLanguage(Language.English).Build();
        string fixedOnce = english.Clean(LanguageFlip).Text;
        Assert.Equal(fixedOnce, english.Clean(fixedOnce).Text);
    }
}
