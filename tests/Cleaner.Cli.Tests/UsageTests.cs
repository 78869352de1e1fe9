using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class UsageTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--preset", "aggressive")]
    [InlineData("--format", "xml")]
    [InlineData("--on-error", "ignore")]
    [InlineData("--jobs", "0")]
    [InlineData("--disable", "weather")]
    [InlineData("--enable", "body")]
    [InlineData("--encoding", "no-such-encoding")]
    [InlineData("--in-place")]
    [InlineData("--output", "out", "--in-place", "a.txt")]
    [InlineData("--jsonl", "--explain")]
    [InlineData("--jsonl", "--format", "json")]
    [InlineData("--explain-field", "removed")]
    [InlineData("--jsonl", "--field", "text", "--explain-field", "text")]
    [InlineData("a.txt", "b.txt")]
    [InlineData("--output", "out")]
    [InlineData("--rules", "missing-rules.tsv")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        _temp.Write("a.txt", Samples.Article);
        _temp.Write("b.txt", Samples.Article);

        CliResult result = CliRunner.Pipe(_temp.Path, "", args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("clean", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_folder_without_output_is_a_usage_error()
    {
        _temp.Write("in/a.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "in");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Stderr);
    }
}
