using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Cleaner.Cli.Input;

/// <summary>
/// Turns the bytes of one input into text, or says precisely why it cannot: a NUL byte (a binary file), an invalid
/// UTF-8 sequence (with its byte offset). A UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16.
/// </summary>
internal static class InputDecoder
{
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>; on failure <paramref name="error"/> says why and the result is null.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, DecodeOptions options, out string? error, out bool replaced)
    {
        error = null;
        replaced = false;
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (options.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(bytes);
        }

        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary file (NUL byte at byte offset {nul}); not cleaned";
            return null;
        }

        int invalid = FindInvalidUtf8(bytes);
        if (invalid < 0)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        if (options.Lenient)
        {
            replaced = true;
            return LenientUtf8.GetString(bytes);
        }

        error = $"invalid UTF-8 at byte offset {invalid}; use --encoding NAME for another encoding or --lenient to replace invalid bytes";
        return null;
    }

    /// <summary>The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.</summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            while (offset < bytes.Length)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    break;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
