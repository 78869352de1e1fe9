using System;

namespace Cleaner.Html.Markup;

/// <summary>
/// Reads residue hints from <c>class</c> and <c>id</c> values. Values are split into tokens at anything but letters
/// and digits ("wp-caption-text" is "wp", "caption", "text") and tokens are matched by prefix, so "share-bar" and
/// "sharing" both hint at social prompts while "wordshare" does not.
/// </summary>
internal static class ClassHints
{
    /// <summary>Ids of this many tokens or more are slugs of a heading ("sharing-with-a-single-developer"), not names.</summary>
    private const int SlugTokens = 4;

    /// <summary>The hints carried by an id; none for ids that look like slugs of a heading.</summary>
    public static ClassHint ParseId(ReadOnlySpan<char> value) => CountTokens(value) >= SlugTokens ? ClassHint.None : Parse(value);

    /// <summary>The hints carried by one attribute value (a class list or an id).</summary>
    public static ClassHint Parse(ReadOnlySpan<char> value)
    {
        // The one hint spelled over several tokens.
        ClassHint hints = value.Contains("table-of-contents", StringComparison.OrdinalIgnoreCase) ||
                          value.Contains("table_of_contents", StringComparison.OrdinalIgnoreCase)
            ? ClassHint.Contents
            : ClassHint.None;
        int i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && !char.IsAsciiLetterOrDigit(value[i]))
            {
                i++;
            }

            int start = i;
            while (i < value.Length && char.IsAsciiLetterOrDigit(value[i]))
            {
                i++;
            }

            if (i > start)
            {
                hints |= ForToken(value[start..i]);
            }
        }

        return hints;
    }

    private static int CountTokens(ReadOnlySpan<char> value)
    {
        int count = 0;
        bool inToken = false;
        foreach (char c in value)
        {
            bool letter = char.IsAsciiLetterOrDigit(c);
            if (letter && !inToken)
            {
                count++;
            }

            inToken = letter;
        }

        return count;
    }

    private static ClassHint ForToken(ReadOnlySpan<char> token)
    {
        Span<char> lower = stackalloc char[Math.Min(token.Length, 32)];
        int length = token[..lower.Length].ToLowerInvariant(lower);
        ReadOnlySpan<char> t = lower[..length];

        if (t.StartsWith("share") || t.StartsWith("social") || t.SequenceEqual("sharing") || t.StartsWith("addthis"))
        {
            return ClassHint.Social;
        }

        if (t.StartsWith("related") || t.StartsWith("recommend") || t.StartsWith("outbrain") || t.StartsWith("taboola"))
        {
            return ClassHint.Related;
        }

        if ((t.StartsWith("comment") && !t.StartsWith("commentar")) || t.StartsWith("disqus"))
        {
            return ClassHint.Comments;
        }

        if (t.StartsWith("newsletter") || t.StartsWith("subscri") || t.StartsWith("signup") || t.StartsWith("paywall"))
        {
            return ClassHint.Subscription;
        }

        if (t.StartsWith("promo") || t.StartsWith("advert") || t.StartsWith("sponsor") || t.SequenceEqual("ad") ||
            t.SequenceEqual("ads") || t.StartsWith("adslot") || t.StartsWith("adunit"))
        {
            return ClassHint.Advertisement;
        }

        if (t.StartsWith("caption") || t.StartsWith("credit") || t.EndsWith("caption"))
        {
            return ClassHint.Caption;
        }

        if (t.StartsWith("byline"))
        {
            return ClassHint.Byline;
        }

        if (t.StartsWith("breadcrumb"))
        {
            return ClassHint.Breadcrumb;
        }

        if (t.SequenceEqual("tags") || t.StartsWith("taglist") || t.SequenceEqual("keywords"))
        {
            return ClassHint.Tags;
        }

        if (t.StartsWith("kicker") || t.StartsWith("eyebrow") || t.StartsWith("overline") || t.StartsWith("upperdek") ||
            t.StartsWith("supertitle") || t.StartsWith("superhead"))
        {
            return ClassHint.Kicker;
        }

        if (t.StartsWith("rating"))
        {
            return ClassHint.Rating;
        }

        if (t.SequenceEqual("toc") || t.StartsWith("tableofcontents"))
        {
            return ClassHint.Contents;
        }

        if (t.SequenceEqual("date") || t.StartsWith("dateline") || t.SequenceEqual("pubdate") || t.SequenceEqual("datetime") ||
            t.SequenceEqual("published") || t.SequenceEqual("posted") || t.SequenceEqual("time") ||
            t.Contains("timestamp", StringComparison.Ordinal) || t.Contains("datestamp", StringComparison.Ordinal))
        {
            return ClassHint.Date;
        }

        return ClassHint.None;
    }
}
