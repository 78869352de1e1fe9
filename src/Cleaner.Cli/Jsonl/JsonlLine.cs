namespace Cleaner.Cli.Jsonl;

/// <summary>One line of a JSON Lines input, without its line terminator.</summary>
/// <param name="Number">1-based line number in its input.</param>
/// <param name="Bytes">The line's UTF-8 bytes.</param>
internal readonly record struct JsonlLine(long Number, byte[] Bytes);
