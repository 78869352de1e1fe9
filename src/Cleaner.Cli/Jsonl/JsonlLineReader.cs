using System;
using System.Collections.Generic;
using System.IO;

namespace Cleaner.Cli.Jsonl;

/// <summary>
/// Splits a stream into lines of bytes without decoding it, holding one buffer whose size is the longest line so
/// far: memory stays bounded whatever the size of the stream. A UTF-8 BOM at the start is dropped; a UTF-16 BOM is
/// refused (JSON Lines is UTF-8). Lines end at <c>\n</c>; a <c>\r</c> before it is dropped.
/// </summary>
internal sealed class JsonlLineReader
{
    private readonly Stream _stream;
    private readonly Action? _beforeBlockingRead;

    /// <param name="stream">The input.</param>
    /// <param name="beforeBlockingRead">Runs before each read from the stream, which may block (a pipe): the moment to flush output.</param>
    public JsonlLineReader(Stream stream, Action? beforeBlockingRead)
    {
        _stream = stream;
        _beforeBlockingRead = beforeBlockingRead;
    }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The lines, in order.</summary>
    /// <exception cref="InvalidDataException">The stream starts with a UTF-16 byte order mark.</exception>
    public IEnumerable<JsonlLine> ReadLines()
    {
        byte[] buffer = new byte[1 << 16];
        int start = 0;
        int end = 0;
        long number = 0;
        bool first = true;
        bool eof = false;
        while (true)
        {
            if (!first || eof || end >= 3)
            {
                if (first)
                {
                    start = SkipByteOrderMark(buffer.AsSpan(0, end));
                    first = false;
                }

                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    ReadOnlySpan<byte> line = buffer.AsSpan(start, newline).TrimEnd((byte)'\r');
                    start += newline + 1;
                    yield return new JsonlLine(++number, line.ToArray());
                    continue;
                }

                if (eof)
                {
                    if (end > start)
                    {
                        yield return new JsonlLine(++number, buffer.AsSpan(start, end - start).TrimEnd((byte)'\r').ToArray());
                    }

                    yield break;
                }
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            _beforeBlockingRead?.Invoke();
            int read = _stream.Read(buffer, end, buffer.Length - end);
            eof = read == 0;
            end += read;
            BytesRead += read;
        }
    }

    private static int SkipByteOrderMark(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return 3;
        }

        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            throw new InvalidDataException("the input starts with a UTF-16 byte order mark; JSON Lines must be UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)");
        }

        return 0;
    }
}
