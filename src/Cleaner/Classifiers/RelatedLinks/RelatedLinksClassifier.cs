using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.RelatedLinks;

/// <summary>
/// Links to other stories: labelled links ("READ MORE: …", "WATCH: …", "See also: …"), headings of headline lists
/// ("Other news", "More stories", "You may also like"), lines ending in "Read more" and arrow links ("… »").
/// </summary>
public sealed class RelatedLinksClassifier : SegmentClassifier
{
    /// <summary>A link introduced by a label such as "READ MORE:" or "WATCH:".</summary>
    public static readonly ResidueRule Labelled = new("related-links.label", ResidueKind.RelatedLinks,
        "A link to another story introduced by a label such as 'READ MORE:', 'WATCH:' or 'Related:'.");

    /// <summary>A heading over a list of other headlines.</summary>
    public static readonly ResidueRule Heading = new("related-links.heading", ResidueKind.RelatedLinks,
        "A heading over a list of other stories ('Other news', 'More stories', 'You may also like').") { OpensSection = true };

    /// <summary>A teaser or link that ends with "Read more" or an arrow.</summary>
    public static readonly ResidueRule Trailing = new("related-links.trailing", ResidueKind.RelatedLinks,
        "A teaser line that ends with 'Read more', 'Continue reading' or a link arrow.");

    private static readonly string[] Labels =
    [
        "read more", "read", "more", "watch", "watch more", "watch now", "see also", "see", "related", "related story",
        "related stories", "related article", "related articles", "related content", "related coverage", "related video",
        "related link", "related links", "also read", "also see", "also", "more on this", "more on this story",
        "more on this topic", "listen", "photos", "photo gallery", "gallery", "click here", "recommended",
        "recommended reading", "trending", "don't miss", "must read", "must watch", "editor's pick", "editor's picks",
        "top stories", "latest", "further reading", "more coverage", "related reading", "also on", "more from",
        "previously", "in case you missed it", "icymi", "next", "up next", "read next", "read this", "check out",
        "earlier", "previous coverage", "full coverage", "more coverage", "read the latest", "the latest on",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weiterlesen", "à lire aussi", "lire aussi",
        "voir aussi", "à lire", "à voir", "lee también", "lea también", "ver también", "leer más", "te puede interesar",
        "leggi anche", "leggi", "vedi anche", "guarda", "leia também", "leia mais", "veja também", "veja", "lees ook",
        "lees meer", "bekijk ook", "bekijk", "read also", "meer over", "mehr über", "mehr zu", "plus sur", "más sobre", "di più su",
        "mais sobre", "vea también", "véase también", "lea más", "lire la suite", "lees ook", "in other news",
    ];

    /// <summary>A line sending the reader elsewhere for more.</summary>
    public static readonly ResidueRule Elsewhere = new("related-links.elsewhere", ResidueKind.RelatedLinks,
        "A line sending the reader to another page or site for more ('Visit … for more on …', 'Go to … for the latest').");

    // "Visit …", "Go to …" opening a line, and "… for more …" after them, in the seven languages.
    private static readonly string[] VisitOpeners =
    [
        "visit ", "go to ", "head to ", "head over to ", "check out ", "log on to ", "besuchen sie ", "gehen sie auf ",
        "visitez ", "rendez vous sur ", "visite ", "visita ", "ve a ", "vai su ", "acesse ", "bezoek ", "ga naar ",
    ];

    private static readonly string[] ForMore =
    [
        " for more", " for the latest", " for full coverage", " for updates", " to learn more", " to find out more",
        " to read more", " to see more", " für mehr", " für weitere", " pour plus", " pour en savoir plus", " para más",
        " para saber más", " per saperne di più", " per maggiori", " para mais", " para saber mais", " voor meer",
    ];

    private static bool IsVisitForMore(ReadOnlySpan<char> normalized)
    {
        foreach (string opener in VisitOpeners)
        {
            if (normalized.StartsWith(opener, StringComparison.Ordinal))
            {
                foreach (string more in ForMore)
                {
                    if (normalized.Contains(more, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>A headline standing alone in square brackets.</summary>
    public static readonly ResidueRule Bracketed = new("related-links.bracketed", ResidueKind.RelatedLinks,
        "A headline of another story standing alone in square brackets (an inline link box).");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Labelled, PhraseMatch.Label, 0.9f, 260, Labels)
        // "See also", "More information" standing alone, in the other languages: a pointer, not a section heading.
        .Add(Labelled, PhraseMatch.Exact, 0.85f, 40, "voir aussi", "en savoir plus", "más información", "mehr informationen",
            "maggiori informazioni", "mais informações", "meer informatie", "ver también", "vedi anche", "veja também", "zie ook",
            "siehe auch", "saiba mais", "lees verder", "must read")
        .Add(Heading, PhraseMatch.Exact, 0.9f, 60,
            "related", "related articles", "related stories", "related news", "related content", "related coverage",
            "related links", "related posts", "related videos", "related topics", "more stories", "more news", "more articles",
            "more headlines", "other news", "other stories", "latest news", "latest stories", "latest headlines", "top stories",
            "most popular", "most read", "most viewed", "most shared", "most emailed", "most commented", "popular",
            "popular stories", "trending", "trending now", "trending stories", "recommended", "recommended for you",
            "recommended stories", "you may also like", "you might also like", "you may be interested in", "we recommend",
            "read more", "read next", "what to read next", "editor's picks", "see also edit", "related articles edit", "around the web", "from the web", "more to explore",
            "more from this section", "more in this section", "also in the news", "elsewhere on the web", "you might like",
            "don't miss", "more videos", "related video", "mehr zum thema", "weitere artikel", "weitere nachrichten",
            "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "à lire aussi", "sur le même sujet",
            "les plus lus", "articles similaires", "noticias relacionadas", "más noticias", "lo más leído", "te puede interesar",
            "articoli correlati", "potrebbe interessarti", "altre notizie", "i più letti", "notícias relacionadas", "mais lidas",
            "leia também", "veja também", "meer nieuws", "gerelateerde artikelen", "meest gelezen", "lees ook",
            "around the nation", "around the country", "around the world", "around the region", "in other news",
            "from around the web", "more from our network", "from our partners", "from our network", "more top stories",
            "top headlines", "also of interest", "what we're reading", "what others are reading", "readers also read",
            "people also read", "must reads", "more must reads", "you might be interested in", "also trending",
            "à lire également", "vous aimerez aussi", "también te puede interesar", "ti potrebbe interessare",
            "você também pode gostar", "dit vind je misschien ook interessant", "aus aller welt", "ebenfalls interessant",
            // More list headings of other stories and videos, in the supported languages.
            "in case you missed it", "latest videos", "recommended videos", "top videos", "popular videos", "most watched",
            "trending videos", "load more stories", "show more stories", "more stories you may like", "stories you may like",
            "stories you might like", "related internet links", "auch interessant", "mehr aus dem ressort",
            "zum thema", "am meisten gelesen", "meistgesehen", "les plus partagés", "les plus consultés", "contenido relacionado",
            "lo más visto", "los más vistos", "potrebbe interessarti anche", "i più visti", "mais vistos",
            // "Most shared" in the other languages.
            "meistgeteilt", "am meisten geteilt", "lo más compartido", "los más compartidos", "i più condivisi",
            "mais compartilhadas", "mais compartilhados", "meest gedeeld",
            "meer over dit onderwerp", "meest bekeken", "featured stories", "featured articles", "popular now", "popular right now", "today's top stories", "what's popular", "top themen", "top news",
            "à la une", "lo último", "in evidenza", "popular in the community", "what's hot", "what's trending",
            "you may also be interested in", "you might also be interested in", "more like this", "lesen sie auch",
            "te recomendamos", "à lire", "read also", "also read", "empfehlungen der redaktion", "neueste artikel",
            "aktuelle nachrichten", "dans la même rubrique", "sur le même thème", "dernières actualités", "dernières infos",
            "últimas noticias", "noticias más leídas", "ultime notizie", "più letti", "últimas notícias", "laatste nieuws",
            // "See more" standing alone over a list of other stories, in Portuguese.
            "veja mais", "leia mais", "mais notícias",
            // Lists of recent articles and of related pictures, in the supported languages.
            "recent articles", "recent stories", "recent news", "top local stories", "top local news", "related images",
            "related photos", "related galleries", "neueste beiträge", "beliebteste artikel", "derniers articles",
            "articles récents", "artículos recientes", "últimos artículos", "articoli recenti", "ultimi articoli",
            "artigos recentes", "últimos artigos", "recente artikelen", "nieuwste artikelen")
        // A "most popular" box with nothing in it: "Sorry, there are no recent results for popular commented articles."
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 120, "sorry there are no recent results for popular")
        .Add(Heading, PhraseMatch.Prefix, 0.85f, 60, "more from", "more in", "more stories from", "latest from", "more news from",
            "mehr nachrichten aus", "weitere nachrichten aus", "plus d'actualités", "más noticias de", "altre notizie da",
            "mais notícias de", "meer nieuws uit",
            // A "latest" or "most read" heading narrowed to a section or place: "Lo último en España", "Últimas notícias
            // adicionadas", "Most read in Sport".
            "lo último en", "lo último de", "lo más leído en", "lo más visto en", "últimas noticias de", "últimas noticias en",
            "últimas notícias", "ultime notizie", "i più letti di", "most read in", "most popular in", "latest news in",
            "neueste artikel aus", "aktuelle nachrichten aus", "meistgelesen in", "les plus lus de", "dernières actualités de",
            "dernières actualités en", "mais lidas de", "meest gelezen in", "laatste nieuws uit",
            "related stories", "related articles", "related coverage", "related content", "related news", "related posts",
            "related links", "related videos", "more stories", "more news", "other stories", "latest stories")
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 160, "see the full story", "read the full story", "read the entire story",
            "read the full article", "see the full article", "click here to read", "click here for the full", "watch the full video",
            "read the original article on", "read the original story on", "read the original post on", "read the rest of the story",
            "read the complete story", "read the whole story", "read the full report", "read the full interview",
            "read our full coverage", "see our full coverage", "for our full coverage", "for full coverage",
            "continue reading at", "continue reading on", "read more at", "read the rest at", "read the rest of this",
            "read the rest here", "read more stories from", "read the whole thing", "read it all here", "read the full story at",
            "read the full piece", "read the full article at", "read the full article on")
        .Add(Labelled, PhraseMatch.Prefix, 0.75f, 120, "read more about", "read more on", "more about", "see all", "see more",
            "more information", "for more information", "click here to", "click here for", "check out what's clicking",
            "click for more", "click here for more", "for more from", "get more from",
            "you may like", "you might like", "recommended for you",
            "more on", "click here for", "click here to read", "read the latest", "watch the latest", "watch more")
        .Add(Trailing, PhraseMatch.Suffix, 0.7f, 240,
            "read more", "continue reading", "read the full story", "read full story", "read full article",
            "read the full article", "full story", "click here", "click here to read more", "read the rest",
            "weiterlesen", "lire la suite", "leer más", "leggi tutto", "leia mais", "lees meer",
            "show full article", "show full story", "view full article", "view full story", "see full article", "see full story")
        // Lists of other posts under a label, in the supported languages.
        .Add(Heading, PhraseMatch.Exact, 0.9f, 60, "latest posts", "recent posts", "popular posts", "more like this",
            "les autres infos du jour", "autres infos", "à lire également", "veja outras postagens", "outras postagens",
            "outras notícias", "otras noticias", "altre notizie", "andere berichten", "weitere meldungen",
            // "Recommended" in the other languages.
            "recommandé", "recommandée", "recommandés", "recommandées", "recomendado", "recomendados", "recomendadas",
            "consigliati", "consigliato", "empfohlen", "aanbevolen", "lo visto",
            // "You may be interested in" and "also on this site" in the other languages.
            "ça peut vous intéresser", "cela peut vous intéresser", "à voir aussi", "le puede interesar", "le podría interesar",
            "te podría interesar", "pode te interessar", "pode lhe interessar", "você pode gostar", "você também pode gostar",
            "talvez você goste", "dit vind je misschien ook leuk", "misschien ook interessant", "ook interessant",
            "also on this site", "also on our site", "elsewhere on the site",
            // "Similar articles" and "from the same section" in the other languages.
            "ähnliche artikel", "ähnliche beiträge", "das könnte dich auch interessieren", "articles similaires", "plus d'infos",
            "dans la même rubrique", "artículos relacionados", "artículos similares", "articoli simili", "dalla stessa sezione",
            "artigos relacionados", "artigos semelhantes", "vergelijkbare artikelen", "gerelateerd", "gerelateerde artikelen")
        .Add(Heading, PhraseMatch.Prefix, 0.85f, 40, "mehr aus")
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 160, "leer noticia completa en", "lee la noticia completa en",
            "lire l'article complet sur", "leia a notícia completa", "leggi l'articolo completo", "den ganzen artikel lesen",
            "lees het hele artikel")
        // "Read the full article" links in the other languages and a source-link pointer.
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 160, "lees volledige artikel", "lees het volledige artikel")
        // "Read … here" in the other languages, as the link's opening words.
        .Add(Labelled, PhraseMatch.Prefix, 0.8f, 160, "lesen sie hier", "hier lesen sie", "lisez ici", "lire ici", "lea aquí",
            "lee aquí", "leggi qui", "leia aqui", "lees hier")
        // The bare link ("Den vollständigen Artikel lesen ..."), in the other languages; "… lesen Sie in der Zeitung" is a
        // paywall's pointer to the print edition.
        .Add(Labelled, PhraseMatch.Exact, 0.85f, 60, "den vollständigen artikel lesen", "den kompletten artikel lesen",
            "lire l'article complet", "lire la suite de l'article", "leer el artículo completo", "leer la noticia completa",
            "ler o artigo completo", "leia a matéria completa", "leia o artigo completo", "leggi la notizia completa")
        // "Click here" in the other languages, and "More from <section>" in Dutch; "Continue to the article".
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 120, "clique aqui e veja", "clique aqui para ver", "clique aqui para ler",
            "haga clic aquí para", "pincha aquí para", "cliquez ici pour", "clicca qui per", "klicken sie hier", "klik hier voor")
        .Add(Heading, PhraseMatch.Prefix, 0.85f, 40, "meer uit")
        .Add(Labelled, PhraseMatch.Exact, 0.85f, 40, "weiter zum artikel", "zum artikel", "continue to article", "lire l'article",
            "leer el artículo", "leggi l'articolo", "ler o artigo", "lees het artikel")
        // "Hier geht es zu allen aktuellen Polizeimeldungen.": a pointer to the list of the section's stories.
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 120, "hier geht es zu allen", "hier geht's zu allen", "hier finden sie alle",
            "click here for all", "see all our coverage", "retrouvez toutes nos", "retrouvez tous nos articles",
            "aquí puedes consultar todas", "qui trovi tutte le", "confira todas as notícias", "hier vind je alle")
        .Build();

    // An author's archive link: "View all posts by Jane Doe", "Tous les articles de Jane Doe". Not a sentence: "Tous les
    // articles de la loi ont été adoptés." opens the same way.
    private readonly PhraseSet _authorArchives = new PhraseListBuilder()
        .Add(Labelled, PhraseMatch.Prefix, 0.85f, 80, "view all posts by", "all posts by", "more articles by", "more stories by",
            "see all stories by", "all stories by", "all articles by", "more from this author", "alle artikel von",
            "weitere artikel von", "tous les articles de", "más artículos de", "tutti gli articoli di", "altri articoli di",
            "mais artigos de", "meer artikelen van")
        .Build();

    /// <inheritdoc />
    public override string Name => "related-links";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.RelatedLinks;

    /// <inheritdoc />
    // Gate: the phrase sets, "more stories" words, upper-case labels and kickers (two words in capitals, a colon), arrow,
    // slash and bracket links, a glued "Read More" and a teaser's closing "More".
    public override ClassifierTriggers Triggers => new(260)
    {
        Gate = LineGate.Phrases with
        {
            Words = WordClass.Related, UpperCaseWords = 2, Colon = true, FirstChars = "/>[", LastChars = "»›→>", FirstWords = "read",
            LastWords = "more",
        },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;

        // Every phrase of the family is a short line, a label before a colon, or has a "more stories" word.
        bool mayMatch = features.Words <= 8 || features.FirstColon is > 0 and <= PhraseSet.MaxLabelLength ||
                        features.Has(WordClass.Related);
        if (mayMatch && _phrases.TryMatch(context, out PhraseHit hit))
        {
            // "EARLIER: The mayor has been returned for a second term.": a live story's update, not a link.
            if (hit.Rule == Labelled && BodyShapes.IsLiveUpdate(context.Text, features))
            {
                return Verdict.None;
            }

            // "More on that later.", "More about him below.", "More information will be released when it is available.",
            // "For more information, call the county office at 555-0100.": a sentence of the story opening with "More on",
            // "More about" or "More information", not a link's pointer ("More on this story", "More about Obama").
            if (hit.Rule == Labelled && hit.Score < 0.8f && features.EndsSentence && features.FirstColon < 0 &&
                OpensMoreSentence(context.Normalized))
            {
                return Verdict.None;
            }

            // "Más noticias de la guerra llegaron el lunes.": a sentence opening like a list heading; a heading has no full stop.
            if (hit.Rule == Heading && features.EndsSentence && features.Words > 4 && features.Last == '.')
            {
                return Verdict.None;
            }

            // A labelled link needs something after the label: "Read: the statement in full." stays body.
            if (hit.Rule == Labelled && features.FirstColon + 2 >= features.Length)
            {
                return Verdict.From(Heading, 0.8f);
            }

            // "The vote passed 52-48. (Read the full story here)": a finished sentence followed by a link in brackets is
            // an article line carrying a link; the line stays (nothing inside a kept line is cut). A teaser cut off
            // before its link ("The vote passed after a long... (Read more)") is the link's own text and goes.
            if (hit.Rule == Trailing && IsSentenceBeforeBracketedLink(context.Text))
            {
                return Verdict.None;
            }

            return Verdict.From(hit.Rule, hit.Score);
        }

        if (features.Words <= 12 && !features.EndsSentence && _authorArchives.TryMatch(context, out PhraseHit archive))
        {
            return Verdict.From(archive.Rule, archive.Score);
        }

        // "Read MoreSend us your letters": a "Read more" link glued to the next teaser's headline, a few words.
        if (features.Words <= 14 && StartsWithGluedReadMore(context.Text))
        {
            return Verdict.From(Labelled, 0.85f);
        }

        if (!features.Has(WordClass.Related))
        {
            // "PUEDE INTERESARTE El asesinato de …": a label of the other languages in capitals, whose words the
            // vocabulary of "more stories" words may not hold.
            if (features.UpperCaseWords >= 2 && !features.EndsSentence && context.Text.Length > 2 && char.IsUpper(context.Text[1]) &&
                StartsWithUpperCaseLabel(context.Text))
            {
                return Verdict.From(Labelled, 0.85f);
            }

            return ArrowLink(context);
        }

        // "Read the complete set of Gold List winners here.", "Read the full statement here": a link's own words, "read …
        // here", in a short line.
        if (features.Words is >= 3 and <= 20 && context.Normalized.StartsWith("read ", StringComparison.Ordinal) &&
            context.Normalized.EndsWith(" here", StringComparison.Ordinal))
        {
            return Verdict.From(Labelled, 0.8f);
        }

        // "Visit the National Cancer Institute for more on colon cancer.": a pointer to another site or page.
        if (features.Length <= 200 && features.Words <= 30 && IsVisitForMore(context.Normalized))
        {
            return Verdict.From(Elsewhere, 0.85f);
        }

        // "Related UPDATE: …", "Related video: …": a label opened by "related" before a colon.
        // "Related to each other: …" opens a sentence: the word after "related" is a preposition, not a label's noun.
        if (features.FirstColon is > 7 and <= 30 && context.Normalized.StartsWith("related ", StringComparison.Ordinal) &&
            features.FirstColon + 2 < features.Length && !SecondWordIsStopword(context.Normalized))
        {
            return Verdict.From(Labelled, 0.85f);
        }

        // "READ MORE Venezuela's president…": an upper-case label without a colon.
        if (features.UpperCaseWords >= 1 && !features.EndsSentence && StartsWithUpperCaseLabel(context.Text))
        {
            return Verdict.From(Labelled, 0.85f);
        }

        // "Lire aussi | Le gouvernement …", "LIRE AUSSI - Le gouvernement …": a label closed by a bar or a dash.
        if (features.Words >= 3 && !features.EndsSentence && IsLabelBeforeSeparator(context.Text))
        {
            return Verdict.From(Labelled, 0.85f);
        }

        // "More Politics News", "More World Stories": a section's list of other stories.
        if (features.Words is >= 3 and <= 4 && !features.EndsSentence && (features.IsTitleCase || features.IsAllCaps) &&
            IsMoreSectionHeading(context.Normalized))
        {
            return Verdict.From(Heading, 0.8f);
        }

        // Headings made only of "more stories" words: "Other news", "More Top Stories", "Latest Headlines".
        if (features.Words is > 0 and <= 5 && !features.EndsSentence && IsRelatedHeading(context.Text))
        {
            return Verdict.From(Heading, 0.8f);
        }

        return ArrowLink(context);
    }

    private static bool OpensMoreSentence(ReadOnlySpan<char> normalized) =>
        normalized.StartsWith("more on ", StringComparison.Ordinal) || normalized.StartsWith("more about ", StringComparison.Ordinal) ||
        normalized.StartsWith("more information ", StringComparison.Ordinal) ||
        normalized.StartsWith("for more information ", StringComparison.Ordinal);

    /// <summary>"Read MoreSend us your letters", "READ MOREVenezuela's president …": the link's words with no space after them.</summary>
    private static bool StartsWithGluedReadMore(ReadOnlySpan<char> text) =>
        text.Length > 10 && (text.StartsWith("Read More", StringComparison.Ordinal) || text.StartsWith("READ MORE", StringComparison.Ordinal)) &&
        char.IsUpper(text[9]);

    private static Verdict ArrowLink(in SegmentContext context)
    {
        LineFeatures features = context.Features;

        // "// Crisis en Bolivia: renunció Evo Morales …": another story's headline behind a double slash, as some
        // templates mark inline links. A headline: no sentence end, at most twenty words.
        if (features.First == '/' && features.Words is >= 3 and <= 20 && !features.EndsSentence && context.Text.StartsWith("// ", StringComparison.Ordinal) &&
            context.Text.Length > 3 && char.IsUpper(context.Text[3]))
        {
            return Verdict.From(Labelled, 0.7f);
        }

        // ">>Orages : 28 départements en vigilance orange", ">> MORE COVERAGE: Irma, one year later": a double arrow opening a
        // link to another story. A headline: a capital after the arrow, no sentence end, at most twenty words.
        if (features.First == '>' && features.Words is >= 3 and <= 20 && !features.EndsSentence && context.Text.StartsWith(">>", StringComparison.Ordinal) &&
            context.Text[2..].TrimStart() is { Length: > 0 } linked && char.IsUpper(linked[0]))
        {
            return Verdict.From(Labelled, 0.7f);
        }

        // "[This could be the start to a whole new world of chicken]": a headline in brackets standing alone.
        // A bracketed line holding sentences ("[Alden: He's sniffing me. Stop it, Lexi.]") is dialogue or a note, not a link.
        if (features.First == '[' && features.Last == ']' && features.Words is >= 3 and <= 30 && context.Text[..^1].TrimEnd()[^1] != '.' &&
            context.Text[1..^1].IndexOfAny('[', ']') < 0 && !LooksLikeEditorsNote(context.Normalized) &&
            !FeatureExtractor.HasInnerSentenceEnd(context.Text[1..^1]) && !IsLowerCaseNote(context.Text, features))
        {
            return Verdict.From(Bracketed, 0.75f);
        }

        // "More on the story »", "Full coverage >>": an arrow closing a short link, not the end of a tag ("<img>").
        // A closing guillemet that closes a quotation opened on the line («Nous ne céderons pas»), even one opened with
        // another mark ("“Los vecinos saben lo que se hizo acá»"), is not an arrow.
        if (features.Length <= 160 && features.Words >= 2 && features.Last is '»' or '›' or '→' or '>' && !features.EndsSentence &&
            (features.Last != '>' || context.Text.IndexOf('<') < 0) &&
            !(features.Last == '»' && (context.Text.Contains('«') || features.First is '“' or '"' or '„')) &&
            !(features.Last == '›' && context.Text.Contains('‹')))
        {
            return Verdict.From(Trailing, 0.65f);
        }

        // "… looking for a new publisher; several... More.": a teaser cut off before a "More" link.
        ReadOnlySpan<char> text = context.Text.TrimEnd(". »>");
        if (features.Length <= 300 && text.EndsWith("More", StringComparison.Ordinal) &&
            text[..^4].TrimEnd() is var teaser && (teaser.EndsWith("...", StringComparison.Ordinal) || teaser.EndsWith("…", StringComparison.Ordinal)))
        {
            return Verdict.From(Trailing, 0.7f);
        }

        // "READ THIS NEXT: Why the deal collapsed", "MORE PHOTOS: …": an upper-case kicker with a pointer word over another
        // story's headline. A kicker without one is the story's own ("BREAKING NEWS: Tigers fire their manager",
        // "HOPE & JOY: School Board Appreciation"): the headline of the article, not a link.
        if (features.FirstColon is > 2 and <= 30 && !features.EndsSentence && features.Words <= 25 && IsUpperCaseKicker(context.Text, features.FirstColon))
        {
            return Verdict.From(Labelled, 0.7f);
        }

        return Verdict.None;
    }

    /// <summary>Whether the second word of a normalised line is a stopword of any language ("related to …", "related by …").</summary>
    private static bool SecondWordIsStopword(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        ReadOnlySpan<char> rest = space < 0 ? [] : normalized[(space + 1)..];
        int end = rest.IndexOf(' ');
        ReadOnlySpan<char> second = end < 0 ? rest : rest[..end];
        return second.Length > 0 && (Lexicon.Default.Lookup(second) & WordClass.AnyStopword) != 0;
    }

    /// <summary>
    /// Whether the line is a finished sentence followed by a bracketed link: "… it said. (Read the full story)". The
    /// sentence must end in . ! or ? (possibly inside quotes), not in an ellipsis, which marks a teaser cut short.
    /// </summary>
    private static bool IsSentenceBeforeBracketedLink(ReadOnlySpan<char> text)
    {
        char close = text[^1];
        char open = close switch
        {
            ')' => '(',
            ']' => '[',
            _ => '\0',
        };
        int at = open == '\0' ? -1 : text.LastIndexOf(open);
        if (at <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..at].TrimEnd();
        while (before.Length > 0 && before[^1] is '"' or '\'' or '”' or '’' or '»')
        {
            before = before[..^1];
        }

        return before.Length > 0 && before[^1] is '.' or '!' or '?' && !before.EndsWith("..", StringComparison.Ordinal) &&
               CountWords(before) >= 3;
    }

    /// <summary>The number of space-separated words, enough to tell a sentence from a lone "More." before the link.</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = c is ' ' or '\t';
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    // Words of a kicker that point elsewhere (to read, watch, see more), in the supported languages.
    private static readonly string[] PointerWords =
    [
        "read", "watch", "see", "more", "related", "listen", "photos", "pictures", "gallery", "slideshow", "video", "videos",
        "next", "also", "icymi", "previously", "earlier", "coverage", "podcast", "lesen", "mehr", "lire", "voir", "leer", "ver",
        "leggi", "guarda", "leia", "veja", "lees", "bekijk",
    ];

    /// <summary>Whether a word of an upper-case kicker points elsewhere ("READ THIS NEXT", "MORE PHOTOS").</summary>
    private static bool HasPointerWord(ReadOnlySpan<char> label)
    {
        while (!label.IsEmpty)
        {
            int end = label.IndexOfAny(" '-&");
            ReadOnlySpan<char> word = end < 0 ? label : label[..end];
            if (SpanWords.IsOneOf(word, PointerWords))
            {
                return true;
            }

            label = end < 0 ? [] : label[(end + 1)..];
        }

        return false;
    }

    private static bool IsUpperCaseKicker(ReadOnlySpan<char> text, int colon)
    {
        ReadOnlySpan<char> label = text[..colon];
        int letters = 0;
        foreach (char c in label)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '\'' or '-' or '&'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> rest = text[(colon + 1)..].TrimStart();
        return letters >= 4 && rest.Length >= 10 && char.IsUpper(rest[0]) && HasPointerWord(label) &&
               !label.Equals("UPDATE", StringComparison.Ordinal) && !label.Equals("CORRECTION", StringComparison.Ordinal) &&
               !label.Equals("EDITOR'S NOTE", StringComparison.Ordinal);
    }

    private static bool LooksLikeEditorsNote(ReadOnlySpan<char> normalized) =>
        normalized.StartsWith("editor", StringComparison.Ordinal) || normalized.StartsWith("update", StringComparison.Ordinal) ||
        normalized.StartsWith("correction", StringComparison.Ordinal) || normalized.StartsWith("note", StringComparison.Ordinal) ||
        normalized.StartsWith("this article", StringComparison.Ordinal) || normalized.StartsWith("this story", StringComparison.Ordinal);

    private static bool StartsWithUpperCaseLabel(ReadOnlySpan<char> text)
    {
        // Take the leading run of upper-case words and look it up as a label.
        int end = 0;
        while (end < text.Length && (char.IsUpper(text[end]) || text[end] is ' ' or '\''))
        {
            end++;
        }

        Span<char> buffer = stackalloc char[PhraseSet.MaxLabelLength];
        ReadOnlySpan<char> head = text[..Math.Min(end, PhraseSet.MaxLabelLength)].TrimEnd();
        // The last upper-case word may be the first word of the linked headline: try the run and the run minus one word.
        for (int attempt = 0; attempt < 2 && head.Length > 0; attempt++)
        {
            int written = TextNormalizer.Normalize(head, buffer, out _);
            ReadOnlySpan<char> key = buffer[..written];
            if (key is "read more" or "watch" or "see also" or "related" or "also read" or "more" or "listen" or "read" or "watch more" ||
                IsUpperCaseLabelKey(key))
            {
                // The linked headline follows with a capital ("READ MORE Venezuela's president…"); a lede in the
                // upper-case-first-words style ("WATCH out for…") goes on in lower case.
                ReadOnlySpan<char> rest = text[head.Length..].TrimStart();
                return rest.Length > 0 && char.IsUpper(rest[0]);
            }

            int space = head.LastIndexOf(' ');
            if (space < 0)
            {
                break;
            }

            head = head[..space].TrimEnd();
        }

        return false;
    }

    // The same labels in the other languages, written in capitals over the linked headline without a colon ("PUEDE
    // INTERESARTE El asesinato de …", "LEIA TAMBÉM Prefeitura anuncia …"). Two words or more: a single word in capitals
    // ("VEJA", "LIRE") may be a name or a lede's first word.
    private static readonly string[] UpperCaseLabels =
    [
        "read also", "see more", "more stories", "related stories", "related story", "related article", "you may also like",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "lire aussi", "à lire aussi", "a lire aussi",
        "voir aussi", "à lire", "lea también", "lee también", "vea también", "ver también", "te puede interesar",
        "puede interesarte", "le puede interesar", "leggi anche", "potrebbe interessarti", "leia também", "leia mais",
        "veja também", "veja mais", "saiba mais", "lees ook", "lees meer", "bekijk ook",
    ];

    private static bool IsUpperCaseLabelKey(ReadOnlySpan<char> key)
    {
        foreach (string label in UpperCaseLabels)
        {
            if (key.SequenceEqual(label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "[just a note in advance: i was only there for the last day]": a bracketed aside of eight words or more, full of
    /// stopwords like prose and opening in lower case, is the writer's note; a link's headline opens with a capital.
    /// </summary>
    private static bool IsLowerCaseNote(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.Words < 8 || features.StopwordDensity < 0.3f)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>A related-link label ("Lire aussi", "READ MORE") before " | ", " - " or " – ", with a headline after it.</summary>
    private static bool IsLabelBeforeSeparator(ReadOnlySpan<char> text)
    {
        int bar = text.IndexOf(" | ", StringComparison.Ordinal);
        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        int enDash = text.IndexOf(" – ", StringComparison.Ordinal);
        int at = bar >= 0 ? bar : dash >= 0 ? dash : enDash;
        if (at <= 0 || at > 24 || text.Length - at < 12)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[PhraseSet.MaxLabelLength];
        int written = TextNormalizer.Normalize(text[..at], buffer, out _);
        ReadOnlySpan<char> rest = text[(at + 3)..].TrimStart();
        if (written == 0 || rest.Length == 0 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        ReadOnlySpan<char> label = buffer[..written];
        foreach (string candidate in Labels)
        {
            if (label.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMoreSectionHeading(ReadOnlySpan<char> normalized) =>
        normalized.StartsWith("more ", StringComparison.Ordinal) &&
        (normalized.EndsWith(" news", StringComparison.Ordinal) || normalized.EndsWith(" stories", StringComparison.Ordinal) ||
         normalized.EndsWith(" videos", StringComparison.Ordinal) || normalized.EndsWith(" headlines", StringComparison.Ordinal) ||
         normalized.EndsWith(" articles", StringComparison.Ordinal));

    private static bool IsRelatedHeading(ReadOnlySpan<char> text)
    {
        int related = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.Related))
            {
                related++;
            }
            else if (!word.Is(WordClass.AnyStopword) && word.Text is not ("you" or "You" or "for" or "For"))
            {
                return false;
            }
        }

        return related >= 2;
    }
}
