namespace Cleaner.Html;

/// <summary>One block of a cleaned page (a paragraph, heading, list item, caption…) with the decision about it.</summary>
public sealed class HtmlBlock
{
    internal HtmlBlock(int index, string text, int words, MarkupFeatures markup, Verdict verdict, bool isRemoved, BlockEvidence evidence)
    {
        Index = index;
        Text = text;
        Words = words;
        Markup = markup;
        Verdict = verdict;
        IsRemoved = isRemoved;
        Evidence = evidence;
    }

    /// <summary>The block's 0-based position among the blocks of its source (article or whole page).</summary>
    public int Index { get; }

    /// <summary>
    /// The block's text: entities decoded, white space collapsed to single spaces, on one line; a <c>pre</c> block keeps
    /// its lines and their indentation (separated by <c>\n</c>, trailing spaces trimmed).
    /// </summary>
    public string Text { get; }

    /// <summary>The number of white-space separated words.</summary>
    public int Words { get; }

    /// <summary>The block's element name, lower case ("p", "h2", "li", "figcaption"; "div" for loose text).</summary>
    public string Tag => Markup.Tag;

    /// <summary>What the markup says about the block: tag, link density, context, class hints.</summary>
    public MarkupFeatures Markup { get; }

    /// <summary>
    /// The deciding verdict: for a removed block, the stronger of the text and markup verdicts that removed it; for a
    /// kept block, the strongest claim that did not remove it (a label such as attribution), or none.
    /// </summary>
    public Verdict Verdict { get; }

    /// <summary>The residue kind (<see cref="ResidueKind.None"/> for body).</summary>
    public ResidueKind Kind => Verdict.Kind;

    /// <summary>The verdict's score, 0 to 1.</summary>
    public float Score => Verdict.Score;

    /// <summary>The deciding rule's id ("comments.prompt", "html.figcaption"), or null.</summary>
    public string? RuleId => Verdict.Rule?.Id;

    /// <summary>The deciding rule's description, for explain output, or null.</summary>
    public string? Reason => Verdict.Rule?.Description;

    /// <summary>Whether the block is left out of <see cref="HtmlCleanResult.Text"/>.</summary>
    public bool IsRemoved { get; }

    /// <summary>What removed the block.</summary>
    public BlockEvidence Evidence { get; }

    /// <inheritdoc />
    public override string ToString() => IsRemoved ? $"[{Tag}] removed {RuleId}: {Text}" : $"[{Tag}] {Text}";
}
