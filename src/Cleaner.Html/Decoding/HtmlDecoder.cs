using System;
using System.Text;
using System.Text.Unicode;

namespace Cleaner.Html.Decoding;

/// <summary>
/// Turns the bytes of a page into text the way browsers pick the encoding, in this order: a byte order mark; the
/// encoding the caller knows (from an HTTP header, say); a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration
/// in the first 4 KiB; then UTF-8 when the bytes are valid UTF-8, else windows-1252. Legacy code pages (Shift_JIS,
/// GB2312, windows-1251…) are read through <see cref="CodePagesEncodingProvider"/> without registering it globally.
/// </summary>
internal static class HtmlDecoder
{
    private const int PrescanLength = 4096;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="given"/> is the caller's encoding, or null.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? given)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return new UTF8Encoding(false).GetString(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        Encoding encoding = given ?? FromMeta(bytes) ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Windows1252());
        return encoding.GetString(bytes);
    }

    /// <summary>The encoding named by <paramref name="label"/>, with the WHATWG aliases that matter; null when unknown.</summary>
    public static Encoding? FromLabel(string label)
    {
        string name = label.Trim().ToUpperInvariant();
        switch (name)
        {
            case "UTF-8" or "UTF8" or "UNICODE-1-1-UTF-8":
                return Encoding.UTF8;

            // A page cannot declare itself UTF-16 from inside itself: the declaration was readable as ASCII.
            case "UTF-16" or "UTF-16LE" or "UTF-16BE" or "UNICODE":
                return Encoding.UTF8;

            // Browsers read Latin-1 and ASCII labels as windows-1252.
            case "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "CP1252" or "WINDOWS-1252":
                return Windows1252();
        }

        Encoding? encoding = CodePagesEncodingProvider.Instance.GetEncoding(name);
        if (encoding is not null)
        {
            return encoding;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding declared by a <c>meta</c> element near the start of the page, or null.</summary>
    internal static Encoding? FromMeta(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes;
        string text = Encoding.Latin1.GetString(head);
        int index = 0;
        while ((index = text.IndexOf("<meta", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = text.IndexOf('>', index);
            if (end < 0)
            {
                break;
            }

            ReadOnlySpan<char> tag = text.AsSpan(index, end - index);
            int charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                string? label = ReadLabel(tag[(charset + 7)..]);
                if (label is not null && FromLabel(label) is Encoding encoding)
                {
                    return encoding;
                }
            }

            index = end;
        }

        return null;
    }

    private static string? ReadLabel(ReadOnlySpan<char> rest)
    {
        int i = 0;
        while (i < rest.Length && char.IsWhiteSpace(rest[i]))
        {
            i++;
        }

        if (i >= rest.Length || rest[i] != '=')
        {
            return null;
        }

        i++;
        while (i < rest.Length && (char.IsWhiteSpace(rest[i]) || rest[i] is '"' or '\''))
        {
            i++;
        }

        int start = i;
        while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '-' or '_' or ':' or '.'))
        {
            i++;
        }

        return i > start ? rest[start..i].ToString() : null;
    }

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
