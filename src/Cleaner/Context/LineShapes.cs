using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Text;

namespace Cleaner.Context;

/// <summary>
/// The shapes of a line that several context rules ask about: clearly body, headline-shaped, title case, a topic word.
/// </summary>
internal static class LineShapes
{
    /// <summary>Long enough, full enough of stopwords and ending like a sentence to be article prose.</summary>
    public static bool IsGood(in LineFeatures f) =>
        (f.Words >= 8 && f.StopwordDensity >= 0.2f && (f.EndsSentence || f.Length >= 150)) ||
        (f.Words >= 30 && f.StopwordDensity >= 0.1f);

    internal static bool IsShortUndecided(in LineFeatures f, in LineDecision line) =>
        !line.Removed && !line.Good && !line.Skipped && f.Words <= 6 && f.Length <= 80 && !f.EndsSentence;

    /// <summary>
    /// A line shaped like a headline: five to twenty words, no sentence end and no colon at its end, not clearly body,
    /// starting with a capital (after an optional bullet), and with at least one lower-case word of four letters or
    /// more (so that names, addresses and menus, which are all capitals, do not count).
    /// </summary>
    internal static bool IsHeadlineShaped(in LineFeatures f, in LineDecision line) =>
        !line.Good && f.Words is >= 5 and <= 20 && f.Length <= 160 && !f.EndsSentence && f.Last is not (':' or ',' or ';') &&
        f.Letters - f.UpperLetters >= 4 && f.CapitalizedWords < f.Words && !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash) &&
        (char.IsUpper(f.First) || f.First is '•' or '·' or '▪' or '►' or '-' or '*' or '"' or '“' or '\'' or '‘');

    /// <summary>
    /// An item of a schedule, an agenda or a timeline: a label of a day, a date or a time before a colon near the start
    /// of the line ("Saturday, 10 a.m.: Parade from the fire station", "19.30 Uhr: Konzert im Park", "Jan. 5: Council
    /// approves the budget"). Other stories' headlines carry word labels ("WATCH: …", "Opinion: …"), not times.
    /// </summary>
    internal static bool IsScheduleItem(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        if (colon is <= 0 or > 30)
        {
            return false;
        }

        ReadOnlySpan<char> label = line[..colon];
        if (label.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(label, buffer))
        {
            if (word.Is(WordClass.Calendar | WordClass.Clock))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline in title case: four to twenty words, every one capitalised, not all in capitals, no sentence end, no
    /// link or handle. (A menu of capitalised items looks the same; above an article's first paragraph it is residue too.)
    /// </summary>
    internal static bool IsTitleCaseHeadline(in LineFeatures f, in LineDecision line) =>
        !line.Good && f.Words is >= 4 and <= 20 && f.Length <= 160 && !f.EndsSentence && f.Last is not (':' or ',' or ';') &&
        f.CapitalizedWords == f.Words && !f.IsAllCaps && f.Letters - f.UpperLetters >= 8 &&
        !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash);

    /// <summary>
    /// Whether a line is written in title case as headlines are. Not in German, which capitalises every noun: there a
    /// sentence cut off ("Nach Rücksprache mit der Staatsanwaltschaft ordnete diese die Beziehung eines Unfa") looks so.
    /// </summary>
    internal static bool IsInTitleCase(in LineFeatures features, Language language) =>
        features.IsTitleCase && language != Language.German;

    /// <summary>
    /// Whether every word of the line but stopwords and numbers starts with a capital, as in "Sons Cost Parents More in
    /// the Long Run". Stricter than <see cref="IsInTitleCase"/>, which lets one word in three be lower case: a sentence
    /// cut off after a run of names ("Sheriff John Smith of Polk County said the") has its verb in lower case.
    /// </summary>
    internal static bool IsInStrictTitleCase(ReadOnlySpan<char> line, in LineFeatures features, Language language)
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

    /// <summary>
    /// A word that tells what a line is about, for comparing two lines' subjects: five letters or more, not a number,
    /// not a stopword of any supported language.
    /// </summary>
    internal static bool IsTopicWord(in LineWords.Word word) =>
        !word.IsNumber && word.Text.Length >= 5 && !word.Is(WordClass.AnyStopword);

    /// <summary>Whether the last word of a line is a stopword of any supported language.</summary>
    internal static bool EndsOnStopword(ReadOnlySpan<char> line)
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

    internal static bool IsUpperWord(ReadOnlySpan<char> word)
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
}
