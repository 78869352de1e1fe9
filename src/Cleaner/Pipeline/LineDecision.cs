using System.Runtime.InteropServices;

namespace Cleaner.Pipeline;

/// <summary>The working state of one line while a document is analysed.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct LineDecision
{
    /// <summary>The verdict that decides the line (for removed lines) or labels it (for kept ones).</summary>
    public Verdict Verdict;

    /// <summary>Whether the line is left out of the output.</summary>
    public bool Removed;

    /// <summary>Whether the line is clearly body: long, full of stopwords, ending like a sentence.</summary>
    public bool Good;

    /// <summary>Whether the line is blank or was not classified; context rules pass over it.</summary>
    public bool Skipped;

    /// <summary>Whether the line is non-blank but longer than the pipeline classifies: kept as body unseen.</summary>
    public bool Unclassified;
}
