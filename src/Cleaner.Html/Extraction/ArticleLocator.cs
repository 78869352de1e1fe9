using System;
using SmartReader;

namespace Cleaner.Html.Extraction;

/// <summary>What SmartReader found in a page.</summary>
/// <param name="IsFound">Whether SmartReader judged the page readable and returned content.</param>
/// <param name="ContentHtml">The article container's HTML (classes kept), or empty.</param>
/// <param name="Title">The article's title, or null.</param>
/// <param name="TextLength">The length of the article's plain text.</param>
internal readonly record struct LocatedArticle(bool IsFound, string ContentHtml, string? Title, int TextLength);

/// <summary>
/// Asks SmartReader (a port of Mozilla Readability) which container holds the article. Only the constructor that
/// takes the page's text is used, then <see cref="Reader.GetArticle"/>, which downloads only when the reader was
/// built without text; images are neither fetched nor converted. So no call here touches the network.
/// </summary>
internal static class ArticleLocator
{
    /// <summary>The address given to SmartReader when the caller has none (a reserved, never-resolving host).</summary>
    internal const string PlaceholderUri = "https://cleaner.invalid/";

    public static LocatedArticle Locate(string html, Uri? url)
    {
        string uri = url is { IsAbsoluteUri: true } ? url.AbsoluteUri : PlaceholderUri;
        using var reader = new Reader(uri, html)
        {
            // Classes carry the residue hints the block pass reads ("share", "related", "caption").
            KeepClasses = true,
            Debug = false,
        };

        Article article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrEmpty(article.Content))
        {
            return new LocatedArticle(false, string.Empty, NullIfEmpty(article.Title), 0);
        }

        return new LocatedArticle(true, article.Content, NullIfEmpty(article.Title), article.Length);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
