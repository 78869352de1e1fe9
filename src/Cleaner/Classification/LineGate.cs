using Cleaner.Features;

namespace Cleaner.Classification;

/// <summary>
/// What a built-in classifier declares about the lines it can ever return a verdict for, so that the pipeline asks it
/// about no other line (see <see cref="ClassifierGates"/>). A line passes the gate when any of these holds:
/// <list type="bullet">
/// <item>one of the classifier's <see cref="PhraseSet"/>s may match it. This part is derived, not declared: every
/// <see cref="PhraseSet"/> field of the classifier (static or not) is read when the pipeline is built, so phrases added
/// to a set, or a new set, open the gate by themselves (a set held in another class, which the classifier's fields do
/// not reach, is not seen: keep a classifier's sets in its own fields);</item>
/// <item>the line has a word of <see cref="Words"/>, a mark of <see cref="Marks"/>, a digit (<see cref="Digits"/>), a
/// number of words in upper case (<see cref="UpperCaseWords"/>), a colon (<see cref="Colon"/>), no sentence end (<see cref="NotSentence"/>), a character of <see cref="Chars"/>, a
/// first character in <see cref="FirstChars"/> or a last one in <see cref="LastChars"/>, at most <see cref="MaxWords"/>
/// words, or its normalised head's first word is one of <see cref="FirstWords"/> or a number (<see cref="NumberFirst"/>), or its normalised tail's last word
/// one of <see cref="LastWords"/>.</item>
/// </list>
/// <para>
/// <b>For classifier authors:</b> a check that returns a verdict without a phrase set's match (a shape test, a
/// <c>StartsWith</c> on the normalised head, a word list of its own) must be covered by the declared part, or the
/// pipeline never asks the classifier about the lines it was written for. The gate is conservative by design: declare a
/// condition every line the new check accepts meets. The spec tests run every example through the pipeline, and
/// <c>ClassifierGateTests</c> asks every gated classifier about every line of the test corpora with and without its gate
/// and requires the same verdicts, so a check that escapes its gate fails a test.
/// </para>
/// </summary>
internal readonly record struct LineGate
{
    /// <summary>Whether the gate is declared; an undeclared gate passes every line.</summary>
    public bool IsDeclared { get; init; }

    /// <summary>Lines with a word of these vocabularies pass.</summary>
    public WordClass Words { get; init; }

    /// <summary>Lines with any of these marks pass.</summary>
    public LineMarks Marks { get; init; }

    /// <summary>Lines with a decimal digit pass.</summary>
    public bool Digits { get; init; }

    /// <summary>Lines whose normalised head's first word (<see cref="LineKeys.FirstWord"/>) is a number (digits only) pass.</summary>
    public bool NumberFirst { get; init; }

    /// <summary>When positive, <see cref="Digits"/> opens only lines of at most this many words.</summary>
    public int DigitsMaxWords { get; init; }

    /// <summary>
    /// When positive, lines with at least this many words of two or more letters in upper case
    /// (<see cref="LineFeatures.UpperCaseWords"/>) pass.
    /// </summary>
    public int UpperCaseWords { get; init; }

    /// <summary>Lines that do not end like a sentence (<see cref="LineFeatures.EndsSentence"/>) pass.</summary>
    public bool NotSentence { get; init; }

    /// <summary>Lines with a colon (<see cref="LineFeatures.FirstColon"/>) pass.</summary>
    public bool Colon { get; init; }

    /// <summary>Lines holding any of these characters pass (searched only when the gate is still closed).</summary>
    public string? Chars { get; init; }

    /// <summary>Lines whose first character (<see cref="LineFeatures.First"/>) is one of these pass.</summary>
    public string? FirstChars { get; init; }

    /// <summary>Lines whose last character (<see cref="LineFeatures.Last"/>) is one of these pass.</summary>
    public string? LastChars { get; init; }

    /// <summary>
    /// Lines whose normalised head's first word (<see cref="LineKeys.FirstWord"/>) is one of these words (normalised,
    /// separated by spaces) pass: for checks such as <c>context.Normalized.StartsWith("listen to ")</c>.
    /// </summary>
    public string? FirstWords { get; init; }

    /// <summary>When positive, <see cref="LastChars"/> opens only lines of at most this many words.</summary>
    public int LastCharsMaxWords { get; init; }

    /// <summary>
    /// Lines whose normalised tail's last word (<see cref="LineKeys.TailLastWord"/>) is one of these words (normalised,
    /// separated by spaces) pass: for checks such as <c>text.EndsWith("More")</c>.
    /// </summary>
    public string? LastWords { get; init; }

    /// <summary>Lines with at most this many words pass; -1 (or any negative) for none.</summary>
    public int MaxWords { get; init; }

    /// <summary>A gate made of the classifier's phrase sets alone: the classifier returns verdicts only on their matches.</summary>
    public static LineGate Phrases => new() { IsDeclared = true, MaxWords = -1 };
}
