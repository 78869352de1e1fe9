using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Attribution;

/// <summary>
/// Source and attribution lines: bylines ("By Jane Doe, CNN"), "Source: …", "(Reporting by …; Editing by …)",
/// "The Associated Press contributed to this report", "This article originally appeared on …". The kind is labelled
/// but kept by default (see <see cref="CleanerPipelineBuilder.Enable(ResidueKind)"/>).
/// </summary>
public sealed class AttributionClassifier : SegmentClassifier
{
    /// <summary>A byline.</summary>
    public static readonly ResidueRule Byline = new("attribution.byline", ResidueKind.Attribution,
        "A byline: 'By' followed by a name, or a short name-and-outlet line.");

    /// <summary>A source or credit line.</summary>
    public static readonly ResidueRule Source = new("attribution.source", ResidueKind.Attribution,
        "A source or credit line ('Source: …', 'Reporting by …', '… contributed to this report').");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Source, PhraseMatch.Label, 0.9f, 200, "source", "sources", "via", "reporting by", "written by", "by",
            "compiled by", "edited by", "additional reporting", "additional reporting by", "with reporting from",
            "contributing", "contributors", "author", "authors", "information from", "quelle", "fuente", "fonte", "bron",
            "auteur", "autor", "text", "texte", "reporter", "editor", "writer", "correspondent")
        .Add(Source, PhraseMatch.Prefix, 0.9f, 300, "reporting by", "additional reporting by", "writing by", "editing by",
            "compiled by", "with reporting by", "this article originally appeared", "this story originally appeared",
            "this article was originally published", "this story was originally published", "originally published",
            "this article first appeared", "this story first appeared", "republished with permission",
            "reprinted with permission", "this story was produced", "this article was produced", "contributing",
            "to contact the reporter", "to contact the editor", "write to", "email the author", "contact the author", "h t",
            "hat tip", "follow the author", "the associated press contributed")
        .Add(Source, PhraseMatch.Contains, 0.85f, 300, "contributed to this report", "contributed to this story",
            "contributed reporting", "contributed to this article")
        .Build();

    /// <inheritdoc />
    public override string Name => "attribution";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Attribution;

    /// <inheritdoc />
    public override ClassifierTriggers Triggers => new(300);

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        // "By JANE DOE, Associated Press", "By Jane Doe and John Roe": "By" then a capitalised name, short, no sentence.
        ReadOnlySpan<char> text = context.Text;
        if (features.Words is >= 2 and <= 12 && !features.EndsSentence && text.Length > 3 &&
            text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[3]) &&
            features.CapitalizedWords * 2 >= features.Words && features.CalendarWords == 0)
        {
            return Verdict.From(Byline, 0.8f);
        }

        return Verdict.None;
    }
}
