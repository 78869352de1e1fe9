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
internal readonly record struct RawBlock(string Text, MarkupFeatures Markup, int Words, int List = -1);
