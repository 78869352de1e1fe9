using System.IO;
using Cleaner.Cli.Limits;

namespace Cleaner.Cli.Documents;

/// <summary>What became of one input document.</summary>
/// <param name="Name">The input's name in messages.</param>
/// <param name="BytesIn">Bytes read.</param>
/// <param name="BytesOut">Bytes written (to a file; standard output is counted when written).</param>
/// <param name="Result">The cleaning result, or <see langword="null"/> when the document failed or was passed through.</param>
/// <param name="Source">The decoded input, kept only when standard output renders it (colour explain).</param>
/// <param name="Rendered">The text for standard output, or <see langword="null"/> when written to a file or failed.</param>
/// <param name="Error">Why the document failed, or <see langword="null"/>.</param>
/// <param name="Warning">A remark about a document that did not fail (empty, invalid bytes replaced), or <see langword="null"/>.</param>
internal sealed record DocumentOutcome(
    string Name, long BytesIn, long BytesOut, CleanResult? Result, string? Source, string? Rendered, string? Error, string? Warning)
{
    /// <summary>The limit or timeout that stopped the document, or <see langword="null"/>.</summary>
    public LimitProblem? Limit { get; init; }

    /// <summary>
    /// With <c>--on-limit pass-through</c> and standard output: the input to write there unchanged, or
    /// <see langword="null"/> (nothing to write, or already written to its file).
    /// </summary>
    public PassThroughSource? PassThrough { get; init; }
}

/// <summary>An input to copy to standard output unchanged: bytes already read, then a file or the rest of a stream.</summary>
/// <param name="Bytes">Bytes read so far, or <see langword="null"/>.</param>
/// <param name="Path">A file to copy after them, or <see langword="null"/>.</param>
/// <param name="Rest">A stream whose remainder is copied after them (standard input), or <see langword="null"/>.</param>
internal sealed record PassThroughSource(byte[]? Bytes, string? Path, Stream? Rest)
{
    /// <summary>Copies the input to <paramref name="output"/>; returns the bytes written.</summary>
    public long CopyTo(Stream output)
    {
        long written = 0;
        if (Bytes is not null)
        {
            output.Write(Bytes);
            written += Bytes.Length;
        }

        if (Path is not null)
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            written += Copy(file, output);
        }

        if (Rest is not null)
        {
            written += Copy(Rest, output);
        }

        return written;
    }

    private static long Copy(Stream from, Stream to)
    {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            to.Write(buffer, 0, read);
            total += read;
        }

        return total;
    }
}
