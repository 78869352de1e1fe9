using System;
using System.Collections.Generic;
using Cleaner.Classifiers.Advertisement;
using Cleaner.Classifiers.Attribution;
using Cleaner.Classifiers.Caption;
using Cleaner.Classifiers.Comments;
using Cleaner.Classifiers.Footer;
using Cleaner.Classifiers.Navigation;
using Cleaner.Classifiers.Notice;
using Cleaner.Classifiers.RelatedLinks;
using Cleaner.Classifiers.Social;
using Cleaner.Classifiers.Subscription;
using Cleaner.Classifiers.Timestamp;
using Cleaner.Classifiers.UserRules;
using Cleaner.Classifiers.Video;
using Cleaner.Classifiers.Widget;

namespace Cleaner;

/// <summary>
/// Configures a <see cref="CleanerPipeline"/>. The builder is mutable and not thread-safe; <see cref="Build"/> freezes
/// its settings into an immutable pipeline that can be shared by every thread.
/// </summary>
/// <example>
/// <code>
/// CleanerPipeline pipeline = new CleanerPipelineBuilder()
///     .UsePreset(CleanerPreset.Precision)
///     .Disable(ResidueKind.Timestamp)
///     .AddPhrase("Click here for the latest headlines", ResidueKind.RelatedLinks, PhraseMatch.Prefix)
///     .Build();
/// string clean = TextCleaner.Clean(text, pipeline).Text;
/// </code>
/// </example>
public sealed class CleanerPipelineBuilder
{
    /// <summary>The default longest line that is classified; longer lines are kept as body without a look.</summary>
    public const int DefaultMaxLineLength = 1 << 16;

    /// <summary>
    /// The default longest document that is analysed: 64 Mi characters (128 MiB of UTF-16), about a thousand times a
    /// long news article. Longer documents are refused or passed through (see <see cref="LimitBehavior"/>).
    /// </summary>
    public const int DefaultMaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>
    /// The default largest number of lines that is analysed: 4 Mi lines. The analysis keeps about 90 bytes per line
    /// (twice that with <c>\r\n</c> endings), so this caps its working memory near 0.4 GiB however the document is
    /// shaped (a document of nothing but line breaks would otherwise cost some forty-five times its own size). Prose
    /// averages well over 16 characters a line, so a document under <see cref="DefaultMaxDocumentLength"/> rarely
    /// reaches it.
    /// </summary>
    public const int DefaultMaxLineCount = 4 * 1024 * 1024;

    private readonly List<UserRule> _rules = [];
    private int _maxDocumentLength = DefaultMaxDocumentLength;
    private int _maxLineCount = DefaultMaxLineCount;
    private LimitBehavior _limitBehavior;

    /// <summary>Creates a builder with the built-in classifiers and the <see cref="CleanerPreset.Balanced"/> preset.</summary>
    public CleanerPipelineBuilder()
    {
        Classifiers =
        [
            new CommentsClassifier(),
            new RelatedLinksClassifier(),
            new VideoClassifier(),
            new CaptionClassifier(),
            new SocialClassifier(),
            new SubscriptionClassifier(),
            new AdvertisementClassifier(),
            new TimestampClassifier(),
            new WidgetClassifier(),
            new NavigationClassifier(),
            new FooterClassifier(),
            new NoticeClassifier(),
            new AttributionClassifier(),
        ];
    }

    /// <summary>The classifiers, in order; add, remove or replace them to extend the pipeline.</summary>
    public ClassifierList Classifiers { get; }

    /// <summary>How eager the pipeline is to remove lines.</summary>
    public CleanerPreset Preset { get; set; }

    /// <summary>The kinds that are removed; others are labelled but kept. Default: all but attribution.</summary>
    public ResidueKindSet RemovedKinds { get; set; } = ResidueKindSet.Default;

    /// <summary>The language of the documents, or <see cref="Cleaner.Language.Auto"/> to detect it per document.</summary>
    public Language Language { get; set; }

    /// <summary>Whether results list kept segments as well as removed ones (costs an allocation per kept line).</summary>
    public bool IncludeKeptSegments { get; set; }

    /// <summary>Lines longer than this are kept as body without being classified (a guard against giant lines).</summary>
    public int MaxLineLength { get; set; } = DefaultMaxLineLength;

    /// <summary>
    /// Documents with more characters than this are not analysed; <see cref="LimitBehavior"/> says what happens to them.
    /// Default: <see cref="DefaultMaxDocumentLength"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentLength
    {
        get => _maxDocumentLength;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDocumentLength = value;
        }
    }

    /// <summary>
    /// Documents with more lines than this are not analysed; <see cref="LimitBehavior"/> says what happens to them.
    /// Default: <see cref="DefaultMaxLineCount"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxLineCount
    {
        get => _maxLineCount;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxLineCount = value;
        }
    }

    /// <summary>
    /// What happens to a document over <see cref="MaxDocumentLength"/> or <see cref="MaxLineCount"/>: by default a
    /// <see cref="DocumentTooLargeException"/>; with <see cref="LimitBehavior.PassThrough"/> the document comes back
    /// unchanged, flagged <see cref="CleanStatus.PassedThrough"/>. Never silently dropped.
    /// </summary>
    public LimitBehavior LimitBehavior
    {
        get => _limitBehavior;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown limit behavior.");
            }

            _limitBehavior = value;
        }
    }

    /// <summary>The user rules added so far.</summary>
    public IReadOnlyList<UserRule> Rules => _rules;

    /// <summary>Sets the preset.</summary>
    public CleanerPipelineBuilder UsePreset(CleanerPreset preset)
    {
        if (!Enum.IsDefined(preset))
        {
            throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset.");
        }

        Preset = preset;
        return this;
    }

    /// <summary>Keeps lines of <paramref name="kind"/> (they are still labelled in results).</summary>
    public CleanerPipelineBuilder Disable(ResidueKind kind)
    {
        RemovedKinds = RemovedKinds.Without(kind);
        return this;
    }

    /// <summary>Removes lines of <paramref name="kind"/> (for example <see cref="ResidueKind.Attribution"/>).</summary>
    public CleanerPipelineBuilder Enable(ResidueKind kind)
    {
        RemovedKinds = RemovedKinds.With(kind);
        return this;
    }

    /// <summary>Fixes the documents' language instead of detecting it.</summary>
    public CleanerPipelineBuilder UseLanguage(Language language)
    {
        Language = language;
        return this;
    }

    /// <summary>Lists kept segments in results too.</summary>
    public CleanerPipelineBuilder IncludeKept(bool include = true)
    {
        IncludeKeptSegments = include;
        return this;
    }

    /// <summary>Sets the longest line that is classified.</summary>
    public CleanerPipelineBuilder UseMaxLineLength(int maxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 16);
        MaxLineLength = maxLineLength;
        return this;
    }

    /// <summary>
    /// Sets the longest document, in UTF-16 characters, that is analysed (default <see cref="DefaultMaxDocumentLength"/>);
    /// longer ones are refused or passed through as <see cref="LimitBehavior"/> says.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentLength"/> is less than 1.</exception>
    public CleanerPipelineBuilder UseMaxDocumentLength(int maxDocumentLength)
    {
        MaxDocumentLength = maxDocumentLength;
        return this;
    }

    /// <summary>
    /// Sets the largest number of lines that is analysed (default <see cref="DefaultMaxLineCount"/>); documents with more
    /// are refused or passed through as <see cref="LimitBehavior"/> says.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineCount"/> is less than 1.</exception>
    public CleanerPipelineBuilder UseMaxLineCount(int maxLineCount)
    {
        MaxLineCount = maxLineCount;
        return this;
    }

    /// <summary>Sets what happens to a document over a limit (see <see cref="LimitBehavior"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="behavior"/> is not a defined value.</exception>
    public CleanerPipelineBuilder UseLimitBehavior(LimitBehavior behavior)
    {
        LimitBehavior = behavior;
        return this;
    }

    /// <summary>Adds a user rule.</summary>
    public CleanerPipelineBuilder AddRule(UserRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds a phrase rule (see <see cref="UserRule.ForPhrase"/>).</summary>
    public CleanerPipelineBuilder AddPhrase(string phrase, ResidueKind kind, PhraseMatch match = PhraseMatch.Exact) =>
        AddRule(UserRule.ForPhrase(phrase, kind, match));

    /// <summary>Adds a pattern rule (see <see cref="UserRule.ForPattern"/>).</summary>
    public CleanerPipelineBuilder AddPattern(string pattern, ResidueKind kind) => AddRule(UserRule.ForPattern(pattern, kind));

    /// <summary>Freezes the settings into an immutable, thread-safe pipeline. The builder can go on being used.</summary>
    public CleanerPipeline Build()
    {
        var classifiers = new List<SegmentClassifier>(Classifiers);
        if (_rules.Count > 0)
        {
            // User rules come first so that they win ties against built-in rules.
            classifiers.Insert(0, new UserRulesClassifier(_rules));
        }

        return new CleanerPipeline(new CleanerSettings(
            Preset, RemovedKinds, Language, IncludeKeptSegments, MaxLineLength, MaxDocumentLength, MaxLineCount, LimitBehavior), classifiers.ToArray());
    }
}
