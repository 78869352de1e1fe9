using System;

namespace Cleaner.Html;

/// <summary>
/// How <see cref="HtmlCleaner"/> reads a page: the text pipeline that decides blocks, whether SmartReader is asked
/// for the article, and the guards against pathological input. Immutable; change it with <c>with</c>.
/// </summary>
/// <example>
/// <code>
/// var options = HtmlCleanerOptions.Default with { Pipeline = myPipeline, MinArticleLength = 400 };
/// HtmlCleanResult result = HtmlCleaner.Clean(html, options, new Uri("https://example.com/story"));
/// </code>
/// </example>
public sealed record HtmlCleanerOptions
{
    /// <summary>The default deepest element nesting kept as is (see <see cref="MaxNestingDepth"/>).</summary>
    public const int DefaultMaxNestingDepth = 128;

    /// <summary>The default largest page accepted, in UTF-16 characters (64 Mi).</summary>
    public const int DefaultMaxInputLength = 64 * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static HtmlCleanerOptions Default { get; } = new();

    /// <summary>
    /// The text pipeline whose classifiers and settings decide every block (threshold, removed kinds, language). Markup
    /// evidence is judged against the same threshold and removed kinds, so disabling a kind in the pipeline (say
    /// <see cref="ResidueKind.Caption"/>) also keeps the figure captions the markup points at.
    /// </summary>
    public CleanerPipeline Pipeline { get; init; } = CleanerPipeline.Default;

    /// <summary>
    /// Whether SmartReader is asked to locate the article container (default). When <see langword="false"/>, or when
    /// SmartReader finds nothing, the blocks of the whole page are classified: slower to clean and more dependent on
    /// the classifiers, but nothing is lost to a wrong container choice.
    /// </summary>
    public bool UseArticleExtraction { get; init; } = true;

    /// <summary>
    /// The fewest characters of text SmartReader's article must have to be trusted; below it the whole page is
    /// classified instead. Low values trust SmartReader on short news items; high values fall back more often on
    /// pages where SmartReader picked a fragment.
    /// </summary>
    public int MinArticleLength { get; init; } = 200;

    /// <summary>
    /// The deepest element nesting kept as is. Deeper start and end tags are dropped before parsing (their text is
    /// kept), because both parsers and SmartReader get slow on deep trees (time grows with the square of the depth)
    /// and recursive walks can overflow the stack. The deepest of Mozilla Readability's 130 test pages nests about 32
    /// levels; SmartReader alone spends seconds on a page nested 128 levels deep, and minutes on one nested 1,000 deep.
    /// </summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <summary>
    /// The largest page accepted, in characters; larger pages throw <see cref="HtmlCleanerException"/> rather than tie
    /// up a thread. Raise it for archives of huge pages.
    /// </summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Pipeline);
        ArgumentOutOfRangeException.ThrowIfNegative(MinArticleLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNestingDepth, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInputLength, 1);
    }
}
