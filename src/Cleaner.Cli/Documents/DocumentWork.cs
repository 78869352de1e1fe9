using Cleaner.Cli.Input;

namespace Cleaner.Cli.Documents;

/// <summary>One document to clean and where its output goes.</summary>
/// <param name="Input">The input.</param>
/// <param name="Target">The output file, or <see langword="null"/> for standard output.</param>
/// <param name="Problem">Why the document cannot be cleaned before even reading it, or <see langword="null"/>.</param>
internal sealed record DocumentWork(InputFile Input, string? Target, string? Problem);
