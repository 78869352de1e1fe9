namespace Cleaner;

/// <summary>The languages Cleaner ships stopword sets and residue phrases for.</summary>
/// <remarks>
/// The language only changes which stopwords count towards a line's stopword density; every shape rule is
/// language-independent and every phrase family is matched in all languages at once (a German page quoting an
/// English "Read more" link is still cleaned).
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
