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

        string host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        string hostPath = (host + uri.AbsolutePath).ToLowerInvariant();
        foreach (string prefix in SharePrefixes)
        {
            if (hostPath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return LinkTarget.Share;
            }
        }

        return ClassifyPath(uri.AbsolutePath, uri.Query.Length > 1);
    }

    private static LinkTarget ClassifyPath(string path, bool hasQuery)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (Array.IndexOf(TagWords, segments[i].ToLowerInvariant()) >= 0 && segments.Length - i <= 3)
            {
                return LinkTarget.Tag;
            }
        }

        if (hasQuery || segments.Length is 0 or > MaxSectionSegments || Array.IndexOf(PeopleWords, segments[0]) >= 0)
        {
            return LinkTarget.Other;
        }

        foreach (string segment in segments)
        {
            if (!IsSectionWord(segment))
            {
                return LinkTarget.Other;
            }
        }

        return LinkTarget.Section;
    }

    /// <summary>A short lower-case slug of at most <see cref="MaxSlugWords"/> words: letters and hyphens only.</summary>
    private static bool IsSectionWord(string segment)
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
