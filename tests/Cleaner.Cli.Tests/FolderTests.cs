using System.IO;
using System.Linq;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class FolderTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_is_cleaned_into_the_output_folder_under_the_same_relative_paths()
    {
        _temp.Write("in/a.txt", Samples.Article);
        _temp.Write("in/deep/er/b.txt", Samples.Numbered(2));
        _temp.Write("in/skip/c.txt", Samples.Numbered(3));
        _temp.Write("in/notes.md", Samples.Numbered(4));

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--include", "**/*.txt", "--exclude", "skip/**", "--jobs", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", _temp.Read("out/a.txt"));
        Assert.Contains("Document number 2", _temp.Read("out/deep/er/b.txt"));
        Assert.False(File.Exists(_temp["out/skip/c.txt"]));
        Assert.False(File.Exists(_temp["out/notes.md"]));
        Assert.Equal(Samples.Article, _temp.Read("in/a.txt"));
        Assert.Contains("2 documents cleaned", result.Stderr);
    }

    [Fact]
    public void Many_files_with_several_jobs_are_all_written_and_inputs_untouched()
    {
        for (int i = 0; i < 40; i++)
        {
            _temp.Write($"in/{i:D3}.txt", Samples.Numbered(i));
        }

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out", "--jobs", "4");

        Assert.Equal(0, result.ExitCode);
        for (int i = 0; i < 40; i++)
        {
            string cleaned = _temp.Read($"out/{i:D3}.txt");
            Assert.Equal($"Document number {i} reports that the council approved the new budget for the coming fiscal year.\n", cleaned);
            Assert.Equal(Samples.Numbered(i), _temp.Read($"in/{i:D3}.txt"));
        }
    }

    [Fact]
    public void Files_named_on_the_command_line_go_under_their_file_names()
    {
        _temp.Write("x/one.txt", Samples.Numbered(1));
        _temp.Write("y/two.txt", Samples.Numbered(2));

        CliResult result = CliRunner.Run(_temp.Path, "x/one.txt", "y/two.txt", "-o", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Document number 1", _temp.Read("out/one.txt"));
        Assert.Contains("Document number 2", _temp.Read("out/two.txt"));
    }

    [Fact]
    public void In_place_replaces_each_file_atomically_and_leaves_no_temporary_files()
    {
        _temp.Write("in/a.txt", Samples.Article);
        _temp.Write("in/sub/b.txt", Samples.Numbered(7));

        CliResult result = CliRunner.Run(_temp.Path, "in", "--in-place");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", _temp.Read("in/a.txt"));
        Assert.DoesNotContain("Advertisement", _temp.Read("in/sub/b.txt"));
        Assert.Equal(new[] { "a.txt", Path.Combine("sub", "b.txt") },
            Directory.GetFiles(_temp["in"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp["in"], f)).Order().ToArray());
    }

    [Fact]
    public void Html_files_are_cleaned_as_pages_and_written_as_txt()
    {
        _temp.Write("in/a.txt", Samples.Article);
        _temp.Write("in/page.html", Samples.HtmlPage);

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_temp["out/a.txt"]));
        string page = _temp.Read("out/page.txt");
        Assert.Contains("The council voted on Tuesday", page);
        Assert.DoesNotContain("Share on Facebook", page);
        Assert.DoesNotContain("<p>", page);
        Assert.Equal(Samples.HtmlPage, _temp.Read("in/page.html"));
    }

    [Fact]
    public void Html_flag_cleans_standard_input_as_a_page()
    {
        CliResult result = CliRunner.Pipe(_temp.Path, Samples.HtmlPage, "--html");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The council voted on Tuesday", result.Stdout);
        Assert.DoesNotContain("Share on Facebook", result.Stdout);
        Assert.DoesNotContain("<", result.Stdout);
    }

    [Fact]
    public void Two_inputs_with_the_same_output_path_are_not_mixed_up()
    {
        _temp.Write("x/same.txt", Samples.Numbered(1));
        _temp.Write("y/same.txt", Samples.Numbered(2));

        CliResult result = CliRunner.Run(_temp.Path, "x/same.txt", "y/same.txt", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("y/same.txt: the output out/same.txt is also the output of an earlier input", result.Stderr);
        Assert.Contains("Document number 1", _temp.Read("out/same.txt"));
    }

    [Fact]
    public void An_output_folder_inside_the_input_never_overwrites_an_input()
    {
        _temp.Write("in/a.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "in");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--in-place", result.Stderr);
        Assert.Equal(Samples.Article, _temp.Read("in/a.txt"));
    }
}
