using System;

namespace Cleaner.Html.Markup;

/// <summary>
/// What kind of page a link's <c>href</c> points to, read from the address alone. Flags: a block's value is the union
/// over the links that hold its text.
/// </summary>
[Flags]
internal enum LinkTarget : byte
{
    /// <summary>No link.</summary>
    None = 0,

    /// <summary>An anchor in the same page (<c>href="#section-2"</c>): a table of contents, "Back to top".</summary>
    InPage = 1 << 0,

    /// <summary>
    /// A section page: one or two short lower-case path words and nothing else (<c>/tech/</c>, <c>/news/world</c>,
    /// <c>/information-technology/</c>); no digits, no file name, no query.
    /// </summary>
    Section = 1 << 1,

    /// <summary>A tag, topic or category page: a path word that says so (<c>/tag/whales</c>, <c>/topics/nz</c>, <c>/search/label/x</c>).</summary>
    Tag = 1 << 2,

    /// <summary>A share action (<c>twitter.com/intent/tweet</c>, <c>facebook.com/sharer</c>, <c>mailto:?subject=</c>).</summary>
    Share = 1 << 3,

    /// <summary>Any other address (a story, a file, a person, another site's page, <c>href="#"</c>, script).</summary>
    Other = 1 << 4,
}

/// <summary>Reads <see cref="LinkTarget"/>s from <c>href</c> values.</summary>
internal static class LinkTargets
{
    /// <summary>Section paths have at most this many path words…</summary>
    private const int MaxSectionSegments = 2;

    /// <summary>…of at most this many hyphen-separated words (a story's slug has more: "just-released-minecraft-exploit")…</summary>
    private const int MaxSlugWords = 3;

    /// <summary>…and this many characters.</summary>
    private const int MaxSegmentLength = 30;

    /// <summary>The base relative addresses are resolved against (only their path is read).</summary>
    private static readonly Uri RelativeBase = new("http://relative.invalid/");

    /// <summary>Path words that name a page listing one tag, topic or category.</summary>
    private static readonly string[] TagWords =
        ["tag", "tags", "topic", "topics", "category", "categories", "label", "labels", "keyword", "keywords", "subject", "subjects",
         "thema", "themen", "schlagwort", "stichwort", "tema", "temas", "sujet", "sujets"];

    /// <summary>First path words of people's pages: a linked byline is not a section.</summary>
    private static readonly string[] PeopleWords =
        ["author", "authors", "by", "people", "person", "profile", "profiles", "staff", "user", "users", "u", "contributor",
         "contributors", "writer", "writers", "journalist", "journalists", "reporter", "reporters", "team", "about", "contact"];

    /// <summary>Hosts and paths of share actions (prefixes of host + path, lower case, without "www.").</summary>
    private static readonly string[] SharePrefixes =
        ["twitter.com/intent", "twitter.com/share", "x.com/intent", "x.com/share", "facebook.com/sharer", "facebook.com/share",
         "facebook.com/dialog/share", "facebook.com/dialog/feed", "m.facebook.com/sharer", "linkedin.com/sharearticle",
         "linkedin.com/sharing", "linkedin.com/cws/share", "reddit.com/submit", "pinterest.com/pin/create", "tumblr.com/share",
         "tumblr.com/widgets/share", "plus.google.com/share", "api.whatsapp.com/send", "wa.me/", "web.whatsapp.com/send",
         "telegram.me/share", "t.me/share", "news.ycombinator.com/submitlink", "getpocket.com/save", "getpocket.com/edit",
         "flipboard.com/bookmarklet", "buffer.com/add", "bufferapp.com/add", "digg.com/submit", "vk.com/share.php",
         "social-plugins.line.me", "line.me/r/msg", "mix.com/add", "xing.com/spi/shares", "xing.com/app/user"];

    /// <summary>The kind of page <paramref name="href"/> points to.</summary>
    /// <param name="href">The attribute's value (may be relative).</param>
    /// <param name="page">The page's own address, if known: an absolute link to it with a fragment is in the page.</param>
    public static LinkTarget Classify(string? href, Uri? page = null)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return LinkTarget.Other;
        }

        ReadOnlySpan<char> value = href.AsSpan().Trim();
        if (value[0] == '#')
        {
            return value.Length > 1 && value[1] != '!' ? LinkTarget.InPage : LinkTarget.Other;
        }

        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("sms:", StringComparison.OrdinalIgnoreCase))
        {
            return value.Contains("subject=", StringComparison.OrdinalIgnoreCase) || value.Contains("body=", StringComparison.OrdinalIgnoreCase)
                ? LinkTarget.Share
                : LinkTarget.Other;
        }

        if (value.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase))
        {
            return LinkTarget.Share;
        }

        if (page is null || !HasFragment(value))
        {
            if (TrySplit(value, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out bool hasQuery))
            {
                return IsShare(host, path) ? LinkTarget.Share : ClassifyPath(path, hasQuery);
            }
        }

        return ClassifyByUri(value, page);
    }

    /// <summary>
    /// <see cref="Classify"/> for addresses <see cref="TrySplit"/> does not read: parsed by <see cref="Uri"/>, which
    /// decodes, resolves dot segments and compares with the page's address.
    /// </summary>
    internal static LinkTarget ClassifyByUri(ReadOnlySpan<char> value, Uri? page)
    {
        // Resolved against a stand-in base, so "/tech/" is a path on every platform (alone, Unix reads it as a file URI).
        if (!Uri.TryCreate(RelativeBase, value.ToString(), out Uri? uri))
        {
            return LinkTarget.Other;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return LinkTarget.Other;
        }
        else if (page is not null && uri.Fragment.Length > 1 &&
                 string.Equals(uri.GetLeftPart(UriPartial.Query), page.GetLeftPart(UriPartial.Query), StringComparison.OrdinalIgnoreCase))
        {
            return LinkTarget.InPage;
        }

        return IsShare(uri.Host, uri.AbsolutePath) ? LinkTarget.Share : ClassifyPath(uri.AbsolutePath, uri.Query.Length > 1);
    }

    /// <summary>
    /// Splits a plain web address (absolute <c>http</c>/<c>https</c>, protocol-relative, or a relative path) into host
    /// and path without allocating: only ASCII letters, digits and the delimiters that need no decoding, no port, user,
    /// percent escape or dot segment. Anything else is left to <see cref="Uri"/> (false).
    /// </summary>
    internal static bool TrySplit(ReadOnlySpan<char> value, out ReadOnlySpan<char> host, out ReadOnlySpan<char> path, out bool hasQuery)
    {
        host = "relative.invalid";
        path = default;
        hasQuery = false;
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or '?' or '#' or '=' or '&' or '+' or ';' or ',' or '!' or '*' or ':'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> rest;
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = value[(value.IndexOf(':') + 3)..];
        }
        else if (value.StartsWith("//", StringComparison.Ordinal))
        {
            rest = value[2..];
        }
        else
        {
            int colon = value.IndexOf(':');
            int slash = value.IndexOf('/');
            if (value[0] is '?' or '.' || (colon >= 0 && (slash < 0 || colon < slash)))
            {
                return false; // A query alone, a dot path, or another scheme ("javascript:", "file:").
            }

            return SplitPath(value, out path, out hasQuery);
        }

        int hostEnd = rest.IndexOfAny('/', '?', '#');
        host = hostEnd < 0 ? rest : rest[..hostEnd];
        if (host.IsEmpty || host.ContainsAnyExcept(HostChars))
        {
            return false;
        }

        return SplitPath(hostEnd < 0 ? ReadOnlySpan<char>.Empty : rest[hostEnd..], out path, out hasQuery);
    }

    private static readonly System.Buffers.SearchValues<char> HostChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>The path part (up to a query or fragment) of <paramref name="value"/>; false when it holds a dot segment or a colon.</summary>
    private static bool SplitPath(ReadOnlySpan<char> value, out ReadOnlySpan<char> path, out bool hasQuery)
    {
        int end = value.IndexOfAny('?', '#');
        path = end < 0 ? value : value[..end];
        hasQuery = end >= 0 && value[end] == '?' && end + 1 < value.Length && value[end + 1] != '#';
        return !path.Contains("/.", StringComparison.Ordinal) && !path.Contains(':');
    }

    /// <summary>Whether the address has a fragment of one character or more.</summary>
    private static bool HasFragment(ReadOnlySpan<char> value)
    {
        int hash = value.IndexOf('#');
        return hash >= 0 && hash + 1 < value.Length;
    }

    /// <summary>Whether host (without "www.") and path start like a share action.</summary>
    private static bool IsShare(ReadOnlySpan<char> host, ReadOnlySpan<char> path)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        foreach (string prefix in SharePrefixes)
        {
            if (prefix.Length <= host.Length
                    ? host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    : host.Equals(prefix.AsSpan(0, host.Length), StringComparison.OrdinalIgnoreCase) &&
                      path.StartsWith(prefix.AsSpan(host.Length), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static LinkTarget ClassifyPath(ReadOnlySpan<char> path, bool hasQuery)
    {
        int count = 0;
        for (int at = 0; NextSegment(path, ref at, out _);)
        {
            count++;
        }

        int index = 0;
        for (int at = 0; NextSegment(path, ref at, out ReadOnlySpan<char> segment); index++)
        {
            if (index < count - 1 && count - index <= 3 && IsOneOf(segment, TagWords, StringComparison.OrdinalIgnoreCase))
            {
                return LinkTarget.Tag;
            }
        }

        int firstAt = 0;
        NextSegment(path, ref firstAt, out ReadOnlySpan<char> first);
        if (hasQuery || count is 0 or > MaxSectionSegments || IsOneOf(first, PeopleWords, StringComparison.Ordinal))
        {
            return LinkTarget.Other;
        }

        for (int at = 0; NextSegment(path, ref at, out ReadOnlySpan<char> segment);)
        {
            if (!IsSectionWord(segment))
            {
                return LinkTarget.Other;
            }
        }

        return LinkTarget.Section;
    }

    /// <summary>The next non-empty path word from <paramref name="at"/>, which moves past it; false at the end.</summary>
    private static bool NextSegment(ReadOnlySpan<char> path, ref int at, out ReadOnlySpan<char> segment)
    {
        while (at < path.Length && path[at] == '/')
        {
            at++;
        }

        int end = at;
        while (end < path.Length && path[end] != '/')
        {
            end++;
        }

        segment = path[at..end];
        at = end;
        return !segment.IsEmpty;
    }

    private static bool IsOneOf(ReadOnlySpan<char> segment, string[] words, StringComparison comparison)
    {
        foreach (string word in words)
        {
            if (segment.Equals(word, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short lower-case slug of at most <see cref="MaxSlugWords"/> words: letters and hyphens only.</summary>
    private static bool IsSectionWord(ReadOnlySpan<char> segment)
    {
        if (segment.Length > MaxSegmentLength)
        {
            return false;
        }

        int words = 1;
        foreach (char c in segment)
        {
            if (c is '-' or '_')
            {
                words++;
            }
            else if (!char.IsLower(c))
            {
                return false;
            }
        }

        return words <= MaxSlugWords;
    }
}
