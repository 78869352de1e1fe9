using System;
using System.Buffers;
using System.Collections.Generic;

namespace Cleaner.Robustness;

/// <summary>Document limits: defaults, validation, and both behaviours through every entry point.</summary>
public sealed class LimitTests
{
    private const string Article = "Read more\nThe minister said on Tuesday that the plan would be ready by the end of the year.\nAdvertisement\n";

    [Fact]
    public void Defaults_are_documented_values()
    {
        var builder = new CleanerPipelineBuilder();
        Assert.Equal(64 * 1024 * 1024, builder.MaxDocumentLength);
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxDocumentLength, builder.MaxDocumentLength);
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxLineCount, builder.MaxLineCount);
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxLineLength, builder.MaxLineLength);
        Assert.Equal(LimitBehavior.Throw, builder.LimitBehavior);

        CleanerSettings settings = CleanerPipeline.Default.Settings;
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxDocumentLength, settings.MaxDocumentLength);
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxLineCount, settings.MaxLineCount);
        Assert.Equal(LimitBehavior.Throw, settings.LimitBehavior);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Limits_below_one_are_refused(int value)
    {
        var builder = new CleanerPipelineBuilder();
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.UseMaxDocumentLength(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.UseMaxLineCount(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.MaxDocumentLength = value);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.UseLimitBehavior((LimitBehavior)42));
        Assert.Equal(CleanerPipelineBuilder.DefaultMaxDocumentLength, builder.MaxDocumentLength);
    }

    [Fact]
    public void Builder_settings_reach_the_pipeline()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder()
            .UseMaxDocumentLength(1000).UseMaxLineCount(20).UseLimitBehavior(LimitBehavior.PassThrough).Build();
        Assert.Equal(1000, pipeline.Settings.MaxDocumentLength);
        Assert.Equal(20, pipeline.Settings.MaxLineCount);
        Assert.Equal(LimitBehavior.PassThrough, pipeline.Settings.LimitBehavior);
    }

    [Fact]
    public void A_document_at_the_limit_is_cleaned()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().UseMaxDocumentLength(Article.Length).UseMaxLineCount(3).Build();
        CleanResult result = pipeline.Clean(Article);
        Assert.Equal(CleanStatus.Cleaned, result.Status);
        Assert.False(result.IsPassedThrough);
        Assert.Equal(CleanerLimit.None, result.ExceededLimit);
    }

    [Fact]
    public void Too_long_document_throws_a_documented_exception_by_default()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().UseMaxDocumentLength(Article.Length - 1).Build();
        DocumentTooLargeException e = Assert.Throws<DocumentTooLargeException>(() => pipeline.Clean(Article));
        Assert.IsAssignableFrom<ArgumentException>(e);
        Assert.Equal("text", e.ParamName);
        Assert.Equal(CleanerLimit.DocumentLength, e.Limit);
        Assert.Equal(Article.Length, e.Actual);
        Assert.Equal(Article.Length - 1, e.Maximum);
        Assert.Contains("UseMaxDocumentLength", e.Message, StringComparison.Ordinal);
        Assert.Contains("LimitBehavior.PassThrough", e.Message, StringComparison.Ordinal);

        Assert.Throws<DocumentTooLargeException>(() => pipeline.Clean(Article.AsSpan(), new ArrayBufferWriter<char>()));
        Assert.Throws<DocumentTooLargeException>(() => pipeline.TryClean(Article, new char[500], out _, out _));
        Assert.Throws<DocumentTooLargeException>(() => pipeline.Classify(Article, new List<SegmentVerdict>()));
        Assert.Throws<DocumentTooLargeException>(() => TextCleaner.Clean(Article, pipeline));
    }

    [Fact]
    public void Too_many_lines_throws_with_the_line_count()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().UseMaxLineCount(2).Build();
        DocumentTooLargeException e = Assert.Throws<DocumentTooLargeException>(() => pipeline.Clean(Article));
        Assert.Equal(CleanerLimit.LineCount, e.Limit);
        Assert.Equal(3, e.Actual);
        Assert.Equal(2, e.Maximum);
        Assert.Contains("UseMaxLineCount", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("", 1)]
    [InlineData("\n", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\r\rb", 3)]
    [InlineData("a\n\rb\r\n", 3)]
    [InlineData("\r\n\r\n\r\n", 3)]
    public void Line_limit_counts_lines_as_the_scanner_does(string text, int lines)
    {
        Assert.Equal(lines, Limits.DocumentLimits.CountLines(text));
        Assert.Equal(lines, CleanerPipeline.Default.Clean(text).LineCount);
        CleanerPipeline exact = new CleanerPipelineBuilder().UseMaxLineCount(lines).Build();
        Assert.Equal(CleanStatus.Cleaned, exact.Clean(text).Status);
        if (lines > 1)
        {
            CleanerPipeline under = new CleanerPipelineBuilder().UseMaxLineCount(lines - 1).Build();
            Assert.Throws<DocumentTooLargeException>(() => under.Clean(text));
        }
    }

    [Fact]
    public void Pass_through_returns_the_document_unchanged_and_flagged()
    {
        string text = "Read more  \r\nThe minister said the plan would be ready.\t\r\n\r\n\r\nAdvertisement";
        CleanerPipeline pipeline = new CleanerPipelineBuilder()
            .UseMaxDocumentLength(10).UseLimitBehavior(LimitBehavior.PassThrough).IncludeKept().Build();

        CleanResult result = pipeline.Clean(text);
        Assert.Same(text, result.Text);
        Assert.Equal(CleanStatus.PassedThrough, result.Status);
        Assert.True(result.IsPassedThrough);
        Assert.Equal(CleanerLimit.DocumentLength, result.ExceededLimit);
        Assert.Empty(result.Removed);
        Assert.Empty(result.Kept);
        Assert.False(result.IsResidueOnly);

        var writer = new ArrayBufferWriter<char>();
        CleanSummary summary = pipeline.Clean(text.AsSpan(), writer);
        Assert.Equal(text, writer.WrittenSpan.ToString());
        Assert.True(summary.IsPassedThrough);
        Assert.Equal(CleanerLimit.DocumentLength, summary.ExceededLimit);
        Assert.Equal(text.Length, summary.OutputLength);

        char[] destination = new char[text.Length];
        Assert.True(pipeline.TryClean(text, destination, out int written, out CleanSummary trySummary));
        Assert.Equal(text, new string(destination, 0, written));
        Assert.Equal(summary, trySummary);
        Assert.False(pipeline.TryClean(text, new char[text.Length - 1], out written, out trySummary));
        Assert.Equal(0, written);
        Assert.True(trySummary.IsPassedThrough);

        var verdicts = new List<SegmentVerdict>();
        Assert.Equal(summary, pipeline.Classify(text, verdicts));
        Assert.Empty(verdicts);
    }

    [Fact]
    public void Pass_through_on_line_count_names_the_limit()
    {
        CleanerPipeline pipeline = new CleanerPipelineBuilder().UseMaxLineCount(2).UseLimitBehavior(LimitBehavior.PassThrough).Build();
        CleanResult result = pipeline.Clean(Article);
        Assert.True(result.IsPassedThrough);
        Assert.Equal(CleanerLimit.LineCount, result.ExceededLimit);
        Assert.Equal(Article, result.Text);
    }

    [Fact]
    public void Exception_has_the_standard_constructors()
    {
        Assert.NotEmpty(new DocumentTooLargeException().Message);
        Assert.Equal("m", new DocumentTooLargeException("m").Message);
        var inner = new InvalidOperationException();
        Assert.Same(inner, new DocumentTooLargeException("m", inner).InnerException);
        Assert.Equal(CleanerLimit.None, new DocumentTooLargeException("m").Limit);
    }
}
