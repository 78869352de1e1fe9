using System;
using System.Runtime.InteropServices;

namespace Cleaner;

/// <summary>Special characters and markers found on a line (see <see cref="LineFeatures.Marks"/>).</summary>
[Flags]
public enum LineMarks : uint
{
    /// <summary>None of the marks below.</summary>
    None = 0,

    /// <summary>A degree sign (°), as in weather widgets.</summary>
    Degree = 1 << 0,

    /// <summary>A vertical bar (|), as in menus and title bars.</summary>
    Pipe = 1 << 1,

    /// <summary>A guillemet or angle quote (« » ‹ ›).</summary>
    Guillemet = 1 << 2,

    /// <summary>A bullet (• · ▪ ►).</summary>
    Bullet = 1 << 3,

    /// <summary>A copyright or trademark sign (© ® ™).</summary>
    Copyright = 1 << 4,

    /// <summary>An at sign (@), as in handles and addresses.</summary>
    At = 1 << 5,

    /// <summary>A hash sign (#), as in hashtags.</summary>
    Hash = 1 << 6,

    /// <summary>A URL ("://" or "www.").</summary>
    Url = 1 << 7,

    /// <summary>A square bracket.</summary>
    Bracket = 1 << 8,

    /// <summary>A parenthesis.</summary>
    Parenthesis = 1 << 9,

    /// <summary>A colon.</summary>
    Colon = 1 << 10,

    /// <summary>A quotation mark (" “ ” „).</summary>
    Quote = 1 << 11,

    /// <summary>A slash.</summary>
    Slash = 1 << 12,

    /// <summary>A percent sign.</summary>
    Percent = 1 << 13,

    /// <summary>A currency sign ($ € £ ¥).</summary>
    Currency = 1 << 14,

    /// <summary>An arrow or chevron used as a link marker (→ › » &gt;).</summary>
    Arrow = 1 << 15,

    /// <summary>An en or em dash.</summary>
    Dash = 1 << 16,

    /// <summary>A word with an upper-case letter after a lower-case one inside it ("wxIcon", "iPhone").</summary>
    InnerCapital = 1 << 17,

    /// <summary>A clock time such as "10:31" or a duration such as "1:23".</summary>
    ClockTime = 1 << 18,

    /// <summary>A plus or minus sign next to a digit ("+0.5", "−12").</summary>
    SignedNumber = 1 << 19,
}

/// <summary>
/// Features of one line, computed in a single pass over its characters. Counts saturate at <see cref="ushort.MaxValue"/>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public struct LineFeatures
{
    internal int _length;
    internal ushort _words;
    internal ushort _stopwords;
    internal ushort _capitalizedWords;
    internal ushort _upperCaseWords;
    internal ushort _numericWords;
    internal ushort _calendarWords;
    internal ushort _clockWords;
    internal int _letters;
    internal int _upperLetters;
    internal int _digits;
    internal int _firstColon;
    internal LineMarks _marks;
    internal Features.WordClass _classes;
    internal char _first;
    internal char _last;
    internal bool _endsSentence;

    /// <summary>Length of the line with white space trimmed from both ends.</summary>
    public readonly int Length => _length;

    /// <summary>Number of words (runs of letters and digits).</summary>
    public readonly int Words => _words;

    /// <summary>Number of words that are stopwords of the document's language.</summary>
    public readonly int Stopwords => _stopwords;

    /// <summary>Stopwords per word, 0 to 1: high for prose, low for menus, names and headlines.</summary>
    public readonly float StopwordDensity => _words == 0 ? 0f : (float)_stopwords / _words;

    /// <summary>Number of words starting with an upper-case letter.</summary>
    public readonly int CapitalizedWords => _capitalizedWords;

    /// <summary>Number of words of two or more letters written all in upper case.</summary>
    public readonly int UpperCaseWords => _upperCaseWords;

    /// <summary>Number of words made only of digits.</summary>
    public readonly int NumericWords => _numericWords;

    /// <summary>Number of month and weekday names or abbreviations, in any supported language.</summary>
    public readonly int CalendarWords => _calendarWords;

    /// <summary>Number of time words (am, pm, GMT, ago, updated, posted) in any supported language.</summary>
    public readonly int ClockWords => _clockWords;

    /// <summary>Number of letters.</summary>
    public readonly int Letters => _letters;

    /// <summary>Number of upper-case letters.</summary>
    public readonly int UpperLetters => _upperLetters;

    /// <summary>Number of decimal digits.</summary>
    public readonly int Digits => _digits;

    /// <summary>Offset of the first colon in the trimmed line, or -1.</summary>
    public readonly int FirstColon => _firstColon;

    /// <summary>Special characters and markers found on the line.</summary>
    public readonly LineMarks Marks => _marks;

    /// <summary>First non-space character, or '\0' for a blank line.</summary>
    public readonly char First => _first;

    /// <summary>Last non-space character, or '\0' for a blank line.</summary>
    public readonly char Last => _last;

    /// <summary>Whether the line ends like a sentence: . ! ? … possibly followed by closing quotes or brackets.</summary>
    public readonly bool EndsSentence => _endsSentence;

    /// <summary>Whether every letter is upper case (and there are at least two).</summary>
    public readonly bool IsAllCaps => _letters >= 2 && _upperLetters == _letters;

    /// <summary>Whether most words are capitalised, as in headline or menu case.</summary>
    public readonly bool IsTitleCase => _words >= 2 && _capitalizedWords * 10 >= (_words - _stopwords) * 7 && _capitalizedWords >= 2;

    /// <summary>The vocabularies the line's words belong to.</summary>
    internal readonly Features.WordClass Classes => _classes;

    /// <summary>Whether the line has any word of the given vocabularies.</summary>
    internal readonly bool Has(Features.WordClass classes) => (_classes & classes) != 0;

    /// <summary>Whether the line has any of the given marks.</summary>
    public readonly bool Has(LineMarks marks) => (_marks & marks) != 0;
}
