using System;
using System.Linq;

namespace Cleaner.Tests.Api;

/// <summary>Keeps the README's usage example compiling and true. Edit both together.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_works()
    {
        string scraped = """
            Officials met on Saturday to discuss the new budget, a spokesman said.
            READ MORE: Council approves road repairs
            The budget includes funding for schools and hospitals.
            Add new comment
            """;

        // --- README example starts ---
        // One line, default pipeline:
        string clean = TextCleaner.Clean(scraped).Text;

        // Or build a pipeline once and share it between threads:
        CleanerPipeline pipeline = new CleanerPipelineBuilder()
            .UsePreset(CleanerPreset.Precision)          // only remove what the classifiers are sure of
            .Enable(ResidueKind.Attribution)             // also drop "Source: …" and bylines
            .AddPhrase("Download our app", ResidueKind.Social, PhraseMatch.Prefix)
            .Build();

        CleanResult result = pipeline.Clean(scraped);
        foreach (SegmentVerdict removed in result.Removed)
        {
            Console.WriteLine($"line {removed.Segment.LineNumber}: {removed.Kind.ToName()} " +
                              $"({removed.Verdict.Score:0.00}, {removed.RuleId})");
        }
        // --- README example ends ---

        Assert.Equal("Officials met on Saturday to discuss the new budget, a spokesman said.\n" +
                     "The budget includes funding for schools and hospitals.\n", clean);
        Assert.Equal(new[] { 2, 4 }, result.Removed.Select(r => r.Segment.LineNumber));
    }
}
