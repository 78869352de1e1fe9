using System;
using Cleaner.Classifiers.Comments;
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

    /// <summary>The readers' comments closing the page, under the comment section's count or header.</summary>
    public static readonly ResidueRule CommentTail = new("context.comment-tail", ResidueKind.None,
        "After the article, the few lines under the page's last comment count or header ('1 Response', 'Ultimi commenti', " +
        "'Linda Medrano said...') to the end of the text: readers' comments, however they read.");

    /// <summary>How many kept lines under the last comment count or header may be taken as the comments closing the page.</summary>
    private const int MaxTailLines = 8;

    /// <summary>
    /// "JohnD" / "2 hours ago" / "This is the best news I have heard in a long time …" / "Reply": below a removed comment
    /// line (a section's header or count), a kept line whose previous line was removed as a stamp or a comment line and
    /// whose next line was removed as a comment control is a reader's comment, even when it reads as clear prose. An
    /// article's paragraph has no reply button under it.
    /// </summary>
    internal static void RemoveCommentTexts(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        RemoveBetweenControls(features, lines);
        RemoveCommentTail(features, lines);
    }

    /// <summary>
    /// "… the article's last paragraph." / "1 Response" / "1. Sola says:" / "Many reasons to say no to state police. …": the
    /// kept lines under the page's last comment count or comment header, to the end of the text, are readers' comments,
    /// even when they read as clear prose. Only a few lines (a long run under a count is more of the article, or another
    /// post of a blog's page), under most of the article (a count in the page's head stands over the whole story), and no
    /// heading over a paragraph among them (another post's title).
    /// </summary>
    internal static void RemoveCommentTail(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int marker = -1;
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (!lines[i].Skipped && lines[i].Removed && lines[i].Verdict.Kind == ResidueKind.Comments)
            {
                marker = i;
                break;
            }
        }

        if (marker < 0 || lines[marker].Verdict.Rule != CommentsClassifier.Shape && lines[marker].Verdict.Rule != CommentsClassifier.Header)
        {
            return;
        }

        int goodBefore = 0;
        for (int i = 0; i < marker; i++)
        {
            goodBefore += !lines[i].Skipped && !lines[i].Removed && lines[i].Good ? 1 : 0;
        }

        int kept = 0;
        int goodAfter = 0;
        for (int i = marker + 1; i < lines.Length; i++)
        {
            if (lines[i].Skipped || lines[i].Removed)
            {
                continue;
            }

            LineFeatures f = features[i];
            int next = NextContent(lines, i);
            bool headingOverParagraph = f.Words <= 12 && !f.EndsSentence && f.Last != ':' && next >= 0 && lines[next].Good && !lines[next].Removed;
            if (++kept > MaxTailLines || f.Words > 80 || headingOverParagraph)
            {
                return;
            }

            goodAfter += lines[i].Good ? 1 : 0;
        }

        if (kept == 0 || goodBefore < 2 || goodAfter * 2 > goodBefore)
        {
            return;
        }

        for (int i = marker + 1; i < lines.Length; i++)
        {
            if (!lines[i].Skipped && !lines[i].Removed)
            {
                lines[i].Removed = true;
                lines[i].Verdict = new Verdict(ResidueKind.Comments, 0.6f, CommentTail);
            }
        }
    }

    /// <summary>A kept line between a removed stamp or comment line and a removed comment control, under a comment section's header.</summary>
    private static void RemoveBetweenControls(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
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
