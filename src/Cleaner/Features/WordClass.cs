using System;

namespace Cleaner.Features;

/// <summary>
/// What the lexicon knows about a word: in which languages it is a stopword, and to which residue vocabularies it
/// belongs. A line's features carry the union of its words' classes, so a classifier can tell in one AND whether a
/// line can possibly interest it.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,

    StopEnglish = 1u << 0,
    StopGerman = 1u << 1,
    StopFrench = 1u << 2,
    StopSpanish = 1u << 3,
    StopItalian = 1u << 4,
    StopPortuguese = 1u << 5,
    StopDutch = 1u << 6,
    AnyStopword = StopEnglish | StopGerman | StopFrench | StopSpanish | StopItalian | StopPortuguese | StopDutch,

    /// <summary>Month and weekday names and abbreviations.</summary>
    Calendar = 1u << 7,

    /// <summary>Time words: am, pm, gmt, est, ago, today, hours, minutes.</summary>
    Clock = 1u << 8,

    /// <summary>Social networks and sharing verbs.</summary>
    Social = 1u << 9,

    /// <summary>Words that anchor a caption or an image credit (photo, getty, reuters, pictured).</summary>
    Picture = 1u << 10,

    /// <summary>Weather-widget words (humidity, cloudy, feels, wind).</summary>
    Weather = 1u << 11,

    /// <summary>Comment-section words in the supported languages.</summary>
    Comment = 1u << 12,

    /// <summary>Newsletter, subscription and account words.</summary>
    Subscribe = 1u << 13,

    /// <summary>Words of "more stories" headings (related, latest, popular, stories, headlines).</summary>
    Related = 1u << 14,

    /// <summary>Advertising words.</summary>
    Advert = 1u << 15,

    /// <summary>Video-player words.</summary>
    Video = 1u << 16,

    /// <summary>Footer and legal words (copyright, rights, reserved, privacy, terms).</summary>
    Legal = 1u << 17,

    /// <summary>Page-notice words (javascript, cookies, browser, error).</summary>
    Notice = 1u << 18,

    /// <summary>Navigation words (home, menu, next, previous, skip).</summary>
    Navigation = 1u << 19,

    /// <summary>Present-tense verbs typical of photo captions ("speaks", "gestures", "arrives").</summary>
    CaptionVerb = 1u << 20,

    /// <summary>Words of source and attribution lines (reporting, editing, contributed).</summary>
    Credit = 1u << 21,

    /// <summary>
    /// Words of the position markers in photo captions ("(L)", "(2nd R)", ", left,", "von links:"): a line with none of
    /// them cannot hold a marker, which spares the caption classifier its search.
    /// </summary>
    Position = 1u << 22,

    /// <summary>
    /// Words that report speech ("said", "told", "according", "dijo", "sagte", "zei"): a story's sentence, never a
    /// prompt addressed to the reader (see <see cref="ResidueRule.AddressesTheReader"/>).
    /// </summary>
    Reporting = 1u << 23,

    /// <summary>
    /// Words that anchor the Contains phrases of the built-in phrase sets ("inbox", "javascript", "reserved"): every such
    /// phrase has one of them, so a line with none cannot contain any, and those sets skip their search for it in one
    /// AND (see <see cref="Classification.PhraseSet"/>). A test checks that every built-in Contains phrase has one.
    /// </summary>
    PhraseAnchor = 1u << 24,
}
