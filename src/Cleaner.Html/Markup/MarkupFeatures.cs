using System.Runtime.InteropServices;

namespace Cleaner.Html;

/// <summary>What the markup says about one block, next to what its text says.</summary>
/// <param name="Tag">The block's element name, lower case ("p", "li", "figcaption"; "div" for loose text).</param>
/// <param name="LinkDensity">Characters inside links divided by all characters (white space not counted), 0 to 1.</param>
/// <param name="Context">The structural elements the block sits in.</param>
/// <param name="Hints">Residue families named by the class or id of the block or its ancestors.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct MarkupFeatures(string Tag, float LinkDensity, MarkupContext Context, ClassHint Hints)
{
    /// <summary>Whether the block is a heading (<c>h1</c> to <c>h6</c>).</summary>
    public bool IsHeading => Tag.Length == 2 && Tag[0] == 'h' && Tag[1] is >= '1' and <= '6';
}
