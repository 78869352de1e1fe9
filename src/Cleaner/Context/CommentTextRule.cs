using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A reader's comment between its author's stamp and its reply button, below a comment section's header.
/// </summary>
internal static class CommentTextRule
{
    /// <summary>A scraped comment's text between its author's stamp and its reply button.</summary>
    public static readonly ResidueRule CommentText = new("context.comment-text", ResidueKind.None,
        "Under a comment section's header or count, a line between a removed stamp or comment line ('2 hours ago') and a " +
        "removed comment control ('Reply', 'Like (4)'): a reader's comment, however long.");

    /// <summary>
    /// "JohnD" / "2 hours ago" / "This is the best news I have heard in a long time …" / "Reply": below a removed comment
    /// line (a section's header or count), a kept line whose previous line was removed as a stamp or a comment line and
    /// whose next line was removed as a comment control is a reader's comment, even when it reads as clear prose. An
    /// article's paragraph has no reply button under it.
    /// </summary>
    internal static void RemoveCommentTexts(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        // The section opens only below some of the article: a comment count in the page's header ("12 Comments" over
        // the headline) must not make a one-paragraph story between its stamp and a "0 Comments" line a comment.
        bool section = false;
        bool seenBody = false;
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            if (line.Removed)
            {
                section |= seenBody && line.Verdict.Kind == ResidueKind.Comments;
                continue;
            }

            if (!section)
            {
                seenBody |= line.Good;
            }

            if (!section || features[i].Words > 200)
            {
                continue;
            }

            int before = PreviousContent(lines, i);
            int after = NextContent(lines, i);
            if (before >= 0 && after >= 0 && lines[before].Removed && lines[after].Removed &&
                lines[before].Verdict.Kind is ResidueKind.Timestamp or ResidueKind.Comments &&
                lines[after].Verdict.Kind == ResidueKind.Comments)
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.Comments, 0.6f, CommentText);
            }
        }
    }
}
