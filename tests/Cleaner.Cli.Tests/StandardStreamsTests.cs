using System.IO;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class StandardStreamsTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Stdin_is_cleaned_to_stdout()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", result.Stdout);
        Assert.Contains("1 document cleaned", result.Stderr);
        Assert.Contains("comments 1", result.Stderr);
    }

    [Fact]
    public void A_dash_reads_stdin_and_quiet_silences_the_summary()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article, "-", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Samples.Body1, result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void A_file_is_cleaned_to_stdout_and_left_untouched()
    {
        string path = _temp.Write("a.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Leave a comment", result.Stdout);
        Assert.Contains(Samples.Body2, result.Stdout);
        Assert.Equal(Samples.Article, File.ReadAllText(path));
    }

    [Fact]
    public void Disable_keeps_a_kind_and_preset_is_accepted()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.Article, "--disable", "comments", "--preset", "precision", "-q");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Leave a comment", result.Stdout);
        Assert.DoesNotContain("Advertisement", result.Stdout);
    }

    [Fact]
    public void Attribution_is_labelled_but_kept_unless_enabled()
    {
        const string input = Samples.Body1 + "\nReporting by John Smith; Editing by Jane Doe\n";

        CliResult kept = CliRunner.Pipe(_temp.Path, input, "-q");
        CliResult removed = CliRunner.Pipe(_temp.Path, input, "-q", "--enable", "attribution");

        Assert.Contains("Reporting by John Smith", kept.Stdout);
        Assert.Equal(Samples.Body1 + "\n", removed.Stdout);
    }

    [Fact]
    public void Help_lists_the_options_and_exits_0()
    {
        CliResult result = CliRunner.Run(_temp.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string option in new[] { "--output", "--in-place", "--jsonl", "--field", "--explain-field", "--on-error", "--explain", "--format", "--preset", "--disable", "--enable", "--rules", "--jobs", "--quiet", "--encoding", "--lenient", "--include", "--exclude", "--version" })
        {
            Assert.Contains(option, result.Stdout);
        }
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        CliResult result = CliRunner.Run(_temp.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Stdout.Trim());
    }
}
