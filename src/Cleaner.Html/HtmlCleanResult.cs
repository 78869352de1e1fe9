using System.Collections.Generic;

namespace Cleaner.Html;

/// <summary>The result of cleaning one page.</summary>
public sealed class HtmlCleanResult
{
    internal HtmlCleanResult(string text, IReadOnlyList<HtmlBlock> blocks, IReadOnlyList<HtmlBlock> removed,
        IReadOnlyList<HtmlBlock> kept, HtmlSource source, bool articleFound, string? title, Language language,
        bool isResidueOnly, bool wasFlattened)
    {
        Text = text;
        Blocks = blocks;
        Removed = removed;
        Kept = kept;
        Source = source;
        ArticleFound = articleFound;
        Title = title;
        Language = language;
        IsResidueOnly = isResidueOnly;
        WasFlattened = wasFlattened;
    }

    /// <summary>
    /// The article's text: the kept blocks in page order, one block per paragraph, separated by a blank line, with a
    /// final <c>\n</c>. Empty when nothing is kept. The title is not included (see <see cref="Title"/>).
    /// </summary>
    public string Text { get; }

    /// <summary>Every block, kept and removed, in page order.</summary>
    public IReadOnlyList<HtmlBlock> Blocks { get; }

    /// <summary>The removed blocks, in page order, each with its kind, score, rule and evidence.</summary>
    public IReadOnlyList<HtmlBlock> Removed { get; }

    /// <summary>The kept blocks, in page order.</summary>
    public IReadOnlyList<HtmlBlock> Kept { get; }

    /// <summary>Where the blocks come from: SmartReader's article container or the whole page.</summary>
    public HtmlSource Source { get; }

    /// <summary>Whether SmartReader found an article (even when it was too short to be used).</summary>
    public bool ArticleFound { get; }

    /// <summary>The article's title as SmartReader read it, or null.</summary>
    public string? Title { get; }

    /// <summary>The language the text pipeline detected or was given.</summary>
    public Language Language { get; }

    /// <summary>
    /// Whether nothing of the page is article: the text pipeline judged the whole page residue (an error or notice
    /// page), or every block was removed (a page of menus, share bars and footers only). <see cref="Text"/> is then
    /// empty. A page that is only a list of links is not residue only: with no prose around them, the links are kept.
    /// </summary>
    public bool IsResidueOnly { get; }

    /// <summary>Whether the page was nested deeper than <see cref="HtmlCleanerOptions.MaxNestingDepth"/> and flattened.</summary>
    public bool WasFlattened { get; }

    /// <summary>
    /// The page as text: every block (kept and removed) on a line of its own, blocks separated by a blank line, and a
    /// <see cref="CleanResult"/> over that text whose segments are the blocks with their verdicts. Lets line-based tools
    /// (explain views, JSON reports, the <c>clean</c> command) show what was removed from a page. Builds new strings on
    /// each call.
    /// </summary>
    /// <param name="source">The text the returned segments index.</param>
    public CleanResult ToCleanResult(out string source)
    {
        var builder = new System.Text.StringBuilder();
        var removed = new List<SegmentVerdict>();
        var kept = new List<SegmentVerdict>();
        for (int i = 0; i < Blocks.Count; i++)
        {
            HtmlBlock block = Blocks[i];
            if (i > 0)
            {
                builder.Append("\n\n");
            }

            int start = builder.Length;
            foreach (char c in block.Text)
            {
                builder.Append(c is '\r' or '\n' ? ' ' : c);
            }

            int length = builder.Length - start;
            while (length > 0 && char.IsWhiteSpace(builder[start + length - 1]))
            {
                length--;
            }

            var verdict = new SegmentVerdict(new Segment(start, length, (2 * i) + 1, i), block.Verdict, block.IsRemoved);
            (block.IsRemoved ? removed : kept).Add(verdict);
        }

        if (Blocks.Count > 0)
        {
            builder.Append('\n');
        }

        source = builder.ToString();
        return CleanResult.FromSegments(Text, removed, kept, Language, IsResidueOnly, Blocks.Count == 0 ? 0 : (2 * Blocks.Count) - 1);
    }

    /// <summary>The number of removed blocks of <paramref name="kind"/>.</summary>
    public int CountRemoved(ResidueKind kind)
    {
        int count = 0;
        foreach (HtmlBlock block in Removed)
        {
            if (block.Kind == kind)
            {
                count++;
            }
        }

        return count;
    }
}
