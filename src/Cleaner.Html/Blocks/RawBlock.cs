namespace Cleaner.Html.Blocks;

/// <summary>One block of text found in the markup, before it is decided.</summary>
/// <param name="Text">The block's text: entities decoded, white space collapsed to single spaces, one line.</param>
/// <param name="Markup">What the markup says about the block.</param>
/// <param name="Words">The number of white-space separated words.</param>
internal readonly record struct RawBlock(string Text, MarkupFeatures Markup, int Words);
