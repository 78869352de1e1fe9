using System.Text;

namespace Cleaner.Cli.Input;

/// <summary>How input bytes become text.</summary>
/// <param name="Encoding">The encoding named by <c>--encoding</c>, or <see langword="null"/> for UTF-8 with BOM detection.</param>
/// <param name="Lenient">Whether invalid bytes are replaced with U+FFFD (<c>--lenient</c>) instead of failing the input.</param>
internal sealed record DecodeOptions(Encoding? Encoding, bool Lenient);
