using System.Linq;
using System.Text.Json;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class ExplainAndJsonTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Explain_marks_every_line_in_plain_text_when_redirected()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article, "--explain");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Matches(@"^\s+1 - comments\s+0\.\d\d comments\.\S+\s+\| Leave a comment$", lines[0]);
        Assert.Matches(@"^\s+2 \+ body\s+\| The mayor said", lines[1]);
        Assert.Contains("- advertisement", lines[4]);
        Assert.EndsWith("| " + Samples.Body2, lines[5]);
    }

    [Fact]
    public void Format_json_gives_segments_with_offsets_kinds_scores_and_rules()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal("-", root.GetProperty("source").GetString());
        Assert.Equal(7, root.GetProperty("lineCount").GetInt32());
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", root.GetProperty("text").GetString());
        JsonElement[] segments = root.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(7, segments.Length);
        JsonElement first = segments[0];
        Assert.Equal(1, first.GetProperty("line").GetInt32());
        Assert.Equal(0, first.GetProperty("start").GetInt32());
        Assert.Equal("Leave a comment".Length, first.GetProperty("length").GetInt32());
        Assert.True(first.GetProperty("removed").GetBoolean());
        Assert.Equal("comments", first.GetProperty("kind").GetString());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.5, 1.0);
        Assert.StartsWith("comments.", first.GetProperty("rule").GetString());
        JsonElement body = segments[1];
        Assert.False(body.GetProperty("removed").GetBoolean());
        Assert.Equal("body", body.GetProperty("kind").GetString());
        Assert.Equal(Samples.Body1, body.GetProperty("text").GetString());
        Assert.Equal(16, body.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Json_for_a_folder_goes_to_json_files()
    {
        _temp.Write("in/a.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(_temp.Read("out/a.json"));
        Assert.Equal(7, json.RootElement.GetProperty("segments").GetArrayLength());
    }
}
