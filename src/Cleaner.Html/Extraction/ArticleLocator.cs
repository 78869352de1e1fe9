using System;
using System.Collections.Generic;
using SmartReader;

namespace Cleaner.Html.Extraction;

/// <summary>What SmartReader found in a page.</summary>
/// <param name="IsFound">Whether SmartReader judged the page readable and returned content.</param>
/// <param name="ContentHtml">The article container's HTML (classes kept), or empty.</param>
/// <param name="Title">The article's title, or null.</param>
/// <param name="TextLength">The length of the article's plain text.</param>
/// <param name="Excerpt">The page's own summary of the article (its description metadata), or null.</param>
internal readonly record struct LocatedArticle(bool IsFound, string ContentHtml, string? Title, int TextLength, string? Excerpt = null);

/// <summary>
/// Asks SmartReader (a port of Mozilla Readability) which container holds the article. Only the constructor that
/// takes the page's text is used, then <see cref="Reader.GetArticle"/>, which downloads only when the reader was
/// built without text; images are neither fetched nor converted. So no call here touches the network.
/// </summary>
internal static class ArticleLocator
{
    /// <summary>The address given to SmartReader when the caller has none (a reserved, never-resolving host).</summary>
    internal const string PlaceholderUri = "https://cleaner.invalid/";

    /// <summary>
    /// The class and id words that lower a node's score, as Mozilla Readability has them. SmartReader's copy lost the
    /// spaces around "hid" (<c>^hid$|hid$|hid|^hid</c>), so any class that merely contains those letters
    /// (<c>hideOnInit</c>, <c>hide-for-small</c>, <c>chide</c>) counts against its node: an article's second half
    /// wrapped in <c>&lt;div class="toggle-group hideOnInit"&gt;</c> scored low and was cleaned away with its text.
    /// Readability reads "hid" as a whole class name only.
    /// </summary>
    internal const string NegativeClassPattern =
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|" +
        "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    /// <summary>Asks SmartReader for the article of <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">The page's address, if known (never fetched).</param>
    /// <param name="story">
    /// Whether <paramref name="html"/> is known to be one story (<see cref="TitledStory"/>): SmartReader's first check
    /// that a page is worth reading (a few paragraphs of 140 characters or more) is then skipped, since a short story
    /// on its own fails it.
    /// </param>
    public static LocatedArticle Locate(string html, Uri? url, bool story = false)
    {
        string uri = url is { IsAbsoluteUri: true } ? url.AbsoluteUri : PlaceholderUri;
        using var reader = new Reader(uri, html)
        {
            // Classes carry the residue hints the block pass reads ("share", "related", "caption").
            KeepClasses = true,
            Debug = false,
        };
        reader.ReplaceRegularExpression(RegularExpressions.Negative, NegativeClassPattern);
        if (story)
        {
            // A new dictionary: the reader's may be shared with other readers.
            var lengths = new Dictionary<string, int>(reader.MinContentLengthReadearable.Count);
            foreach (string language in reader.MinContentLengthReadearable.Keys)
            {
                lengths[language] = 0;
            }

            reader.MinContentLengthReadearable = lengths;
            reader.MinScoreReaderable = 0;
        }

        Article article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrEmpty(article.Content))
        {
            return new LocatedArticle(false, string.Empty, NullIfEmpty(article.Title), 0);
        }

        return new LocatedArticle(true, article.Content, NullIfEmpty(article.Title), article.Length, NullIfEmpty(article.Excerpt));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
