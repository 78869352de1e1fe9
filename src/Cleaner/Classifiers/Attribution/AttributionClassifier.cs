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
        // A wire service or a newsroom credited alone under the story: "The Canadian Press", "Avec AFP", "Mit Material von
        // dpa", "Con información de EFE", "From staff reports". (A lone "Reuters" or "AFP" is a picture's credit as often.)
        .Add(Source, PhraseMatch.Exact, 0.85f, 60, "the associated press", "associated press", "the canadian press",
            "canadian press", "tribune news service", "express news service", "press trust of india", "pti", "ians", "ani",
            "dpa infocom", "avec afp", "avec l'afp", "avec agences", "avec reuters", "con información de efe",
            "con información de agencias", "con informacion de agencias", "con información de europa press", "mit material von dpa",
            "mit material der dpa", "mit material von afp", "con agenzie", "fonte ansa", "com agências", "com informações de agências",
            "com informações da agência brasil", "met anp", "bron anp", "staff reports", "staff report", "from staff reports",
            "wire reports", "from wire reports", "wire services", "from wire services", "news service", "staff and wire reports")
        // A republished story's origin: "This post was originally published on this site", "Read the original here:",
        // "View the full article at The Chronicle". (An aggregator's "Source link" stays unlabelled: the rules for other
        // stories' headlines read a kept line there as the article's end.)
        .Add(Source, PhraseMatch.Prefix, 0.85f, 200, "this post was originally published", "this post originally appeared",
            "this post first appeared", "originally posted on", "this report was first published",
            "this story was first published", "this article was first published", "this article is republished from",
            "this story is republished from", "view the full article at", "read the original article", "read the original here",
            "read the original story", "cet article est paru", "dieser artikel erschien zuerst", "este artículo se publicó originalmente",
            "questo articolo è stato pubblicato originariamente", "este artigo foi publicado originalmente", "dit artikel verscheen eerder")
        .Add(Source, PhraseMatch.Exact, 0.85f, 40, "original article", "original source", "view original article",
            "read original article")
        .Build();

    /// <inheritdoc />
    public override string Name => "attribution";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Attribution;

    /// <inheritdoc />
    // Gate: the phrase sets, and the byline's "By".
    // Gate: the phrase sets; "By"/"Von"/"par"/"por"/"di"/"door" bylines; "The post … appeared first on", "This report
    // by …"; contact lines with an address ('@').
    public override ClassifierTriggers Triggers => new(300)
    {
        Gate = LineGate.Phrases with { FirstWords = "by von par por di door the this", Marks = LineMarks.At },
    };

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

        ReadOnlySpan<char> text = context.Text;

        // "The post Nigeria moves closer to state policing appeared first on Premium Times": a blog feed's origin line.
        // "This report by The Canadian Press was first published Aug. 5, 2021.": a wire story's origin line.
        if (features.Length <= 400 &&
            (text.StartsWith("The post ", StringComparison.Ordinal) && text.Contains(" appeared first on ", StringComparison.Ordinal) ||
             text.StartsWith("This report by ", StringComparison.Ordinal) && text.Contains(" was first published", StringComparison.Ordinal)))
        {
            return Verdict.From(Source, 0.9f);
        }

        // "Von Sabine Prothmann", "par BFMTV", "di Sergio Randazzo -", "Por Redação", "Door Jan de Vries": the byline in
        // the other languages, the word for "by" then a capitalised name, short, no sentence.
        if (features.Words is >= 2 and <= 8 && !features.EndsSentence && features.CalendarWords == 0 &&
            features.CapitalizedWords * 2 >= features.Words && StartsWithForeignBy(text))
        {
            return Verdict.From(Byline, 0.8f);
        }

        // "Sara Waite: (970) 526-9310; swaite@journal-advocate.com", "jane@example.ie": a reporter's contact line, an
        // address with a name or a number and no prose.
        if (features.Has(LineMarks.At) && features.Words <= 12 && features.Stopwords <= 1 && features.Length <= 160 &&
            HasEmailAddress(text))
        {
            return Verdict.From(AuthorBox, 0.8f);
        }

        // "By JANE DOE, Associated Press", "By Jane Doe and John Roe": "By" then a capitalised name, short, no sentence.
        if (features.Words is >= 2 and <= 12 && !features.EndsSentence && text.Length > 3 &&
            text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[3]) &&
            features.CapitalizedWords * 2 >= features.Words && features.CalendarWords == 0)
        {
            return Verdict.From(Byline, 0.8f);
        }

        return Verdict.None;
    }

    /// <summary>Whether the line opens with the word for "by" in German, French, Spanish, Portuguese, Italian or Dutch and a capital.</summary>
    private static bool StartsWithForeignBy(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space is < 2 or > 4 || space + 1 >= text.Length || !char.IsUpper(text[space + 1]))
        {
            return false;
        }

        if (!SpanWords.IsOneOf(text[..space], ForeignBy))
        {
            return false;
        }

        // Every word after it is part of a name: capitalised, or a particle ("de", "van der"), or joins two names.
        // "Von Glückspilz Klinsmann und überschätzten Trainern" (a headline: "Of lucky Klinsmann and overrated coaches")
        // goes on in lower case.
        foreach (ReadOnlySpan<char> word in new SpanParts(text[(space + 1)..], " "))
        {
            if (word.IsEmpty || !char.IsLetter(word[0]) || char.IsUpper(word[0]))
            {
                continue;
            }

            if (!SpanWords.IsOneOf(word, NameParticles))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] NameParticles =
        ["de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "y", "e", "et",
         "und", "en", "and"];

    private static readonly string[] ForeignBy = ["von", "par", "por", "di", "door"];

    /// <summary>Whether a word of the line is an e-mail address: letters before an '@', and a dot in the domain after it.</summary>
    private static bool HasEmailAddress(ReadOnlySpan<char> text)
    {
        int at = text.IndexOf('@');
        while (at > 0)
        {
            if (char.IsLetterOrDigit(text[at - 1]))
            {
                int end = at + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-'))
                {
                    end++;
                }

                ReadOnlySpan<char> domain = text[(at + 1)..end].TrimEnd('.');
                if (domain.Length >= 4 && domain.IndexOf('.') > 0)
                {
                    return true;
                }
            }

            int next = text[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
