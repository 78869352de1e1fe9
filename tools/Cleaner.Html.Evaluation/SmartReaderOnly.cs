using System;
using SmartReader;

namespace Cleaner.Html.Evaluation;

/// <summary>SmartReader alone, as a user of it would call it: the article's text content, or nothing.</summary>
internal static class SmartReaderOnly
{
    public static string Text(string html, Uri url)
    {
        using var reader = new Reader(url.AbsoluteUri, html);
        Article article = reader.GetArticle();
        return article.IsReadable ? article.TextContent ?? string.Empty : string.Empty;
    }

    /// <summary>The article's title and text content, as a reader of SmartReader's article sees it; or nothing.</summary>
    public static string TitleAndText(string html, Uri url)
    {
        using var reader = new Reader(url.AbsoluteUri, html);
        Article article = reader.GetArticle();
        return article.IsReadable ? (article.Title ?? string.Empty) + "\n\n" + (article.TextContent ?? string.Empty) : string.Empty;
    }
}
