using Cleaner.Html.Markup;

namespace Cleaner.Html.Blocks;

/// <summary>One block of text found in the markup, before it is decided.</summary>
/// <param name="Text">
/// The block's text: entities decoded, white space collapsed to single spaces, one line; inside <c>pre</c> the lines
/// and their indentation are kept (line breaks are <c>\n</c>; trailing spaces and blank first and last lines dropped).
/// </param>
/// <param name="Markup">What the markup says about the block.</param>
/// <param name="Words">The number of white-space separated words.</param>
/// <param name="List">
/// The list (<c>ul</c>, <c>ol</c>, <c>dl</c>, <c>menu</c>) the block belongs to, numbered from 0 in page order, or -1.
/// </param>
/// <param name="AltEcho">
/// Whether the block (four words or more) repeats the <c>alt</c> text of images before it: a caption set as an ordinary
/// paragraph or heading repeats the description of its photo.
/// </param>
/// <param name="Links">
/// The kinds of page the block's links point to (the union over the links holding its text); read only for blocks
/// that are at least half link text, others with links have <see cref="LinkTarget.Other"/>.
/// </param>
internal readonly record struct RawBlock(string Text, MarkupFeatures Markup, int Words, int List = -1, AltEcho AltEcho = AltEcho.None,
    LinkTarget Links = LinkTarget.None);

/// <summary>How a block repeats the <c>alt</c> text of images before it.</summary>
internal enum AltEcho : byte
{
    /// <summary>It does not.</summary>
    None,

    /// <summary>
    /// At least 60% of its words (of four letters or more) are in the alt texts of the images just before it, and 40% of
    /// theirs in it.
    /// </summary>
    Similar,

    /// <summary>Its words are exactly those of an earlier image's alt text.</summary>
    Same,
}
