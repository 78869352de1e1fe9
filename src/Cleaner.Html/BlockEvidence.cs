using System;

namespace Cleaner.Html;

/// <summary>What removed a block: its text (the core classifiers and context rules), its markup, or both.</summary>
[Flags]
public enum BlockEvidence
{
    /// <summary>Nothing: the block is kept.</summary>
    None = 0,

    /// <summary>The core text pipeline removed the block.</summary>
    Text = 1,

    /// <summary>A markup rule (<c>html.*</c>) removed the block.</summary>
    Markup = 2,
}
