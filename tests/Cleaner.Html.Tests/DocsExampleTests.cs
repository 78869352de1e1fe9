using System;
using System.IO;

namespace Cleaner.Html.Tests;

/// <summary>Keeps the example in docs/html.md compiling and true.</summary>
public class DocsExampleTests
{
    [Fact]
    public void The_documented_example_works()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Pages.NewsPage());
            string html = Pages.NewsPage();
            using var output = new StringWriter();

            HtmlCleanResult result = HtmlCleaner.Clean(File.ReadAllBytes(path), new Uri("https://example.com/story"));
            output.WriteLine(result.Text);
            foreach (HtmlBlock block in result.Removed)
            {
                output.WriteLine($"{block.Tag} {block.Kind} {block.Score:0.00} {block.RuleId} ({block.Evidence}): {block.Text}");
            }

            CleanerPipeline pipeline = new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).Build();
            HtmlCleanResult precise = HtmlCleaner.Clean(html, pipeline);
            var options = HtmlCleanerOptions.Default with { Pipeline = pipeline, UseArticleExtraction = false };
            HtmlCleanResult wholePage = HtmlCleaner.Clean(html, options);

            Assert.Contains(Pages.Paragraphs[0], output.ToString(), StringComparison.Ordinal);
            Assert.Contains(Pages.Paragraphs[0], precise.Text, StringComparison.Ordinal);
            Assert.Contains(Pages.Paragraphs[0], wholePage.Text, StringComparison.Ordinal);
            Assert.Equal(HtmlSource.WholePage, wholePage.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Precision_preset_ignores_circumstantial_markup()
    {
        const string html = "<body><p>The council met on Tuesday evening and approved the new budget for the bridge repairs after a long debate.</p>" +
                            "<div class=\"promo\">Town hall opens late</div></body>";
        CleanerPipeline precision = new CleanerPipelineBuilder().UsePreset(CleanerPreset.Precision).Build();
        var options = HtmlCleanerOptions.Default with { UseArticleExtraction = false };

        Assert.DoesNotContain("Town hall opens late", HtmlCleaner.Clean(html, options).Text, StringComparison.Ordinal);
        Assert.Contains("Town hall opens late", HtmlCleaner.Clean(html, options with { Pipeline = precision }).Text, StringComparison.Ordinal);
    }
}
