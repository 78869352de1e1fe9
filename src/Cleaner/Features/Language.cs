namespace Cleaner;

/// <summary>The languages Cleaner ships stopword sets and residue phrases for.</summary>
/// <remarks>
/// Every shape rule is language-independent and every phrase family is matched in all languages at once (a German page
/// quoting an English "Read more" link is still cleaned). The language decides which stopwords count towards a line's
/// stopword density: with <see cref="Auto"/> the document's language is detected from its stopwords and reported
/// (<see cref="CleanResult.Language"/>), and a line counts the stopwords of every supported language, so that its
/// verdict depends only on the line itself and cleaning is idempotent; a fixed language counts only its own stopwords,
/// which sharpens the prose test for that language (at the price of that guarantee on mixed-language text).
/// </remarks>
public enum Language : byte
{
    /// <summary>Detect the language of each document from its stopwords (the default).</summary>
    Auto = 0,

    /// <summary>English.</summary>
    English,

    /// <summary>German.</summary>
    German,

    /// <summary>French.</summary>
    French,

    /// <summary>Spanish.</summary>
    Spanish,

    /// <summary>Italian.</summary>
    Italian,

    /// <summary>Portuguese.</summary>
    Portuguese,

    /// <summary>Dutch.</summary>
    Dutch,
}
