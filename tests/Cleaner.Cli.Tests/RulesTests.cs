using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class RulesTests : System.IDisposable
{
    private const string Article =
        "Follow our live coverage on the app\n" +
        Samples.Body1 + "\n" +
        "Last updated 5 minutes ago\n" +
        Samples.Body2 + "\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Rules_file_phrases_and_patterns_remove_lines()
    {
        _temp.Write("rules.tsv", "# user rules\n\nsocial\tprefix\tFollow our live coverage\ntimestamp\tpattern\t^last updated \\d+ minutes? ago$\n");

        CliResult result = CliRunner.Pipe(_temp.Path, Article, "--rules", "rules.tsv", "--explain");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("- social", result.Stdout);
        Assert.Contains("user.social.phrase", result.Stdout);
        Assert.Contains("- timestamp", result.Stdout);
        Assert.Contains("user.timestamp.pattern", result.Stdout);
    }

    [Theory]
    [InlineData("social\tprefix\n", "rules.tsv:2:")]
    [InlineData("weather\texact\tSunny\n", "unknown residue kind 'weather'")]
    [InlineData("social\tsomewhere\tFollow us\n", "unknown match 'somewhere'")]
    [InlineData("timestamp\tpattern\t(a)\\1\n", "rules.tsv:2:")]
    public void A_bad_rules_line_is_a_usage_error_naming_the_line(string badLine, string expected)
    {
        _temp.Write("rules.tsv", "# first line is a comment\n" + badLine);

        CliResult result = CliRunner.Pipe(_temp.Path, Article, "--rules", "rules.tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.Contains("rules.tsv:2:", result.Stderr);
    }
}
