using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A section label ("Local News") as the first line, over the headline and the article.
/// </summary>
internal static class SectionLabelRule
{
    /// <summary>A section label standing above the article's headline at the top of the page.</summary>
    public static readonly ResidueRule SectionLabel = new("context.section-label", ResidueKind.None,
        "A section or desk label above the headline at the top of the page ('Local News', 'POLÍCIA', 'Ausland').");

    /// <summary>A lone word at the top of the page, above the article.</summary>
    public static readonly ResidueRule TopWord = new("context.top-word", ResidueKind.None,
        "A line of one word at the very top of the page, above the article: a section, a menu item or the site's name " +
        "('Cronaca', 'Concerts', 'Basisteam', 'Tag').");

    /// <summary>The longest lone word taken for a label at the top.</summary>
    private const int MaxTopWordLength = 24;

    /// <summary>
    /// "Cronaca", "Concerts", "Basisteam", "Tag", "&lt;" as the first lines of the page: a line of one word (or a mark)
    /// with no digit and no sentence end, above the article's first clearly-body line, is a section, a menu item or the
    /// site's name: a headline has more words. Lines of one word in a row at the top all go. A word in a script without
    /// spaces (Chinese, Japanese) may be a whole headline or paragraph, and stays.
    /// </summary>
    internal static void RemoveTopWords(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        RemoveOneWordLines(text, segments, features, lines);
        RemoveDeskLabel(text, segments, features, lines);
        RemoveHeadLabel(text, segments, features, lines);
    }

    /// <summary>A lone word next to the article's headline, above its first paragraph.</summary>
    public static readonly ResidueRule HeadLabel = new("context.head-label", ResidueKind.None,
        "A line of one word (a capital, then small letters) directly above the article's headline, with no clearly-body " +
        "line above it: the section the page files the story under ('Justiz', 'News').");

    /// <summary>
    /// "Filtered By: Topstories" / "News" / "Classes in Metro Manila not suspended despite typhoon" / the story: in the
    /// page's head (no clearly-body line above), a line of one word with no digit, no sentence end and no mark, a capital
    /// and then small letters, is the story's section when the article's headline stands directly under it (a line of
    /// four words or more, not clearly body and not cut off, over the first paragraph within three lines). The head's
    /// other chrome kept above it does not change that; the first line of the page is the top-word rule's. A word in
    /// capitals ("WASHINGTON") may be the story's dateline, and a word between a headline and a paragraph a one-word
    /// byline ("Redazione") or the report's own subheading ("Fragestunde"): both stay.
    /// </summary>
    private static void RemoveHeadLabel(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int previous = -1;
        for (int i = NextKept(lines, -1); i >= 0 && !lines[i].Good; previous = i, i = NextKept(lines, i))
        {
            if (previous < 0 || !IsLabelWord(LineText(text, segments, i), features[i]) || lines[i].Verdict.Score > 0f)
            {
                continue;
            }

            int next = NextKept(lines, i);
            if (next < 0)
            {
                return;
            }

            if (IsHeadline(text, segments, features, lines, next) && BodyWithin(lines, next, 3))
            {
                lines[i].Removed = true;
                lines[i].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, HeadLabel);
                return;
            }
        }
    }

    /// <summary>One word of three letters or more, a capital then small letters only, no digit or mark.</summary>
    private static bool IsLabelWord(ReadOnlySpan<char> line, in LineFeatures f)
    {
        line = line.TrimEnd();
        if (f.Words != 1 || f.Digits > 0 || line.Length is < 3 or > MaxTopWordLength || !char.IsUpper(line[0]) || !IsSpacedScript(line))
        {
            return false;
        }

        foreach (char c in line[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A headline: four to twenty words, not clearly body, no full stop at its end, not cut off, no link.</summary>
    private static bool IsHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int index)
    {
        LineFeatures f = features[index];
        return !lines[index].Good && f.Words is >= 4 and <= 20 && f.Last is not ('.' or ':' or ',' or ';') && char.IsUpper(f.First) &&
               !IsCutOff(text, segments, index) && !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash);
    }

    /// <summary>Whether a clearly-body line that is not cut off comes within <paramref name="count"/> kept lines after <paramref name="index"/>.</summary>
    private static bool BodyWithin(ReadOnlySpan<LineDecision> lines, int index, int count)
    {
        int j = index;
        for (int n = 0; n < count; n++)
        {
            j = NextKept(lines, j);
            if (j < 0)
            {
                return false;
            }

            if (lines[j].Good)
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveOneWordLines(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int last = -1;
        int i = NextKept(lines, -1);
        for (; i >= 0; i = NextKept(lines, i))
        {
            LineFeatures f = features[i];
            if (f.Words > 1 || f.Length > MaxTopWordLength || f.Digits > 0 || f.EndsSentence || lines[i].Good ||
                !IsSpacedScript(LineText(text, segments, i)) || IsRatedTitle(LineText(text, segments, i)) ||
                IsSalutation(features, lines, i))
            {
                break;
            }

            last = i;
        }

        // The article must follow: its first clearly-body line.
        bool article = false;
        for (int j = i; j >= 0 && !article; j = NextKept(lines, j))
        {
            article = lines[j].Good;
        }

        if (last < 0 || !article || IsOneWordHeadline(text, segments, features, lines, last) ||
            HasSubheadingsLike(text, segments, features, lines, last) ||
            BodyLayout.IsNamedByArticle(text, segments, lines, last))
        {
            return;
        }

        for (int j = NextKept(lines, -1); j >= 0 && j <= last; j = NextKept(lines, j))
        {
            lines[j].Removed = true;
            lines[j].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, TopWord);
        }
    }

    /// <summary>
    /// "Brexit" over "The prime minister's plan was defeated by 230 votes on Tuesday night.": a plain word (a capital,
    /// then small letters), alone at the top with nothing removed above or below it, directly over a line that ends like
    /// a sentence, may be a one-word headline over its standfirst or first paragraph. A site's name ("StrettoWeb"), a
    /// mark ("&lt;") or a word under a removed menu line is not.
    /// </summary>
    private static bool IsOneWordHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int word)
    {
        // A date under the headline ("Sturmschäden" / "28.02.2020 00:59" / the report) is the headline's own stamp.
        int next = NextContent(lines, word);
        while (next >= 0 && lines[next].Removed && lines[next].Verdict.Kind == ResidueKind.Timestamp)
        {
            next = NextContent(lines, next);
        }

        if (PreviousContent(lines, word) >= 0 || next < 0 || lines[next].Removed || !features[next].EndsSentence)
        {
            return false;
        }

        ReadOnlySpan<char> line = LineText(text, segments, word).TrimEnd();
        if (line.Length < 2 || !char.IsUpper(line[0]))
        {
            return false;
        }

        foreach (char c in line[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A desk's name ("Utah News", "Actualités météo") as the first line, over the headline and the article.</summary>
    public static readonly ResidueRule DeskLabel = new("context.desk-label", ResidueKind.None,
        "A desk's name of two to four words opening or closing with 'News' in the seven languages ('South Africa News', " +
        "'Actualités météo', 'Nieuws Regio') as the first kept line, over a headline and the article.");

    private static readonly string[] NewsWords =
        ["news", "nachrichten", "meldungen", "actualités", "actualité", "infos", "noticias", "notizie", "notícias", "nieuws", "berichten"];

    /// <summary>How many kept lines may stand between a desk's name and the article's first paragraph.</summary>
    private const int MaxLinesUnderDesk = 4;

    /// <summary>
    /// "South Africa News" over "Joburg gets a break from load shedding" over the story; "Mobile Phone News", "Utah News",
    /// "Actualités météo": the first kept line of the page, two to four words with no digit and no sentence end, every
    /// word capitalised and none a stopword or a conjunction ("News and Publications" titles a listing of its own), the
    /// first or the last word a word for news in the seven languages, is the desk
    /// the page files the story under, when a line that is not clearly body (the headline) stands under it and the
    /// article's first paragraph follows within four lines. A headline about news ("Bad News for Farmers") has a word
    /// after "News" or stands over its standfirst, not over another headline.
    /// </summary>
    private static void RemoveDeskLabel(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int first = NextKept(lines, -1);
        if (first < 0)
        {
            return;
        }

        LineFeatures f = features[first];
        if (f.Words is < 2 or > 4 || f.Digits > 0 || f.EndsSentence || f.Last is ':' or ',' or ';' || !char.IsUpper(f.First) ||
            lines[first].Good || lines[first].Verdict.Score > 0f || !IsDeskName(LineText(text, segments, first)))
        {
            return;
        }

        int headline = NextKept(lines, first);
        if (headline < 0 || lines[headline].Good || features[headline].EndsSentence)
        {
            return;
        }

        int body = headline;
        for (int n = 0; n < MaxLinesUnderDesk && body >= 0 && !lines[body].Good; n++)
        {
            body = NextKept(lines, body);
        }

        if (body < 0 || !lines[body].Good || IsCutOff(text, segments, body))
        {
            return;
        }

        lines[first].Removed = true;
        lines[first].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, DeskLabel);
    }

    /// <summary>
    /// Whether a short line's first or last word means news and every other word is capitalised (the second of two may be
    /// in small letters: "Actualités météo") and none is a stopword.
    /// </summary>
    private static bool IsDeskName(ReadOnlySpan<char> line)
    {
        bool news = false;
        int index = 0;
        int count = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            count++;
        }

        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            bool edge = index == 0 || index == count - 1;
            index++;
            if (edge && SpanWords.IsOneOf(word.Text, NewsWords))
            {
                news = true;
                continue;
            }

            // "News and Publications", "News & Events": a listing's own title, joined by a conjunction, heads its items.
            if (word.IsNumber || word.Is(WordClass.AnyStopword) || !char.IsUpper(word.Text[0]) && !(index == 2 && count == 2))
            {
                return false;
            }
        }

        return news;
    }

    /// <summary>"Melancholia ****", "Dune ★★★★☆": a title closed by a star rating heads a review; no menu item is rated.</summary>
    private static bool IsRatedTitle(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> rest = line.TrimEnd();
        int stars = 0;
        while (rest.Length > 0 && rest[^1] is '*' or '★' or '☆' or '½')
        {
            stars++;
            rest = rest[..^1];
        }

        return stars >= 2;
    }

    /// <summary>
    /// "Editor:" or "Sir," directly over the first paragraph, nothing removed between: a letter's salutation, which
    /// opens the text under it. A label of the page stands over a headline, or over more of the page's chrome.
    /// </summary>
    private static bool IsSalutation(ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int index)
    {
        int next = NextContent(lines, index);
        return features[index].Last is ':' or ',' && next >= 0 && !lines[next].Removed && lines[next].Good;
    }

    /// <summary>
    /// "ANTRIM" over a story, and further down "ARMAGH" over the next: a roundup whose stories are headed by the name of a
    /// place in one word in capitals. When the word at the top is in capitals and a kept line of one word in capitals
    /// stands between two clearly-body lines further down, the word at the top is the first of those subheadings, not a
    /// section label. (A word in small letters is not asked: articles have one-word subheadings such as "Seuils" under a
    /// section label such as "Élections".)
    /// </summary>
    private static bool HasSubheadingsLike(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int word)
    {
        if (!features[word].IsAllCaps)
        {
            return false;
        }

        for (int i = NextKept(lines, word); i >= 0; i = NextKept(lines, i))
        {
            LineFeatures f = features[i];
            if (f.Words != 1 || f.Digits > 0 || f.EndsSentence || lines[i].Good || !f.IsAllCaps ||
                LineText(text, segments, i).TrimEnd().Length < 3)
            {
                continue;
            }

            if (IsBetweenBodyLines(lines, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every letter of the line is of a script that separates its words with spaces (below U+0530).</summary>
    private static bool IsSpacedScript(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (c >= '\u0530' && char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
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
    internal static void RemoveSectionLabel(
        ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        // A lone date over the label is passed over as under it: the edge pass removes it later ("Sunday, May 29, 2022"
        // / "Smartphone news" / headline), and cleaning the output, where the label is the first line, must find it too.
        int first = NextKeptPastStamps(lines, -1, threshold, removable);
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
}
