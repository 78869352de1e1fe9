using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;

namespace Cleaner.Context;

/// <summary>
/// The second pass, in the spirit of jusText: lines are decided by their neighbours as well as by themselves.
/// <list type="number">
/// <item>A clearly-body line (long, many stopwords, a sentence) is only removed by a sure verdict.</item>
/// <item>A line that opens a residue section (a comment header, a copyright line, "More stories") takes with it the
/// following lines that are not clearly body, until the article resumes; a footer line above the first clearly-body
/// line opens none (a masthead notice or a picture's credit over the headline).</item>
/// <item>A short run of undecided short lines between residue lines (or between residue and the end) is residue.</item>
/// <item>A line that repeats another line of the document nearby (within 32 lines) is residue when its copy was
/// removed, or when both carry a weak residue verdict (captions and notices are scraped twice; body paragraphs repeated
/// are left alone).</item>
/// <item>Other stories' headlines: headline-shaped lines that close the document after its last body paragraph (one
/// alone too, unless the article has subheadings of its own), and a long upper-case headline standing between body
/// paragraphs (unless the article's subheadings are upper case).</item>
/// <item>A section label ("Local News") as the first line, over the headline and the article.</item>
/// <item>A weak verdict whose rule is strong at the edges (a lone date) is promoted when only removed lines separate
/// it from the start or the end.</item>
/// <item>A document left with no body at all is residue as a whole (an error or archive page).</item>
/// </list>
/// </summary>
internal static class ContextRules
{
    /// <summary>A line removed because it follows a section opener.</summary>
    public static readonly ResidueRule Section = new("context.section", ResidueKind.None,
        "Follows a line that opens a residue section (comments, footer, other headlines) and is not clearly body.");

    /// <summary>A line removed because residue surrounds it.</summary>
    public static readonly ResidueRule Surrounded = new("context.surrounded", ResidueKind.None,
        "A short undecided line inside a run of residue.");

    /// <summary>A line removed because the whole document is residue.</summary>
    public static readonly ResidueRule ResidueOnly = new("context.residue-only", ResidueKind.None,
        "The document has no article body: it is a page notice or residue only.");

    /// <summary>A line removed because it repeats a removed line, or repeats another line and both have weak verdicts.</summary>
    public static readonly ResidueRule Duplicate = new("context.duplicate", ResidueKind.None,
        "Repeats another line of the document that is residue, or that shares its weak residue verdict.");

    /// <summary>A line removed as another story's headline.</summary>
    public static readonly ResidueRule Headlines = new("context.headlines", ResidueKind.None,
        "A headline of another story: headline-shaped lines closing the document after its last body paragraph, or a " +
        "long upper-case headline between body paragraphs.");

    /// <summary>A section label standing above the article's headline at the top of the page.</summary>
    public static readonly ResidueRule SectionLabel = new("context.section-label", ResidueKind.None,
        "A section or desk label above the headline at the top of the page ('Local News', 'POLÍCIA', 'Ausland').");

    /// <summary>A picture's alternative text or caption title beside its removed caption.</summary>
    public static readonly ResidueRule CaptionText = new("context.caption-text", ResidueKind.None,
        "A short line beside a removed caption or credit that is the picture's alternative text (lower case, 'measles') or " +
        "the caption's opening words ('Martha Lou's Kitchen' over 'Martha Lou's Kitchen/Facebook').");

    /// <summary>A caption scraped twice, the second time with its credit glued to it.</summary>
    public static readonly ResidueRule CaptionCopy = new("context.caption-copy", ResidueKind.None,
        "A caption scraped twice in a row, the second copy with a credit glued to it ('… in Forest Glen, Md.' then 'By " +
        "Jane Doe, Getty Images… in Forest Glen, Md.'): both copies go.");

    /// <summary>A picture's description in one sentence beside its removed credit.</summary>
    public static readonly ResidueRule CaptionDescription = new("context.caption-description", ResidueKind.None,
        "One sentence describing a picture, in the present tense of picture desks, directly beside the picture's removed " +
        "credit ('Firefighters battle the blaze on Main Street in Springfield.' over 'Jane Doe/Getty Images'): a caption " +
        "verb ('speaks', 'waves', 'inspects', 'carry') in its first ten words, a name or place in capitals after it, no " +
        "quotation and no reporting verb.");

    /// <summary>A site's menu or breadcrumb scraped as a list at the top of the page.</summary>
    public static readonly ResidueRule TopMenu = new("context.top-menu", ResidueKind.None,
        "A list of short items at the very top of the page, above the headline: a breadcrumb numbered from 1 ('1. Startseite' " +
        "/ '2. Politik'), or three bulleted section names or more ('• Tennis' / '• Darts' / '• Alle Sportarten').");

    /// <summary>A list of other stories' teasers, each cut off with an ellipsis.</summary>
    public static readonly ResidueRule Teasers = new("context.teasers", ResidueKind.None,
        "Three teasers or more (eight words or more) cut off with an ellipsis ('… the club is working…'), close together, with at most two short " +
        "lines (their headlines) between them: a list of other stories. The headline just above the first goes too.");

    /// <summary>A picture's alternative text and caption under a heading, both repeating it.</summary>
    public static readonly ResidueRule AltText = new("context.alt-text", ResidueKind.None,
        "Two identical short lines in a row that repeat the end of the heading above them ('30. Argentine Patagonia' then " +
        "'Argentine Patagonia' twice): the picture's alternative text and its caption, scraped under the list item's heading.");

    /// <summary>A scraped comment's text between its author's stamp and its reply button.</summary>
    public static readonly ResidueRule CommentText = new("context.comment-text", ResidueKind.None,
        "Under a comment section's header or count, a line between a removed stamp or comment line ('2 hours ago') and a " +
        "removed comment control ('Reply', 'Like (4)'): a reader's comment, however long.");

    /// <summary>A line kept as body because it is clearly prose, despite a weak residue verdict.</summary>
    public static readonly ResidueRule ClearlyBody = new("context.clearly-body", ResidueKind.None,
        "A long line of prose: a weak residue verdict does not remove it.");

    /// <summary>The score below which a verdict cannot remove a clearly-body line.</summary>
    private const float SureScore = 0.85f;

    /// <summary>Applies the rules; returns whether the whole document turned out to be residue.</summary>
    public static bool Apply(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        in CleanerSettings settings, Language language)
    {
        float threshold = settings.Threshold;
        ResidueKindSet removable = settings.RemovedKinds;
        int content = 0;

        // 1. Threshold, with clearly-body lines protected from weak verdicts.
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            content++;
            line.Good = IsGood(features[i]);
            Verdict verdict = line.Verdict;
            bool remove = verdict.Score >= threshold && removable.Contains(verdict.Kind);
            if (remove && line.Good && verdict.Score < SureScore)
            {
                remove = false;
            }

            line.Removed = remove;
        }

        if (content == 0)
        {
            return false;
        }

        // 2. Sections: an opener takes the following lines that are not clearly body. A footer line above the article's
        //    first paragraph ("© 2024 Example Media LLC. All rights reserved.", a picture's "© Agency / Name") is a
        //    masthead notice or a credit: the headline under it is the article's, so it opens no section.
        bool seenGood = false;
        for (int i = 0; i < lines.Length; i++)
        {
            seenGood |= lines[i].Good && !lines[i].Removed;
            if (!lines[i].Removed || lines[i].Verdict.Rule is not { OpensSection: true } opener ||
                !seenGood && opener.Kind == ResidueKind.Footer)
            {
                continue;
            }

            int j = i + 1;
            for (; j < lines.Length; j++)
            {
                ref LineDecision next = ref lines[j];
                if (next.Skipped || next.Removed)
                {
                    continue;
                }

                // A teaser cut off by the page ("Temos a honra de convidar a todos para o ato de inau...") is no
                // paragraph of the article, however long: inside a residue section it does not end the section.
                if (next.Good && !IsCutOff(text, segments, j) || IsHeadingBeforeBody(text, segments, features, lines, j))
                {
                    break;
                }

                next.Removed = true;
                next.Verdict = new Verdict(opener.Kind, 0.6f, Section);
            }

            i = j - 1;
        }

        // 3. Short undecided runs inside residue, and comments between their stamps and reply buttons.
        AbsorbSurroundedRuns(features, lines, settings.AbsorbedRun);
        if (removable.Contains(ResidueKind.Comments))
        {
            RemoveCommentTexts(features, lines);
        }

        // 3b. Lines repeated nearby, and other stories' headlines.
        RemoveDuplicates(text, segments, features, lines, removable);
        if (removable.Contains(ResidueKind.Caption))
        {
            RemoveCaptionText(text, segments, features, lines);
            RemoveCaptionDescriptions(text, segments, features, lines);
            RemoveCaptionCopies(text, segments, features, lines);
            RemoveEchoedAltText(text, segments, features, lines);
        }

        if (removable.Contains(ResidueKind.RelatedLinks))
        {
            RemoveTeaserRuns(text, segments, features, lines);
            RemoveTrailingHeadlines(text, segments, features, lines, threshold, language);
            RemoveShoutedHeadlines(text, segments, features, lines);
        }

        if (removable.Contains(ResidueKind.Navigation))
        {
            RemoveTopMenu(text, segments, features, lines);
            RemoveSectionLabel(features, lines, threshold, removable);
        }

        // 4. Weak verdicts that are strong at the edges, promoted where only removed lines separate them from an end.
        //    This runs last, on the final removals, so that cleaning the output again finds nothing new to promote.
        PromoteAtEdges(lines, threshold, removable, fromStart: true);
        PromoteAtEdges(lines, threshold, removable, fromStart: false);
        PromoteAboveArticle(lines, threshold, removable);

        // 5. A document with no body left, or only scraps of it beside a page notice, is residue as a whole.
        return removable.Contains(ResidueKind.Notice) && IsResidueOnly(features, lines);
    }

    private static void PromoteAtEdges(Span<LineDecision> lines, float threshold, ResidueKindSet removable, bool fromStart)
    {
        for (int k = 0; k < lines.Length; k++)
        {
            ref LineDecision line = ref lines[fromStart ? k : lines.Length - 1 - k];
            if (line.Skipped || line.Removed)
            {
                continue;
            }

            if (line.Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold && removable.Contains(line.Verdict.Kind))
            {
                line.Verdict = line.Verdict with { Score = rule.EdgeScore };
                line.Removed = true;
                continue;
            }

            return;
        }
    }

    /// <summary>
    /// "Local man wins lottery" / "May 6, 2019" / the story: a weak verdict that is strong at the edges (a lone date) is
    /// promoted too when it stands above the article's first clearly-body line, among the headline, kicker and byline:
    /// there it stamps the page. Inside the article, after its first paragraph, a lone date stays (a timeline's entry).
    /// </summary>
    private static void PromoteAboveArticle(Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        int kept = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped || line.Removed)
            {
                continue;
            }

            if (line.Good)
            {
                return;
            }

            if (line.Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold && removable.Contains(line.Verdict.Kind))
            {
                line.Verdict = line.Verdict with { Score = rule.EdgeScore };
                line.Removed = true;
                continue;
            }

            // A page's head is a few lines (kicker, headline, standfirst, byline, stamp); a longer run of short lines
            // before the first paragraph is content of another shape (an infobox, a table), whose dates stay. Only the
            // lines that stay count, so that cleaning the output again finds the same head.
            if (++kept > MaxHeadLines)
            {
                return;
            }
        }
    }

    /// <summary>How many kept lines above the article's first paragraph count as the page's head.</summary>
    private const int MaxHeadLines = 6;

    /// <summary>Long enough, full enough of stopwords and ending like a sentence to be article prose.</summary>
    public static bool IsGood(in LineFeatures f) =>
        (f.Words >= 8 && f.StopwordDensity >= 0.2f && (f.EndsSentence || f.Length >= 150)) ||
        (f.Words >= 30 && f.StopwordDensity >= 0.1f);

    private static bool IsShortUndecided(in LineFeatures f, in LineDecision line) =>
        !line.Removed && !line.Good && !line.Skipped && f.Words <= 6 && f.Length <= 80 && !f.EndsSentence;

    /// <summary>A short line directly followed by a clearly-body line (not a teaser cut off by the page): a subheading of the article.</summary>
    private static bool IsHeadingBeforeBody(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int index)
    {
        int next = NextContent(lines, index);

        // "Man charged over sign" / "By Jane Doe" / the story: a byline may stand between a heading and its body.
        if (next >= 0 && lines[next].Verdict.Kind == ResidueKind.Attribution && features[next].Words <= 12)
        {
            next = NextContent(lines, next);
        }

        return next >= 0 && lines[next].Good && !lines[next].Removed && features[index].Words <= 12 && !IsCutOff(text, segments, next);
    }

    /// <summary>Whether a line ends in an ellipsis: a teaser the page cut off ("… para o ato de inau...", "… the Marauders were…").</summary>
    private static bool IsCutOff(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, int index)
    {
        ReadOnlySpan<char> line = LineText(text, segments, index).TrimEnd();
        return line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith("…", StringComparison.Ordinal) ||
               line.EndsWith("[…]", StringComparison.Ordinal) || line.EndsWith("[...]", StringComparison.Ordinal);
    }

    private static void AbsorbSurroundedRuns(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines, int maxRun)
    {
        int previousContent = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped)
            {
                continue;
            }

            if (!IsShortUndecided(features[i], lines[i]))
            {
                previousContent = i;
                continue;
            }

            // A run of short undecided lines starts here; find its end.
            int runStart = i;
            int runLength = 0;
            int end = i;
            for (int j = i; j < lines.Length; j++)
            {
                if (lines[j].Skipped)
                {
                    continue;
                }

                if (!IsShortUndecided(features[j], lines[j]))
                {
                    break;
                }

                runLength++;
                end = j;
            }

            int after = NextContent(lines, end);
            bool residueBefore = previousContent >= 0 && lines[previousContent].Removed;
            bool residueAfter = after < 0 || lines[after].Removed;
            if (residueBefore && residueAfter && runLength <= maxRun)
            {
                Verdict neighbour = lines[previousContent].Verdict;
                for (int j = runStart; j <= end; j++)
                {
                    if (!lines[j].Skipped)
                    {
                        lines[j].Removed = true;
                        lines[j].Verdict = new Verdict(neighbour.Kind, 0.55f, Surrounded);
                    }
                }
            }

            previousContent = end;
            i = end;
        }
    }

    /// <summary>
    /// "JohnD" / "2 hours ago" / "This is the best news I have heard in a long time …" / "Reply": below a removed comment
    /// line (a section's header or count), a kept line whose previous line was removed as a stamp or a comment line and
    /// whose next line was removed as a comment control is a reader's comment, even when it reads as clear prose. An
    /// article's paragraph has no reply button under it.
    /// </summary>
    private static void RemoveCommentTexts(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
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

    private static bool IsResidueOnly(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int keptLetters = 0;
        bool keptGood = false;
        bool notice = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped)
            {
                keptGood |= lines[i].Unclassified;
                continue;
            }

            if (lines[i].Removed)
            {
                notice |= lines[i].Verdict.Kind == ResidueKind.Notice;
                continue;
            }

            keptLetters += features[i].Letters;
            keptGood |= lines[i].Good;
        }

        if ((keptLetters == 0 && !keptGood) || (notice && !keptGood && keptLetters < 300))
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Skipped && !lines[i].Removed)
                {
                    lines[i].Removed = true;
                    lines[i].Verdict = new Verdict(ResidueKind.Notice, 0.5f, ResidueOnly);
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>How far (in kept, non-blank lines) a copy of a line is looked for.</summary>
    private const int DuplicateWindow = 32;

    /// <summary>How many non-blank lines, kept or removed, a look-up for a copy passes at most.</summary>
    private const int MaxScannedLines = 4 * DuplicateWindow;

    /// <summary>The text of line <paramref name="index"/> as the classifiers saw it (white space trimmed at both ends).</summary>
    private static ReadOnlySpan<char> LineText(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, int index)
    {
        ReadOnlySpan<char> line = text.Slice(segments[index].Start, segments[index].Length);
        int start = 0;
        while (start < line.Length && LineScanner.IsSpace(line[start]))
        {
            start++;
        }

        return line[start..];
    }

    private static void RemoveDuplicates(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        ResidueKindSet removable)
    {
        // Copies are looked up in an index of the lines with equal features rather than by walking each window.
        var copies = CopyIndex.Build(features, lines);
        try
        {
            RemoveDuplicates(text, segments, features, lines, removable, copies);
        }
        finally
        {
            copies.Dispose();
        }
    }

    private static void RemoveDuplicates(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        ResidueKindSet removable, in CopyIndex copies)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped || line.Removed || line.Good || features[i].Words == 0)
            {
                continue;
            }

            bool weak = line.Verdict.IsResidue && line.Verdict.Score >= 0.5f && removable.Contains(line.Verdict.Kind);
            int j = FindCopy(text, segments, lines, i, -1, weak, removable, copies);
            if (j < 0)
            {
                j = FindCopy(text, segments, lines, i, +1, weak, removable, copies);
            }

            if (j < 0)
            {
                continue;
            }

            // A copy removed by the context pass (after a section opener, inside a run of residue) takes this one
            // with it; two copies that both have a weak verdict confirm each other.
            ResidueKind kind = lines[j].Removed ? lines[j].Verdict.Kind : line.Verdict.Kind;
            line.Removed = true;
            line.Verdict = new Verdict(kind, 0.6f, Duplicate);
            copies.MarkRemoved(i);
            if (!lines[j].Removed)
            {
                lines[j].Removed = true;
                lines[j].Verdict = new Verdict(kind, 0.6f, Duplicate);
                copies.MarkRemoved(j);
            }
        }
    }

    /// <summary>
    /// Looks from line <paramref name="i"/> in one direction for a copy that decides it: a removed copy (of a kind that
    /// is removed), or, when the line has a weak verdict itself, any copy. The window counts only kept, non-blank lines:
    /// blank runs collapse and removed lines vanish in the output, and cleaning the output again must find the same
    /// copies (idempotence). Blank lines are passed over for free; past <see cref="MaxScannedLines"/> non-blank lines the
    /// look-up gives up, so two copies with more than about a hundred removed lines between them are not paired, even
    /// though the cleaned output would bring them within reach (a trade of exact idempotence in that corner for cost
    /// that stays linear on pages of residue).
    /// </summary>
    private static int FindCopy(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int i, int step, bool weak,
        ResidueKindSet removable, in CopyIndex copies)
    {
        // Only lines with every feature equal can be copies; they are visited nearest first, as a walk would meet them.
        // Removed lines do not count towards the window, but a look-up passes at most four windows' worth of non-blank
        // lines: a page of residue would otherwise reach across all of it.
        for (int j = copies.Nearest(i, step); j >= 0 && copies.Reaches(i, j, DuplicateWindow, MaxScannedLines); j = copies.Nearest(j, step))
        {
            ref readonly LineDecision other = ref lines[j];
            if ((weak || (other.Removed && removable.Contains(other.Verdict.Kind))) &&
                LineText(text, segments, i).SequenceEqual(LineText(text, segments, j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// A line shaped like a headline: five to twenty words, no sentence end and no colon at its end, not clearly body,
    /// starting with a capital (after an optional bullet), and with at least one lower-case word of four letters or
    /// more (so that names, addresses and menus, which are all capitals, do not count).
    /// </summary>
    private static bool IsHeadlineShaped(in LineFeatures f, in LineDecision line) =>
        !line.Good && f.Words is >= 5 and <= 20 && f.Length <= 160 && !f.EndsSentence && f.Last is not (':' or ',' or ';') &&
        f.Letters - f.UpperLetters >= 4 && f.CapitalizedWords < f.Words && !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash) &&
        (char.IsUpper(f.First) || f.First is '•' or '·' or '▪' or '►' or '-' or '*' or '"' or '“' or '\'' or '‘');

    /// <summary>
    /// "… last paragraph of the story." then "Explorer says shipwreck may be found" and "Sons cost parents more in the
    /// long run": after the last clearly-body line, when every kept line left is headline-shaped (or a credit line that
    /// is kept only as a label), they are other stories' headlines. One such line alone counts too (a story does not end
    /// on a heading with nothing under it; in the labelled corpus all 24 such lines were residue), unless it opens with
    /// a quotation mark or a bullet (the end of a quotation cut from its sentence, a last list item such as "• For
    /// confidential support call …"), holds two sentences (an author box), or, with no other residue after the last
    /// paragraph, ends on a stopword ("The company did not respond to a request for": the story's last sentence cut
    /// short; a headline never ends so).
    /// </summary>
    private static void RemoveTrailingHeadlines(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        float threshold, Language language)
    {
        int lastGood = -1;
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good && !IsLabel(lines[i], threshold))
            {
                lastGood = i;
                break;
            }
        }

        if (lastGood < 0)
        {
            return;
        }

        int headlines = 0;
        int residue = 0;
        int single = -1;
        bool opensWithMark = false;
        for (int i = lastGood + 1; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            if (line.Removed || IsLabel(line, threshold))
            {
                residue++;
                continue;
            }

            if (!IsHeadlineShaped(features[i], line))
            {
                return;
            }

            opensWithMark |= !char.IsLetterOrDigit(features[i].First);
            headlines++;
            single = i;
        }

        // The text's last line, not in title case, may be the story's last sentence cut off by the scraper after a
        // subheading ("The paper felt that with 1,000 pupi"): it stays. The lines before it then go only when they are
        // a list (two or more); one alone between the last paragraph and that line is taken for the story's subheading.
        int spared = -1;
        if (headlines >= 2 && EndsTheText(lines, single) && !IsInTitleCase(features[single], language))
        {
            if (headlines == 2)
            {
                return;
            }

            spared = single;
        }

        if (headlines == 0 || headlines == 1 &&
            (!IsLoneHeadline(text.Slice(segments[single].Start, segments[single].Length), opensWithMark, residue > 0) ||
             UsesSubheadings(features, lines, lastGood) ||
             !features[single].Has(WordClass.Picture) && SharesTopic(text, segments, lines, single) ||
             EndsTheText(lines, single) && !IsInStrictTitleCase(LineText(text, segments, single), features[single], language)))
        {
            return;
        }

        for (int i = lastGood + 1; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (i != spared && !line.Skipped && !line.Removed && !IsLabel(line, threshold))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Headlines);
            }
        }
    }

    /// <summary>
    /// Whether the article has a headline-shaped line of its own between two clearly-body paragraphs (removed lines
    /// between them aside): a story with subheadings may end on one when the page was cut off after it, so one such line
    /// after the last paragraph is then its subheading, not another story's headline.
    /// </summary>
    private static bool UsesSubheadings(ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int lastGood)
    {
        for (int i = 0; i < lastGood; i++)
        {
            if (lines[i].Skipped || lines[i].Removed || !IsHeadlineShaped(features[i], lines[i]))
            {
                continue;
            }

            int before = PreviousKept(lines, i);
            int after = NextKept(lines, i);
            if (before >= 0 && after >= 0 && lines[before].Good && lines[after].Good)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a lone headline-shaped line after the last paragraph speaks of the article's subject: two of its words of
    /// five letters or more (not stopwords) occur in the article's clearly-body lines ("Les gendarmes étaient en route
    /// pour une journée de formation" under a story that opens "Les gendarmes se rendaient en formation"). Then it is the
    /// article's own subheading, the page cut off under it; another story's headline shares no such words ("El protocolo
    /// de zoos y la difícil decisión de abatir a un leopardo persa" under a story about a smuggling boat). A line with a
    /// picture word ("Photo from: The National Weather Service …") is a credit, whatever its words, and is not asked.
    /// </summary>
    private static bool SharesTopic(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int line)
    {
        int shared = 0;
        ReadOnlySpan<char> own = LineText(text, segments, line);
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(own, buffer))
        {
            if (!IsTopicWord(word))
            {
                continue;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                if (i != line && lines[i].Good && !lines[i].Removed && !lines[i].Skipped &&
                    LineText(text, segments, i).IndexOf(word.Text, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    if (++shared >= 2)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest kept, non-blank line after <paramref name="index"/> that the edge pass will not remove (a weak verdict
    /// strong at the edges, such as a lone date, is passed over), or -1.
    /// </summary>
    private static int NextKeptPastStamps(ReadOnlySpan<LineDecision> lines, int index, float threshold, ResidueKindSet removable)
    {
        int next = NextKept(lines, index);
        while (next >= 0 && lines[next].Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold &&
               removable.Contains(lines[next].Verdict.Kind))
        {
            next = NextKept(lines, next);
        }

        return next;
    }

    /// <summary>
    /// Whether line <paramref name="index"/> is the last non-blank line of the text: there a headline-shaped line may
    /// be the story's last sentence cut off by the scraper or the excerpt ("The mayor said the city would begin"), so
    /// alone it goes only when written in title case, as headlines are and prose never is.
    /// </summary>
    private static bool EndsTheText(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped || lines[j].Unclassified)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a line is written in title case as headlines are. Not in German, which capitalises every noun: there a
    /// sentence cut off ("Nach Rücksprache mit der Staatsanwaltschaft ordnete diese die Beziehung eines Unfa") looks so.
    /// </summary>
    private static bool IsInTitleCase(in LineFeatures features, Language language) =>
        features.IsTitleCase && language != Language.German;

    /// <summary>
    /// Whether every word of the line but stopwords and numbers starts with a capital, as in "Sons Cost Parents More in
    /// the Long Run". Stricter than <see cref="IsInTitleCase"/>, which lets one word in three be lower case: a sentence
    /// cut off after a run of names ("Sheriff John Smith of Polk County said the") has its verb in lower case.
    /// </summary>
    private static bool IsInStrictTitleCase(ReadOnlySpan<char> line, in LineFeatures features, Language language)
    {
        if (!IsInTitleCase(features, language))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            if (!word.IsNumber && !word.Is(WordClass.AnyStopword) && char.IsLower(word.Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest kept, non-blank line before <paramref name="index"/>, or -1.</summary>
    private static int PreviousKept(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index - 1; j >= 0; j--)
        {
            if (!lines[j].Skipped && !lines[j].Removed)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The nearest kept, non-blank line after <paramref name="index"/>, or -1.</summary>
    private static int NextKept(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped && !lines[j].Removed)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the only headline-shaped line after the last paragraph is a headline: it does not open with a quotation
    /// mark or a bullet, holds no sentence end inside ("Jane Doe is a political scientist. John Roe is a lawyer" is an
    /// author box), and, when nothing else after the last paragraph is residue, does not end on a stopword.
    /// </summary>
    private static bool IsLoneHeadline(ReadOnlySpan<char> line, bool opensWithMark, bool amongResidue) =>
        !opensWithMark && !FeatureExtractor.HasInnerSentenceEnd(line) && (amongResidue || !EndsOnStopword(line));

    /// <summary>Whether the last word of a line is a stopword of any supported language.</summary>
    private static bool EndsOnStopword(ReadOnlySpan<char> line)
    {
        // The words as the feature pass reads and classifies them; only the last one's classes are kept.
        WordClass last = WordClass.None;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            last = word.IsNumber ? WordClass.None : word.Classes;
        }

        return (last & WordClass.AnyStopword) != 0;
    }

    /// <summary>A kept line that a classifier labelled as a kind that is not removed (a byline, a source line).</summary>
    private static bool IsLabel(in LineDecision line, float threshold) =>
        line.Verdict.Rule is not null && line.Verdict.Kind != ResidueKind.None && line.Verdict.Score >= threshold;

    /// <summary>
    /// "11-MILLION-TON ICEBERG THREATENS TO INUNDATE TINY GREENLAND VILLAGE": a long upper-case line with no sentence end
    /// or label, with clearly-body lines both before and after it, is a link to another story. Upper-case subheadings
    /// are short ("ON HAPPINESS:", "SWAP"); the story's own headline comes before its body.
    /// </summary>
    private static void RemoveShoutedHeadlines(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int firstGood = -1;
        int lastGood = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good)
            {
                firstGood = firstGood < 0 ? i : firstGood;
                lastGood = i;
            }
        }

        // An article whose subheadings are in capitals ("THROW A FILTER ON IT") may have a long one too.
        for (int i = firstGood + 1; i < lastGood; i++)
        {
            LineFeatures f = features[i];
            if (!lines[i].Skipped && !lines[i].Removed && !lines[i].Good && f.IsAllCaps && f.Words is >= 3 and < 7 &&
                !f.EndsSentence && f.FirstColon < 0)
            {
                return;
            }
        }

        for (int i = firstGood + 1; i < lastGood; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (!line.Skipped && !line.Removed && !line.Good && f.IsAllCaps && f.Words is >= 7 and <= 25 && !f.EndsSentence &&
                f.FirstColon < 0 && f.Last is not (':' or ',' or ';') && !HeadsNextParagraph(text, segments, lines, i))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Headlines);
            }
        }
    }

    /// <summary>
    /// A word that tells what a line is about, for comparing two lines' subjects: five letters or more, not a number,
    /// not a stopword of any supported language.
    /// </summary>
    private static bool IsTopicWord(in LineWords.Word word) =>
        !word.IsNumber && word.Text.Length >= 5 && !word.Is(WordClass.AnyStopword);

    /// <summary>
    /// "PROIEZIONI RAI SENATO, FDI 25,7%, PD 19,3%" over "Secondo le proiezioni … per Rai e relative al Senato, Fratelli
    /// d'Italia risulta al 25,7% …": a live blog's upper-case heading over its own update. Two of its words of five
    /// characters or more (not stopwords) recur in the paragraph directly under it; another story's headline between two
    /// paragraphs does not speak of the next one.
    /// </summary>
    private static bool HeadsNextParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int index)
    {
        int next = NextKept(lines, index);
        if (next < 0 || !lines[next].Good)
        {
            return false;
        }

        ReadOnlySpan<char> paragraph = LineText(text, segments, next);
        int shared = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(LineText(text, segments, index), buffer))
        {
            if (IsTopicWord(word) &&
                paragraph.Contains(word.Text, StringComparison.OrdinalIgnoreCase) && ++shared >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "1. Startseite" / "2. Politik" / headline, "• Tennis" / "• Darts" / "• Alle Sportarten" / headline: a list of short
    /// items (five words at most, no sentence end) as the first kept lines of the page is the site's menu or breadcrumb.
    /// Numbered items count from 1 (two are enough); bulleted ones need three. A short line above the list (the site's
    /// name) goes with it. A list further down, or one whose items are sentences, is the article's.
    /// </summary>
    private static void RemoveTopMenu(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int first = NextKept(lines, -1);
        if (first < 0)
        {
            return;
        }

        // The list may start on the first kept line, or on the second under a short masthead.
        for (int start = first, attempt = 0; start >= 0 && attempt < 2; start = NextKept(lines, start), attempt++)
        {
            // A masthead is a name, in title case or capitals ("The Example Independent"); a headline in sentence case
            // over a list ("Five tips for winter driving") is the story's own.
            LineFeatures masthead = features[first];
            if (attempt == 1 && (masthead.Words > 5 || masthead.EndsSentence || lines[first].Good || !(masthead.IsTitleCase || masthead.IsAllCaps)))
            {
                return;
            }

            int items = 0;
            int wordy = 0;
            int last = -1;
            bool numbered = false;
            for (int j = start; j >= 0; j = NextKept(lines, j))
            {
                int ordinal = MenuItemOrdinal(LineText(text, segments, j), features[j]);
                if (ordinal < 0 || items == 0 && ordinal > 1 || items > 0 && (ordinal > 0) != numbered ||
                    numbered && ordinal != items + 1)
                {
                    break;
                }

                numbered = ordinal > 0;
                items++;
                wordy += features[j].Stopwords > 0 ? 1 : 0;
                last = j;
            }

            // Menu items are names ("Sport", "Food & Drink", "Real Estate"); a list whose items mostly hold stopwords
            // ("Keep your distance", "Check your tyres") is the story's own points.
            if ((items >= 3 || numbered && items >= 2) && wordy * 3 <= items)
            {
                // The article must follow: a clearly-body line after the list.
                bool article = false;
                for (int j = NextKept(lines, last); j >= 0 && !article; j = NextKept(lines, j))
                {
                    article = lines[j].Good;
                }

                if (!article)
                {
                    return;
                }

                for (int j = first; j >= 0 && j <= last; j = NextKept(lines, j))
                {
                    lines[j].Removed = true;
                    lines[j].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, TopMenu);
                }

                return;
            }
        }
    }

    /// <summary>
    /// A menu item: a bullet ('•', '·', '-', '*', '▪', '►') or a number and a full stop, then one to five words (or a
    /// separator such as "//"), no sentence end. Returns 0 for a bulleted item, its number for a numbered one, -1 otherwise.
    /// </summary>
    private static int MenuItemOrdinal(ReadOnlySpan<char> line, in LineFeatures f)
    {
        if (line.Length is < 2 or > 48 || f.Words > 5 || f.Last is '.' or '!' or ':' or ',' or ';')
        {
            return -1;
        }

        int ordinal = 0;
        ReadOnlySpan<char> rest;
        if (line[0] is '•' or '·' or '-' or '*' or '▪' or '►' or '–' && line[1] == ' ')
        {
            rest = line[2..];
        }
        else
        {
            int dot = line.IndexOf(". ");
            if (dot is <= 0 or > 2 || line[..dot].ContainsAnyExceptInRange('0', '9'))
            {
                return -1;
            }

            ordinal = int.Parse(line[..dot], System.Globalization.CultureInfo.InvariantCulture);
            if (ordinal == 0)
            {
                return -1;
            }

            rest = line[(dot + 2)..];
        }

        rest = rest.Trim();
        return !rest.IsEmpty && rest.Count(' ') <= 4 ? ordinal : -1;
    }

    /// <summary>
    /// Lists of other stories whose teasers the page cut off with an ellipsis: three such lines or more (eight words or
    /// more each: a short line trailing off is a quotation or dialogue), with at most two
    /// kept lines between one and the next, none of them clearly body unless cut off too. The lines between (the teasers'
    /// headlines) and a short headline-shaped line just above the first teaser go with them. Above the article's first
    /// paragraph the first cut-off line stays (an aggregator's page cuts the article's own lead the same way).
    /// </summary>
    private static void RemoveTeaserRuns(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        int gap = 0;
        bool seenGood = false;
        for (int i = NextKept(lines, -1); ; i = NextKept(lines, i))
        {
            // A teaser is a sentence or two; a short line trailing off ("And then…") is a quotation or dialogue.
            bool cut = i >= 0 && features[i].Words >= 8 && IsCutOff(text, segments, i);
            if (i >= 0 && runStart < 0 && !cut && lines[i].Good)
            {
                seenGood = true;
            }

            if (cut)
            {
                runStart = runStart < 0 ? i : runStart;
                runEnd = i;
                count++;
                gap = 0;
                continue;
            }

            bool ends = i < 0 || lines[i].Good || ++gap > 2;
            if (!ends || runStart < 0)
            {
                if (i < 0)
                {
                    return;
                }

                continue;
            }

            if (count >= 3)
            {
                // Above the article's first paragraph, the first cut-off line may be the article's own lead, cut off by an
                // aggregator under its headline and byline: the list starts after it.
                int from = runStart;
                int above = PreviousKept(lines, runStart);
                if (!seenGood)
                {
                    from = NextKept(lines, runStart);
                }
                else if (above >= 0 && !lines[above].Good && !features[above].EndsSentence && features[above].Words is >= 2 and <= 20)
                {
                    from = above;
                }

                for (int j = from; j >= 0 && j <= runEnd; j = NextKept(lines, j))
                {
                    lines[j].Removed = true;
                    lines[j].Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Teasers);
                }
            }

            runStart = -1;
            count = 0;
            gap = 0;
            if (i < 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// "Local News" over "Council votes to cut library budget" over the story: the first kept line of the page, one or two
    /// words (three in capitals) with no digit and no sentence end, directly above a headline-shaped line that a
    /// clearly-body line follows, is the section the page files the story under. The article's own headline is the
    /// line under it; a one- or two-word headline is rare, and then it stands over a standfirst that ends like a
    /// sentence, not over another headline. The headline may be in title case ("Fire Dept. Wants Friends, Followers,
    /// Tweets") when it has four words or more, the label may open with a guillemet ("» Polícia"), and a standfirst
    /// (six words or more) or a kept label (a byline) may stand between the headline and the first paragraph. A kicker
    /// over the headline with a one-word section under it ("Rettung behindert" / headline / "Ausland") is not this shape.
    /// </summary>
    private static void RemoveSectionLabel(
        ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        int first = NextKept(lines, -1);
        if (first < 0)
        {
            return;
        }

        LineFeatures f = features[first];
        bool label = f.Words is 1 or 2 || f.Words == 3 && f.IsAllCaps;
        if (!label || f.Digits > 0 || f.EndsSentence || f.Last is ':' or ',' or ';' ||
            !(char.IsUpper(f.First) || f.First is '»' or '›') || lines[first].Good || lines[first].Verdict.Score > 0f)
        {
            return;
        }

        // A lone date under the label is passed over: the edge pass removes it later ("Civic Register" / "| 11.11.20" /
        // headline), and cleaning the output again must find the same label.
        int headline = NextKeptPastStamps(lines, first, threshold, removable);
        if (headline < 0 || !IsHeadlineShaped(features[headline], lines[headline]) && !IsTitleCaseHeadline(features[headline], lines[headline]))
        {
            return;
        }

        // The first paragraph, past a standfirst and a byline at most.
        int body = NextKeptPastStamps(lines, headline, threshold, removable);
        for (int skipped = 0; body >= 0 && !lines[body].Good && skipped < 2; skipped++)
        {
            if (!IsLabel(lines[body], threshold) && !(features[body].Words >= 6 && features[body].Length <= 400))
            {
                return;
            }

            body = NextKeptPastStamps(lines, body, threshold, removable);
        }

        if (body < 0 || !lines[body].Good)
        {
            return;
        }

        lines[first].Removed = true;
        lines[first].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, SectionLabel);
    }

    /// <summary>
    /// A headline in title case: four to twenty words, every one capitalised, not all in capitals, no sentence end, no
    /// link or handle. (A menu of capitalised items looks the same; above an article's first paragraph it is residue too.)
    /// </summary>
    private static bool IsTitleCaseHeadline(in LineFeatures f, in LineDecision line) =>
        !line.Good && f.Words is >= 4 and <= 20 && f.Length <= 160 && !f.EndsSentence && f.Last is not (':' or ',' or ';') &&
        f.CapitalizedWords == f.Words && !f.IsAllCaps && f.Letters - f.UpperLetters >= 8 &&
        !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash);

    /// <summary>
    /// "measles" over "Image credit: CDC", "Martha Lou's Kitchen" over "Martha Lou's Kitchen/Facebook": a short line (six
    /// words at most, no sentence end) directly beside a line a caption rule removed is the picture's alternative text
    /// when it opens in lower case, or its title when the caption opens with the same words. A subheading of the article
    /// beside a picture's caption is neither: it opens with a capital, and the caption does not repeat it ("Acidente"
    /// under "Quatro veículos envolvidos no acidente (Foto: …)" stays).
    /// </summary>
    private static void RemoveCaptionText(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (line.Skipped || line.Removed || line.Good || f.Words is 0 or > 6 || f.EndsSentence || f.Length > 60 ||
                f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash))
            {
                continue;
            }

            int caption = -1;
            int before = PreviousContent(lines, i);
            int after = NextContent(lines, i);
            if (before >= 0 && IsRemovedCaption(lines[before]))
            {
                caption = before;
            }
            else if (after >= 0 && IsRemovedCaption(lines[after]))
            {
                caption = after;
            }

            if (caption < 0)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i);
            if (char.IsLower(f.First) || LineText(text, segments, caption).StartsWith(own.TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionText);
            }
        }
    }

    /// <summary>
    /// "Emergency personnel carry a woman from a rescue boat in Houston." over "(Jane Doe / Associated Press)": a line
    /// directly beside a removed credit (ten words at most) that is one sentence describing the picture: a caption verb
    /// in lower case among its first ten words after the first ("speaks", "waves", "inspects", "makes his way"), at least
    /// three capitalised words (the subject and a name or place), a full stop, no sentence end inside, no quotation, no
    /// reporting verb, no link. The article's paragraph beside a picture is past tense ("returned", "won"), reports
    /// ("says"), quotes or runs to several sentences, and stays; so does a headline (no full stop).
    /// </summary>
    private static void RemoveCaptionDescriptions(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (line.Skipped || line.Removed || line.Unclassified || f.Words is < 6 or > 60 || f.Length is < 40 or > 320 ||
                f.Last != '.' || f.CapitalizedWords < 3 || !char.IsUpper(f.First) ||
                f.Has(LineMarks.Quote | LineMarks.Url | LineMarks.At | LineMarks.Hash) || f.Has(WordClass.Reporting))
            {
                continue;
            }

            int before = PreviousContent(lines, i);
            int after = NextContent(lines, i);
            bool credit = before >= 0 && IsRemovedCredit(lines[before], features[before]) ||
                          after >= 0 && IsRemovedCredit(lines[after], features[after]);
            if (!credit)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i);
            if (FeatureExtractor.HasInnerSentenceEnd(own) || FeatureExtractor.OpensQuotedSentence(own, f) || !DescribesPicture(own))
            {
                continue;
            }

            line.Removed = true;
            line.Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionDescription);
        }
    }

    private static bool IsRemovedCredit(in LineDecision line, in LineFeatures features) =>
        IsRemovedCaption(line) && line.Verdict.Score >= 0.8f && features.Words <= 10;

    /// <summary>
    /// Whether a picture desk's verb describes the scene in the first ten words: a caption verb in lower case after the
    /// first word ("A woman waves …", "Rhys makes his way …"); the first word would be an imperative ("Watch …").
    /// </summary>
    private static bool DescribesPicture(ReadOnlySpan<char> line)
    {
        int index = 0;
        bool makes = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            if (index > 0 && !word.IsCapitalized)
            {
                if (word.Is(WordClass.CaptionVerb))
                {
                    return true;
                }

                if (makes && word.Text is "his" or "her" or "its" or "their")
                {
                    ReadOnlySpan<char> rest = line[(word.Start + word.Text.Length)..].TrimStart();
                    if (rest.StartsWith("way ", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                makes = word.Text is "makes" or "make";
            }

            if (++index >= 10)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "L'adjointe au maire … a inauguré ce nouvel espace." then "L'adjointe au maire … a inauguré ce nouvel espace.
    /// SEBASTIEN HERVIER": two lines in a row of which one repeats the other whole with a few words more (eight at most) at
    /// its start or end, when those words are a credit (the next line has a caption verdict, or they are a name in capitals, or hold
    /// a picture word). A standfirst repeated as the start of the first paragraph has a whole paragraph more, and stays.
    /// </summary>
    private static void RemoveCaptionCopies(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped || lines[i].Removed || features[i].Words < 4 || features[i].Length > 400)
            {
                continue;
            }

            int j = NextContent(lines, i);
            if (j < 0 || lines[j].Removed && lines[j].Verdict.Rule is not { Kind: ResidueKind.Caption })
            {
                continue;
            }

            // The copy with the credit may come first or second.
            ReadOnlySpan<char> own = LineText(text, segments, i).TrimEnd();
            ReadOnlySpan<char> copy = LineText(text, segments, j).TrimEnd();
            int longer = j;
            if (own.Length > copy.Length)
            {
                ReadOnlySpan<char> swap = copy;
                copy = own;
                own = swap;
                longer = i;
            }

            if (copy.Length <= own.Length + 3 || own.Length < 20)
            {
                continue;
            }

            ReadOnlySpan<char> rest;
            bool after;
            if (copy.StartsWith(own, StringComparison.Ordinal))
            {
                rest = copy[own.Length..];
                after = true;
            }
            else if (copy.EndsWith(own, StringComparison.Ordinal))
            {
                rest = copy[..^own.Length];
                after = false;
            }
            else if (copy.IndexOf(own, StringComparison.Ordinal) is > 0 and var at && IsDateStamp(copy[..at]))
            {
                // "July 31, 2013 A woman waves … Nasr City area. … Jane Doe/European Pressphoto Agency": the copy
                // opens with the picture's date and closes with the credit.
                rest = copy[(at + own.Length)..];
                after = true;
            }
            else
            {
                continue;
            }

            bool captionVerdict = lines[longer].Verdict.Rule is { Kind: ResidueKind.Caption } && lines[longer].Verdict.Score >= 0.5f;
            // A name in capitals after a line that is no sentence is a site's name after a headline ("… - FOX NEWS").
            int shorter = longer == i ? j : i;
            if (!IsCredit(rest, captionVerdict, after && features[shorter].EndsSentence))
            {
                continue;
            }

            for (int k = i; k <= j; k += j - i)
            {
                if (!lines[k].Removed)
                {
                    lines[k].Removed = true;
                    lines[k].Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionCopy);
                }
            }
        }
    }

    /// <summary>
    /// Whether the words a caption's second copy adds are its credit: eight words at most, and either the copy already has
    /// a caption verdict, or the words hold a picture word, or they follow the caption and are a name in capitals
    /// ("SEBASTIEN HERVIER", two words or more). Capitals before the text are a dateline ("NEW YORK (AP) — At least
    /// 420,000 households …" repeating the standfirst is the article's first paragraph), and so is an agency in brackets.
    /// </summary>
    private static bool IsCredit(ReadOnlySpan<char> rest, bool captionVerdict, bool after)
    {
        if (rest.IndexOfAny('(', '—', '–') >= 0 && !after)
        {
            return false;
        }

        int words = 0;
        int upper = 0;
        bool picture = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(rest, buffer))
        {
            words++;
            picture |= word.Is(WordClass.Picture);
            if (word.Text.Length >= 2 && IsUpperWord(word.Text))
            {
                upper++;
            }
        }

        return words is > 0 and <= 8 && (captionVerdict || picture || after && upper >= 2 && upper == words);
    }

    /// <summary>A date with a year and nothing else, four words at most: "July 31, 2013 ", "31.07.2013 ".</summary>
    private static bool IsDateStamp(ReadOnlySpan<char> prefix)
    {
        ReadOnlySpan<char> trimmed = prefix.Trim();
        if (trimmed.Length is < 4 or > 24 || trimmed.Count(' ') > 3 || !char.IsLetterOrDigit(trimmed[0]))
        {
            return false;
        }

        int run = 0;
        bool year = false;
        foreach (char c in trimmed)
        {
            if (c is '(' or ')' or '—' or '–' or '-' && run == 0)
            {
                return false;
            }

            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            year |= run == 4;
        }

        return year;
    }

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "30. Argentine Patagonia" / "Argentine Patagonia" / "Argentine Patagonia": two identical kept lines in a row (eight
    /// words at most, no sentence end) whose text closes the kept line just above them (a list item's heading) are the
    /// picture's alternative text and caption. A heading repeated once stays (a standfirst may open with it).
    /// </summary>
    private static void RemoveEchoedAltText(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            LineFeatures f = features[i];
            if (lines[i].Skipped || lines[i].Removed || f.Words is 0 or > 8 || f.EndsSentence)
            {
                continue;
            }

            int twin = NextKept(lines, i);
            int heading = PreviousKept(lines, i);
            if (twin < 0 || heading < 0)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i).TrimEnd();
            ReadOnlySpan<char> above = LineText(text, segments, heading).TrimEnd();
            if (!LineText(text, segments, twin).TrimEnd().SequenceEqual(own) || above.Length <= own.Length ||
                !above.EndsWith(own, StringComparison.Ordinal) || above[^(own.Length + 1)] is not (' ' or '.'))
            {
                continue;
            }

            for (int k = i; k <= twin; k += twin - i)
            {
                lines[k].Removed = true;
                lines[k].Verdict = new Verdict(ResidueKind.Caption, 0.6f, AltText);
            }
        }
    }

    private static bool IsRemovedCaption(in LineDecision line) =>
        line.Removed && line.Verdict.Rule is { Kind: ResidueKind.Caption };

    private static int PreviousContent(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index - 1; j >= 0; j--)
        {
            if (!lines[j].Skipped)
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextContent(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped)
            {
                return j;
            }
        }

        return -1;
    }
}
