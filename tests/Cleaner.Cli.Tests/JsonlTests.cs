using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class JsonlTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Record(int id, string text) =>
        $"{{\"id\":{id},\"text\":{JsonSerializer.Serialize(text)},\"tags\":[\"a\",\"b\"]}}";

    [Fact]
    public void The_field_is_cleaned_and_every_other_byte_is_kept()
    {
        // Spacing, field order, escapes, number forms and nested values must survive byte for byte.
        string article = JsonSerializer.Serialize(Samples.Article);
        string line = "{ \"z\" : 1.50e3, \"caf\\u00e9\":\"na\u00efve \\\"q\\\"\", \"text\": " + article + ", \"nested\":{\"text\":\"x\",\"a\":[null,true]} }";

        CliResult result = CliRunner.Pipe(_temp.Path, line + "\n", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        string expected = "{ \"z\" : 1.50e3, \"caf\\u00e9\":\"na\u00efve \\\"q\\\"\", \"text\": "
            + "\"" + Samples.Body1 + "\\n" + Samples.Body2 + "\\n\""
            + ", \"nested\":{\"text\":\"x\",\"a\":[null,true]} }\n";
        Assert.Equal(expected, result.Stdout);
    }

    [Fact]
    public void A_custom_field_and_explain_field_are_honoured()
    {
        string line = "{\"id\":7,\"body\":" + JsonSerializer.Serialize("Advertisement\n" + Samples.Body1) + "}";

        CliResult result = CliRunner.Pipe(_temp.Path, line + "\n", "--jsonl", "--field", "body", "--explain-field", "removed");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(new[] { "id", "body", "removed" }, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(Samples.Body1, root.GetProperty("body").GetString());
        JsonElement removed = Assert.Single(root.GetProperty("removed").EnumerateArray());
        Assert.Equal("advertisement", removed.GetProperty("kind").GetString());
        Assert.Equal(1, removed.GetProperty("line").GetInt32());
        Assert.Equal("Advertisement", removed.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(removed.GetProperty("rule").GetString()));
    }

    [Fact]
    public void An_existing_explain_field_is_replaced_where_it_stands()
    {
        string line = "{\"removed\":\"old\",\"text\":" + JsonSerializer.Serialize("Advertisement\n" + Samples.Body1 + "\n") + ",\"x\":1}";

        CliResult result = CliRunner.Pipe(_temp.Path, line + "\n", "--jsonl", "--explain-field", "removed");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(new[] { "removed", "text", "x" }, json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("advertisement", json.RootElement.GetProperty("removed")[0].GetProperty("kind").GetString());
        Assert.Equal(Samples.Body1 + "\n", json.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Records_come_out_in_input_order_whatever_the_jobs(int jobs)
    {
        var input = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            input.Append(Record(i, Samples.Numbered(i))).Append('\n');
        }

        CliResult result = CliRunner.Pipe(_temp.Path, input.ToString(), "--jsonl", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(500, lines.Length);
        for (int i = 0; i < 500; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, json.RootElement.GetProperty("id").GetInt32());
            Assert.Equal($"Document number {i} reports that the council approved the new budget for the coming fiscal year.\n",
                json.RootElement.GetProperty("text").GetString());
        }

        Assert.Contains("500 records cleaned", result.Stderr);
    }

    [Fact]
    public void Several_files_go_to_the_output_folder_and_inputs_stay_untouched()
    {
        string a = Record(1, Samples.Article) + "\n" + Record(2, Samples.Numbered(2)) + "\n";
        _temp.Write("in/a.jsonl", a);
        _temp.Write("in/sub/b.jsonl", Record(3, Samples.Numbered(3)) + "\n");

        CliResult result = CliRunner.Run(_temp.Path, "in", "--jsonl", "--output", "out", "--jobs", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, File.ReadAllLines(_temp["out/a.jsonl"]).Length);
        Assert.Contains("Document number 3", _temp.Read("out/sub/b.jsonl"));
        Assert.Equal(a, _temp.Read("in/a.jsonl"));
    }

    [Fact]
    public void In_place_rewrites_a_jsonl_file()
    {
        _temp.Write("a.jsonl", Record(1, Samples.Article) + "\n");

        CliResult result = CliRunner.Run(_temp.Path, "a.jsonl", "--jsonl", "--in-place");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Leave a comment", _temp.Read("a.jsonl"));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void In_place_with_a_bad_record_leaves_the_file_untouched()
    {
        string input = Record(1, Samples.Article) + "\n{broken\n";
        _temp.Write("a.jsonl", input);

        CliResult result = CliRunner.Run(_temp.Path, "a.jsonl", "--jsonl", "--in-place");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.jsonl:2:", result.Stderr);
        Assert.Equal(input, _temp.Read("a.jsonl"));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void A_malformed_record_fails_the_input_by_default_naming_the_line()
    {
        string input = Record(1, Samples.Article) + "\n{\"id\":2,\"text\":\n" + Record(3, Samples.Article) + "\n";
        _temp.Write("in/a.jsonl", input);

        CliResult result = CliRunner.Run(_temp.Path, "in/a.jsonl", "--jsonl", "-o", "out", "--jobs", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.jsonl:2:", result.Stderr);
        Assert.Contains("malformed JSON", result.Stderr);
        Assert.False(File.Exists(_temp["out/a.jsonl"]), "a failed input leaves no partial output file");
        Assert.Empty(Directory.GetFiles(_temp["out"]));
        Assert.Equal(input, _temp.Read("in/a.jsonl"));
    }

    [Fact]
    public void With_skip_bad_records_are_reported_counted_and_written_through_unchanged()
    {
        string bad1 = "not json at all";
        string bad2 = "{\"id\":2}";
        string bad3 = "{\"id\":3,\"text\":42}";
        string bad4 = "[1,2]";
        string input = string.Join('\n', Record(1, Samples.Article), bad1, bad2, bad3, bad4, Record(6, Samples.Article)) + "\n";

        CliResult result = CliRunner.Pipe(_temp.Path, input, "--jsonl", "--on-error", "skip", "--quiet");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal(new[] { bad1, bad2, bad3, bad4 }, lines[1..5]);
        Assert.DoesNotContain("Leave a comment", lines[5]);
        Assert.Contains("<stdin>:2: malformed JSON", result.Stderr);
        Assert.Contains("<stdin>:3: the record has no field 'text'", result.Stderr);
        Assert.Contains("<stdin>:4: the field 'text' is a number, not a string", result.Stderr);
        Assert.Contains("<stdin>:5: the record is not a JSON object", result.Stderr);
    }

    [Fact]
    public void The_summary_counts_skipped_records()
    {
        string input = Record(1, Samples.Article) + "\n{oops}\n";

        CliResult result = CliRunner.Pipe(_temp.Path, input, "--jsonl", "--on-error", "skip");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 record cleaned, 1 malformed record passed through unchanged", result.Stderr);
    }

    [Fact]
    public void A_missing_field_fails_by_default()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, "{\"body\":\"x\"}\n", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:1: the record has no field 'text'", result.Stderr);
    }

    [Fact]
    public async Task Output_is_flushed_as_records_arrive_so_it_works_as_a_filter()
    {
        foreach (string jobs in new[] { "1", "2" })
        {
            using var process = CliRunner.Start(_temp.Path, "--jsonl", "--quiet", "--jobs", jobs);
            await process.StandardInput.WriteLineAsync(Record(1, Samples.Numbered(1)));
            await process.StandardInput.FlushAsync();

            Task<string?> first = process.StandardOutput.ReadLineAsync();
            Task finished = await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(finished == first, $"no output for the first record while stdin is still open (--jobs {jobs})");
            Assert.Contains("Document number 1", await first);

            await process.StandardInput.WriteLineAsync(Record(2, Samples.Numbered(2)));
            process.StandardInput.Close();
            Assert.Contains("Document number 2", await process.StandardOutput.ReadLineAsync());
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }
    }

    [SkippableFact]
    public async Task Sigterm_stops_the_run_between_records_with_exit_code_130()
    {
        Skip.If(OperatingSystem.IsWindows(), "sends a POSIX signal");
        using var process = CliRunner.Start(_temp.Path, "--jsonl", "--quiet", "--jobs", "1");
        await process.StandardInput.WriteLineAsync(Record(1, Samples.Numbered(1)));
        await process.StandardInput.FlushAsync();
        Assert.Contains("Document number 1", await process.StandardOutput.ReadLineAsync());

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        // The signal is handled on another thread; give it a moment before the next record arrives. Whether or not
        // record 2 slips through first, the run must end as interrupted rather than as a success.
        await Task.Delay(500);
        await process.StandardInput.WriteLineAsync(Record(2, Samples.Numbered(2)));
        process.StandardInput.Close();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted", await process.StandardError.ReadToEndAsync());
    }

    [Fact]
    public void A_utf8_bom_is_ignored_and_crlf_lines_are_read()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Record(1, Samples.Article) + "\r\n" + Record(2, Samples.Article) + "\r\n")];

        CliResult result = CliRunner.Pipe(_temp.Path, input, "--jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Stdout.TrimEnd('\n').Split('\n').Length);
    }
}
