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

    private readonly List<UserRule> _rules = [];

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

        return new CleanerPipeline(new CleanerSettings(Preset, RemovedKinds, Language, IncludeKeptSegments, MaxLineLength), classifiers.ToArray());
    }
}
