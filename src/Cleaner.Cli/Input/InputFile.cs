namespace Cleaner.Cli.Input;

/// <summary>One input document found on the command line.</summary>
/// <param name="Path">The path to read, as given or found under a folder; <c>-</c> for standard input.</param>
/// <param name="RelativePath">The path below the output folder: the path under the folder it was found in, or the file name.</param>
internal sealed record InputFile(string Path, string RelativePath)
{
    /// <summary>The name standard input goes by in messages and results.</summary>
    public const string StandardInputName = "-";

    /// <summary>Standard input.</summary>
    public static InputFile StandardInput { get; } = new(StandardInputName, "stdin");

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => Path == StandardInputName;

    /// <summary>The name used in messages.</summary>
    public string DisplayName => IsStandardInput ? "<stdin>" : Path;
}
