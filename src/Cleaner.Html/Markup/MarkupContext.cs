using System;

namespace Cleaner.Html;

/// <summary>The structural elements a block sits in (itself included). Flags: a block can be in several.</summary>
[Flags]
public enum MarkupContext
{
    /// <summary>None of the elements below.</summary>
    None = 0,

    /// <summary>Inside a <c>figure</c> (an image or media with its caption).</summary>
    Figure = 1 << 0,

    /// <summary>Inside a <c>figcaption</c>.</summary>
    FigureCaption = 1 << 1,

    /// <summary>Inside an <c>aside</c> or <c>role="complementary"</c>.</summary>
    Aside = 1 << 2,

    /// <summary>Inside a <c>nav</c>, <c>menu</c> or <c>role="navigation"</c>.</summary>
    Navigation = 1 << 3,

    /// <summary>Inside a <c>header</c> or <c>role="banner"</c>.</summary>
    Header = 1 << 4,

    /// <summary>Inside a <c>footer</c> or <c>role="contentinfo"</c>.</summary>
    Footer = 1 << 5,

    /// <summary>Inside a table cell (<c>td</c>, <c>th</c>).</summary>
    TableCell = 1 << 6,

    /// <summary>Inside a list item (<c>li</c>, <c>dt</c>, <c>dd</c>).</summary>
    ListItem = 1 << 7,
}
