using System;
using System.IO;
using System.Text;
using Cleaner.Cli.Tests.Infrastructure;

namespace Cleaner.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_missing_path_is_reported_and_the_other_inputs_are_cleaned()
    {
        _temp.Write("a.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "a.txt", "nope.txt", "--output", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.txt: no such file or folder", result.Stderr);
        Assert.True(File.Exists(_temp["out/a.txt"]));
    }

    [Fact]
    public void A_binary_file_is_refused_naming_the_file()
    {
        _temp.Write("in/bin.txt", [0x41, 0x42, 0x00, 0x43]);
        _temp.Write("in/ok.txt", Samples.Article);

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bin.txt: binary file (NUL byte at byte offset 2)", result.Stderr);
        Assert.False(File.Exists(_temp["out/bin.txt"]));
        Assert.True(File.Exists(_temp["out/ok.txt"]));
    }

    [Fact]
    public void Invalid_utf8_names_the_file_and_byte_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait\n" + Samples.Body1 + "\n")];
        _temp.Write("latin.txt", bytes);

        CliResult result = CliRunner.Run(_temp.Path, "latin.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("latin.txt: invalid UTF-8 at byte offset 3", result.Stderr);
        Assert.Contains("--encoding", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Encoding_decodes_legacy_text()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait is served here every morning of the week, said the owner of the cafe.\n")];
        _temp.Write("latin.txt", bytes);

        CliResult result = CliRunner.Run(_temp.Path, "latin.txt", "--encoding", "latin1");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Caf\u00e9 au lait", result.Stdout);
    }

    [Fact]
    public void Lenient_replaces_invalid_bytes_and_warns()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait is served here every morning of the week, said the owner of the cafe.\n")];
        _temp.Write("latin.txt", bytes);

        CliResult result = CliRunner.Run(_temp.Path, "latin.txt", "--lenient");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Caf\uFFFD au lait", result.Stdout);
        Assert.Contains("latin.txt: invalid UTF-8 bytes were replaced", result.Stderr);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_with_a_bom_is_decoded(bool littleEndian)
    {
        Encoding encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        _temp.Write("u16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Samples.Article)]);

        CliResult result = CliRunner.Run(_temp.Path, "u16.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.Body1 + "\n" + Samples.Body2 + "\n", result.Stdout);
    }

    [Fact]
    public void An_empty_file_gives_an_empty_output_and_a_warning()
    {
        _temp.Write("in/empty.txt", "");

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("empty.txt: empty input", result.Stderr);
        Assert.Equal("", _temp.Read("out/empty.txt"));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_reported()
    {
        _temp.Write("a.txt", Samples.Article);
        _temp.Write("blocker", "I am a file, not a folder");

        CliResult result = CliRunner.Run(_temp.Path, "a.txt", "--output", "blocker/out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot write to the output folder blocker/out", result.Stderr);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_file_is_reported()
    {
        Skip.If(OperatingSystem.IsWindows(), "uses Unix file modes");
        string path = _temp.Write("in/secret.txt", Samples.Article);
        _temp.Write("in/ok.txt", Samples.Article);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            Skip.If(CanRead(path), "running as a user who can read any file (root)");

            CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("secret.txt: cannot read", result.Stderr);
            Assert.True(File.Exists(_temp["out/ok.txt"]));
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [SkippableFact]
    public void A_file_that_fails_while_being_read_is_reported()
    {
        // Works as root too: reading /proc/self/mem from offset 0 fails with an I/O error.
        Skip.IfNot(OperatingSystem.IsLinux(), "uses /proc");
        _temp.Write("in/ok.txt", Samples.Article);
        File.CreateSymbolicLink(_temp["in/mem.txt"], "/proc/self/mem");

        CliResult result = CliRunner.Run(_temp.Path, "in", "--output", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mem.txt: cannot read", result.Stderr);
        Assert.True(File.Exists(_temp["out/ok.txt"]));
        Assert.False(File.Exists(_temp["out/mem.txt"]));
    }

    [Fact]
    public void Utf16_jsonl_is_refused_with_a_clear_message()
    {
        Encoding encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        _temp.Write("a.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"text\":\"x\"}\n")]);

        CliResult result = CliRunner.Run(_temp.Path, "a.jsonl", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.jsonl: the input starts with a UTF-16 byte order mark", result.Stderr);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
