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

    /// <summary>An author box with the author's contact or follow links, or the reporter's contact line.</summary>
    public static readonly ResidueRule AuthorBox = new("attribution.author-box", ResidueKind.Attribution,
        "An author box that gives the author's role and contact or follow links ('Jane Doe is a reporter at … Follow her on " +
        "Twitter', '… ist Redakteurin … Folgen Sie ihr auf Twitter'), or the reporter's contact line ('Reach reporter Jane Doe at …').");

    // The contact or follow clause of an author box, and the reporter's contact line that needs no role.
    private readonly PhraseSet _authorContact = new PhraseListBuilder()
        .Add(AuthorBox, PhraseMatch.Prefix, 0.85f, 160, "reach reporter", "contact reporter", "email reporter",
            "reach the reporter", "contact the reporter", "contact the writer")
        .Add(AuthorBox, PhraseMatch.Contains, 0.85f, 400, "follow her on", "follow him on", "follow them on", "follow her at",
            "follow him at", "reach her at", "reach him at", "contact her at", "contact him at", "email her at", "email him at",
            "can be reached at", "can be reached by", "folgen sie ihr auf", "folgen sie ihm auf", "folgen sie ihr bei",
            "folgen sie ihm bei", "suivez la sur", "suivez le sur", "síguela en", "síguelo en", "seguila su", "seguilo su",
            "siga a no", "siga o no", "volg haar op", "volg hem op")
        .Build();

    // The role that opens an author box: "… is a reporter", "… ist Redakteurin", "… est journaliste".
    private readonly PhraseSet _authorRoles = new PhraseListBuilder()
        .Add(AuthorBox, PhraseMatch.Contains, 0.85f, 400, "is a reporter", "is a staff writer", "is a writer", "is a senior writer",
            "is a correspondent", "is an editor", "is a columnist", "is a journalist", "is a contributor", "is a freelance",
            "is a contributing writer", "is the editor", "is an associate editor", "is a producer", "covers", "ist redakteurin",
            "ist redakteur", "ist reporterin", "ist reporter", "ist korrespondentin", "ist korrespondent", "ist journalistin",
            "ist journalist", "ist autorin", "ist autor", "est journaliste", "est rédactrice", "est rédacteur",
            "est correspondante", "est correspondant", "est reporter", "es periodista", "es redactora", "es redactor",
            "es corresponsal", "es reportera", "es reportero", "è giornalista", "è redattrice", "è redattore",
            "è corrispondente", "è una giornalista", "è un giornalista", "é jornalista", "é repórter", "é redatora", "é redator",
            "é correspondente", "is journalist", "is verslaggever", "is redacteur", "is correspondent")
        .Build();

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
    // Gate: the phrase sets, and the byline's "By".
    public override ClassifierTriggers Triggers => new(300) { Gate = LineGate.Phrases with { FirstWords = "by" } };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        // "Jane Doe is a reporter at The Example Times. Follow her on Twitter @janedoe.": an author box; its contact clause
        // alone is not enough ("Fans can follow her on Instagram, …"), the line must also give the author's role.
        // Searched only in a line that names a network, has a handle or an address ('@'), or opens with the contact verb.
        bool contactVerb = context.Normalized.StartsWith("reach ", StringComparison.Ordinal) ||
                           context.Normalized.StartsWith("contact ", StringComparison.Ordinal) ||
                           context.Normalized.StartsWith("email ", StringComparison.Ordinal);
        if (features.Words <= 60 && features.Length <= 400 &&
            (contactVerb || features.Has(WordClass.Social) || features.Has(LineMarks.At)) &&
            _authorContact.TryMatch(context, out PhraseHit contact) && (contactVerb || _authorRoles.TryMatch(context, out _)))
        {
            return Verdict.From(contact.Rule, contact.Score);
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
