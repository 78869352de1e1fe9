namespace Cleaner.Html;

/// <summary>Which part of the page the blocks of an <see cref="HtmlCleanResult"/> come from.</summary>
public enum HtmlSource : byte
{
    /// <summary>The article container SmartReader located.</summary>
    Article,

    /// <summary>
    /// The whole body (minus scripts, styles, forms and embedded frames): SmartReader was off, found no article, found
    /// too little text, or the page was too deeply nested to hand to it.
    /// </summary>
    WholePage,
}
