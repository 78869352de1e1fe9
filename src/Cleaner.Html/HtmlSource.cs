namespace Cleaner.Html;

/// <summary>Which part of the page the blocks of an <see cref="HtmlCleanResult"/> come from.</summary>
public enum HtmlSource : byte
{
    /// <summary>The article container SmartReader located.</summary>
    Article,

    /// <summary>
    /// The whole body (minus scripts, styles, forms and embedded frames): SmartReader was off, found no article, found
    /// too little text, or the page was too deeply nested to hand to it; or its container held none of the page's
    /// article paragraphs while they hold more text than the container (it kept a small box beside the story).
    /// <see cref="HtmlCleanResult.ArticleFound"/> tells the cases apart.
    /// </summary>
    WholePage,

    /// <summary>
    /// An element of the page around the container SmartReader located: the container held less than half of the
    /// page's article paragraphs (long, sentence-ending, mostly unlinked <c>p</c> elements outside menus and residue
    /// boxes) and this nearby ancestor holds most of them, so SmartReader had cut the story short.
    /// </summary>
    WidenedArticle,

    /// <summary>
    /// The story whose headline is the page's title (<c>og:title</c> or <c>&lt;title&gt;</c>): the container SmartReader
    /// located held another story's headline (an infinite-scroll page's next stories) and less than half of the
    /// paragraphs around the page's own headline, so the page's story was located again on its own.
    /// </summary>
    TitledStory,
}
