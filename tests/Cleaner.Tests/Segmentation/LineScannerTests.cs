using System;
using Cleaner.Segmentation;
using Xunit;

namespace Cleaner.Tests.Segmentation;

public class LineScannerTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("one", 1)]
    [InlineData("one\ntwo", 2)]
    [InlineData("one\r\ntwo\r\nthree", 3)]
    [InlineData("one\rtwo\rthree", 3)]
    [InlineData("one\r\n\r\ntwo", 3)]
    [InlineData("a\r\rb\n\nc\r\nd", 6)]
    public void Finds_every_line_and_sizes_buffers_exactly_for_every_line_ending(string text, int lines)
    {
        var segments = new Segment[LineScanner.MaxLineCount(text)];
        int count = LineScanner.Scan(text, segments);

        Assert.Equal(lines, count);
        Assert.Equal(lines, LineScanner.MaxLineCount(text));
    }

    [Theory]
    [InlineData("one\n", 1)]
    [InlineData("one\r\n", 1)]
    [InlineData("one\r", 1)]
    public void A_final_terminator_ends_the_last_line_and_the_bound_allows_one_more(string text, int lines)
    {
        var segments = new Segment[LineScanner.MaxLineCount(text)];

        Assert.Equal(lines, LineScanner.Scan(text, segments));
        Assert.Equal(lines + 1, segments.Length);
    }

    [Fact]
    public void Crlf_text_rents_no_more_than_lf_text()
    {
        string lf = string.Join('\n', new string[1000]);
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(LineScanner.MaxLineCount(lf), LineScanner.MaxLineCount(crlf));
    }
}
