using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Cleaner.Cli.Tests.Infrastructure;

/// <summary>What a run of the real <c>clean</c> executable produced.</summary>
public sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);
}

/// <summary>Runs the built <c>clean.dll</c> as a process with <c>dotnet</c>.</summary>
public static class CliRunner
{
    private static readonly Lazy<string> Dll = new(FindDll);

    public static string DllPath => Dll.Value;

    /// <summary>Runs clean with an empty standard input.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => Pipe(workingDirectory, (byte[]?)null, args);

    /// <summary>Runs clean with <paramref name="stdin"/> on standard input.</summary>
    public static CliResult Pipe(string workingDirectory, string stdin, params string[] args) =>
        Pipe(workingDirectory, Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs clean with <paramref name="stdin"/> on standard input.</summary>
    public static CliResult Pipe(string workingDirectory, byte[]? stdin, params string[] args)
    {
        using Process process = Start(workingDirectory, args);
        Task<byte[]> stdout = ReadAllAsync(process.StandardOutput.BaseStream);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("clean did not finish within 180 s: " + string.Join(' ', args));
        }

        return new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts the executable with redirected streams, for tests that talk to it while it runs.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Finds clean.dll: $CLEAN_DLL if set, else the CLI project's output for this test build's configuration and
    /// target framework (the test project builds the CLI project but does not copy it).
    /// </summary>
    private static string FindDll()
    {
        if (Environment.GetEnvironmentVariable("CLEAN_DLL") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        for (DirectoryInfo? folder = testOutput; folder is not null; folder = folder.Parent)
        {
            string project = Path.Combine(folder.FullName, "src", "Cleaner.Cli");
            if (Directory.Exists(project))
            {
                string dll = Path.Combine(project, "bin", configuration, framework, "clean.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException($"clean.dll not found at {dll}; build src/Cleaner.Cli first", dll);
            }
        }

        throw new DirectoryNotFoundException("cannot find src/Cleaner.Cli above " + testOutput.FullName);
    }
}
