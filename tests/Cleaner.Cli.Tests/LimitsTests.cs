using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

/// <summary>
/// --max-document-length, --max-line-count, --max-line-length, --on-limit and --timeout: documents and JSONL records
/// over a limit are never dropped silently, they fail (exit 1) or are written through unchanged (exit 0), reported.
/// </summary>
public sealed class LimitsTests : IDisposable
{
    /// <summary>A timeout every cleaning call exceeds: the verdict depends on the time taken, so it is deterministic.</summary>
    private const string TinyTimeout = "0.000001";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Record(int id, string text) => $"{{\"id\":{id},\"text\":{JsonSerializer.Serialize(text)}}}";

    [Fact]
    public void A_document_over_the_length_limit_fails_naming_the_limit_and_the_option_and_the_others_are_cleaned()
    {
        _temp.Write("in/big.txt", Samples.Article);
        _temp.Write("in/small.txt", Samples.Body1 + "\n");

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--max-document-length", "200");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"big.txt: the document is {Samples.Article.Length} characters long, more than --max-document-length 200", result.Stderr);
        Assert.Contains("raise it with --max-document-length N", result.Stderr);
        Assert.Contains("1 document cleaned, 1 failed", result.Stderr);
        Assert.False(File.Exists(_temp["out/big.txt"]));
        Assert.Equal(Samples.Body1 + "\n", _temp.Read("out/small.txt"));
    }

    [Fact]
    public void Pass_through_writes_a_document_over_the_limit_unchanged_and_counts_it()
    {
        _temp.Write("in/big.txt", Samples.Article);
        _temp.Write("in/small.txt", Samples.Body1 + "\n");

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--max-document-length", "200", "--on-limit", "pass-through");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Article, _temp.Read("out/big.txt"));
        Assert.Equal(Samples.Body1 + "\n", _temp.Read("out/small.txt"));
        Assert.Contains("big.txt: the document is", result.Stderr);
        Assert.Contains("written through unchanged (--on-limit pass-through)", result.Stderr);
        Assert.Contains("1 document cleaned, 1 passed through", result.Stderr);
        Assert.DoesNotContain("error", result.Stderr);
    }

    [Fact]
    public void Pass_through_is_reported_even_when_quiet()
    {
        _temp.Write("big.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "big.txt", "--max-document-length", "200", "--on-limit", "pass-through", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Article, result.Stdout);
        Assert.Contains("big.txt: the document is", result.Stderr);
    }

    [Fact]
    public void A_file_over_four_bytes_per_allowed_character_is_refused_without_reading_it()
    {
        _temp.Write("big.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "big.txt", "--max-document-length", "20");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"big.txt: the file is {Samples.Article.Length} bytes", result.Stderr);
        Assert.Contains("not read whole", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_file_refused_unread_is_copied_through_unchanged_to_standard_output_and_to_a_folder()
    {
        string big = string.Concat(Enumerable.Repeat(Samples.Article, 50));
        _temp.Write("in/big.txt", big);

        CliResult toStdout = CliRunner.Run(_temp.Path, "in/big.txt", "--max-document-length", "100", "--on-limit", "pass-through");
        CliResult toFolder = CliRunner.Run(_temp.Path, "in", "--output", "out", "--max-document-length", "100", "--on-limit", "pass-through");

        Assert.Equal(0, toStdout.ExitCode);
        Assert.Equal(big, toStdout.Stdout);
        Assert.Equal(0, toFolder.ExitCode);
        Assert.Equal(big, _temp.Read("out/big.txt"));
        Assert.Contains("1 passed through", toFolder.Stderr);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_passed_through_whole()
    {
        string big = string.Concat(Enumerable.Repeat(Samples.Article, 2000)); // Far more than 4 × 100 bytes: read in part, then copied.

        CliResult passed = CliRunner.Pipe(_temp.Path, big, "--max-document-length", "100", "--on-limit", "pass-through");
        // Failing stops reading standard input; an input that fits the pipe's buffer lets this test write it whole.
        string smaller = string.Concat(Enumerable.Repeat(Samples.Article, 100));
        CliResult failed = CliRunner.Pipe(_temp.Path, smaller, "--max-document-length", "100");

        Assert.Equal(0, passed.ExitCode);
        Assert.Equal(big, passed.Stdout);
        Assert.Contains("<stdin>: the input is more than 400 bytes", passed.Stderr);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("", failed.Stdout);
        Assert.Contains("<stdin>: the input is more than 400 bytes", failed.Stderr);
    }

    [Fact]
    public void Max_line_count_fails_or_passes_through()
    {
        _temp.Write("a.txt", Samples.Article); // Seven lines.

        CliResult failed = CliRunner.Run(_temp.Path, "a.txt", "--max-line-count", "6");
        CliResult passed = CliRunner.Run(_temp.Path, "a.txt", "--max-line-count", "6", "--on-limit", "pass-through");
        CliResult fits = CliRunner.Run(_temp.Path, "a.txt", "--max-line-count", "7");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("a.txt: the document has 7 lines, more than --max-line-count 6; raise it with --max-line-count N", failed.Stderr);
        Assert.Equal(0, passed.ExitCode);
        Assert.Equal(Samples.Article, passed.Stdout);
        Assert.Equal(0, fits.ExitCode);
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", fits.Stdout);
    }

    [Fact]
    public void Lines_longer_than_max_line_length_are_kept_unclassified()
    {
        const string input = "Share this article\n" + Samples.Body1 + "\nAdvertisement\n";

        CliResult normal = CliRunner.Pipe(_temp.Path, input, "--quiet");
        CliResult limited = CliRunner.Pipe(_temp.Path, input, "--max-line-length", "16", "--quiet");

        Assert.Equal(0, normal.ExitCode);
        Assert.Equal(Samples.Body1 + "\n", normal.Stdout);
        Assert.Equal(0, limited.ExitCode);
        Assert.Equal("Share this article\n" + Samples.Body1 + "\n", limited.Stdout);
    }

    [Fact]
    public void An_in_place_input_over_the_limit_is_left_as_it_is()
    {
        string path = _temp.Write("a.txt", Samples.Article);

        CliResult passed = CliRunner.Run(_temp.Path, "a.txt", "--in-place", "--max-document-length", "200", "--on-limit", "pass-through");
        CliResult failed = CliRunner.Run(_temp.Path, "a.txt", "--in-place", "--max-document-length", "200");

        Assert.Equal(0, passed.ExitCode);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(Samples.Article, File.ReadAllText(path));
    }

    [Fact]
    public void A_page_over_the_limit_fails_or_is_passed_through_unchanged()
    {
        _temp.Write("in/page.html", Samples.HtmlPage);

        CliResult failed = CliRunner.Run(_temp.Path, "in", "--output", "out", "--max-document-length", "300");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("page.html: the document is", failed.Stderr);
        Assert.Contains("--max-document-length 300", failed.Stderr);
        Assert.False(File.Exists(_temp["out/page.txt"]));

        CliResult passed = CliRunner.Run(_temp.Path, "in", "--output", "out", "--max-document-length", "300", "--on-limit", "pass-through");
        Assert.Equal(0, passed.ExitCode);
        Assert.Equal(Samples.HtmlPage, _temp.Read("out/page.txt"));
    }

    [Fact]
    public void A_jsonl_record_over_the_limit_is_reported_with_its_line_number_and_stops_the_input_by_default()
    {
        string input = Record(1, Samples.Body1) + "\n" + Record(2, Samples.Article) + "\n" + Record(3, Samples.Body2) + "\n";

        CliResult result = CliRunner.Pipe(_temp.Path, input, "--jsonl", "--max-document-length", "200");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:2: field 'text': the document is", result.Stderr);
        Assert.Contains("--max-document-length 200", result.Stderr);
        Assert.Contains("--on-limit pass-through", result.Stderr);
        Assert.Equal(Record(1, Samples.Body1) + "\n", result.Stdout);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Jsonl_records_over_the_limit_are_passed_through_in_order(int jobs)
    {
        var input = new StringBuilder();
        var expected = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            // Every seventh record is too long and comes out as it went in; the others are cleaned.
            string text = i % 7 == 0 ? Samples.Article + Samples.Numbered(i) : Samples.Numbered(i);
            input.Append(Record(i, text)).Append('\n');
            expected.Append(i % 7 == 0 ? Record(i, text) : Record(i, Samples.Numbered(i).Split('\n')[1] + "\n")).Append('\n');
        }

        CliResult result = CliRunner.Pipe(_temp.Path, input.ToString(), "--jsonl", "--max-document-length", "200",
            "--on-limit", "pass-through", "--jobs", jobs.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected.ToString(), result.Stdout);
        Assert.Contains("<stdin>:1: field 'text'", result.Stderr);
        Assert.Contains("<stdin>:8: field 'text'", result.Stderr);
        Assert.Contains("171 records cleaned, 29 passed through", result.Stderr);
    }

    [Fact]
    public void A_document_past_the_timeout_fails_and_the_run_goes_on()
    {
        _temp.Write("in/a.txt", Samples.Article);
        _temp.Write("in/b.txt", Samples.Numbered(2));

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--timeout", TinyTimeout, "--jobs", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.txt: cleaning took longer than the timeout of 0.000001 s; raise it with --timeout SECONDS", result.Stderr);
        Assert.Contains("b.txt: cleaning took longer than the timeout", result.Stderr);
        Assert.Contains("0 documents cleaned, 2 failed, 2 timed out", result.Stderr);
        Assert.False(File.Exists(_temp["out/a.txt"]));
    }

    [Fact]
    public void Documents_past_the_timeout_can_be_passed_through_in_order()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            input.Append(Record(i, Samples.Numbered(i))).Append('\n');
        }

        CliResult result = CliRunner.Pipe(_temp.Path, input.ToString(), "--jsonl", "--timeout", TinyTimeout, "--on-limit", "pass-through", "--jobs", "4");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(input.ToString(), result.Stdout);
        Assert.Contains("<stdin>:40: field 'text': cleaning took longer than the timeout", result.Stderr);
        Assert.Contains("0 records cleaned, 40 passed through, 40 timed out", result.Stderr);
    }

    [Fact]
    public void A_generous_timeout_or_none_changes_nothing()
    {
        CliResult generous = CliRunner.Pipe(_temp.Path, Samples.Article, "--timeout", "30");
        CliResult none = CliRunner.Pipe(_temp.Path, Samples.Article, "--timeout", "0");

        string cleaned = Samples.Body1 + "\n" + Samples.Body2 + "\n";
        Assert.Equal(0, generous.ExitCode);
        Assert.Equal(cleaned, generous.Stdout);
        Assert.Equal(0, none.ExitCode);
        Assert.Equal(cleaned, none.Stdout);
        Assert.DoesNotContain("timed out", generous.Stderr);
    }

    [Theory]
    [InlineData("--max-document-length", "0", "--max-document-length must be at least 1")]
    [InlineData("--max-line-count", "0", "--max-line-count must be at least 1")]
    [InlineData("--max-line-length", "8", "--max-line-length must be at least 16")]
    [InlineData("--timeout", "-1", "--timeout must be a number of seconds")]
    [InlineData("--timeout", "soon", "soon")]
    [InlineData("--timeout", "1e12", "--timeout must be a number of seconds from 0 (none) to 2147483")]
    [InlineData("--max-line-count", "many", "many")]
    [InlineData("--on-limit", "skip", "skip")]
    public void Invalid_limit_values_are_usage_errors(string option, string value, string message)
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
