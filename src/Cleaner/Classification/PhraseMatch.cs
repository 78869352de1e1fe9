namespace Cleaner;

/// <summary>How a phrase must sit in a line to match. Matching ignores case, punctuation and runs of spaces.</summary>
public enum PhraseMatch : byte
{
    /// <summary>The whole line is the phrase ("Advertisement", "Read more »").</summary>
    Exact,

    /// <summary>The line starts with the phrase, as whole words ("Follow us on Twitter @…").</summary>
    Prefix,

    /// <summary>The phrase is a label before a colon at the start of the line ("READ MORE: …", "Posted: …").</summary>
    Label,

    /// <summary>The line ends with the phrase, as whole words ("… Read more").</summary>
    Suffix,

    /// <summary>The phrase occurs anywhere in the line, as whole words ("all rights reserved").</summary>
    Contains,
}
