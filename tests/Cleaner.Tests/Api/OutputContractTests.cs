using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Cleaner.Tests.Api;

/// <summary>The output contract: kept lines verbatim and in order, trailing white space trimmed, blank runs collapsed.</summary>
public class OutputContractTests
{
    private const string Body1 = "The council voted on Tuesday to approve the new budget, which includes money for roads.";
    private const string Body2 = "Officials said the plan would be reviewed again next year, after the first phase ends.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_is_understood(string newline)
    {
        string input = string.Join(newline, Body1, "Advertisement", Body2) + newline;

        CleanResult result = TextCleaner.Clean(input);

        Assert.Equal($"{Body1}\n{Body2}\n", result.Text);
        SegmentVerdict removed = Assert.Single(result.Removed);
        Assert.Equal(2, removed.Segment.LineNumber);
        Assert.Equal("Advertisement", input.Substring(removed.Segment.Start, removed.Segment.Length));
        Assert.Equal(ResidueKind.Advertisement, removed.Kind);
        Assert.Equal("advertisement.marker", removed.RuleId);
        Assert.InRange(removed.Verdict.Score, 0.65f, 1f);
    }

    [Fact]
    public void Kept_lines_are_verbatim_but_for_trailing_white_space_and_blank_runs_collapse()
    {
        string input = $"  {Body1}   \n\n\n\nAdvertisement\n\n\n{Body2}\t\n";

        Assert.Equal($"  {Body1}\n\n{Body2}\n", TextCleaner.Clean(input).Text);
    }

    [Fact]
    public void Removing_a_line_between_adjacent_lines_leaves_no_blank()
    {
        Assert.Equal($"{Body1}\n{Body2}\n", TextCleaner.Clean($"{Body1}\nStory continues below\n{Body2}").Text);
    }

    [Fact]
    public void Empty_and_white_space_input_give_empty_text()
    {
        Assert.Equal(string.Empty, TextCleaner.Clean(string.Empty).Text);
        Assert.Equal(string.Empty, TextCleaner.Clean(" \n\t\r\n ").Text);
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => TextCleaner.Clean(null!));
    }

    [Fact]
    public void Span_overloads_write_what_the_string_overload_returns()
    {
        string input = string.Join("\n", Body1, "", "READ MORE: Another story entirely", "", Body2, "Add new comment", "Fort Wayne");
        string expected = TextCleaner.Clean(input).Text;

        var writer = new ArrayBufferWriter<char>();
        CleanSummary summary = TextCleaner.Clean(input.AsSpan(), writer);
        Assert.Equal(expected, writer.WrittenSpan.ToString());
        Assert.Equal(expected.Length, summary.OutputLength);

        char[] buffer = new char[input.Length + 1];
        Assert.True(TextCleaner.TryClean(input, buffer, out int written));
        Assert.Equal(expected, new string(buffer, 0, written));

        Assert.False(TextCleaner.TryClean(input, new char[3], out int none));
        Assert.Equal(0, none);
    }

    [Fact]
    public void Classify_reports_every_non_blank_line_with_offsets()
    {
        string input = $"{Body1}\n\nAdvertisement\n{Body2}\n";
        var verdicts = new List<SegmentVerdict>();

        CleanSummary summary = TextCleaner.Classify(input, verdicts);

        Assert.Equal(3, verdicts.Count);
        Assert.Equal(new[] { 1, 3, 4 }, verdicts.Select(v => v.Segment.LineNumber));
        Assert.Equal(new[] { false, true, false }, verdicts.Select(v => v.IsRemoved));
        Assert.Equal(1, summary.RemovedLineCount);
        Assert.Equal(3, summary.ContentLineCount);
    }

    [Fact]
    public void A_document_of_only_residue_comes_back_empty_and_flagged()
    {
        CleanResult result = TextCleaner.Clean("Page not found\n\nSorry, the page you requested could not be found.\nHome\n");

        Assert.True(result.IsResidueOnly);
        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(3, result.Removed.Count);
    }
}
