using System;
using System.Linq;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Navigation;

/// <summary>
/// Navigation: menu words standing alone ("Home", "Skip to content", "Next article"), breadcrumbs and menus
/// ("Home › News › World", "News | Sport | Weather"), pagination and lines made only of arrows ("« »").
/// </summary>
public sealed class NavigationClassifier : SegmentClassifier
{
    /// <summary>A navigation word or phrase standing alone.</summary>
    public static readonly ResidueRule MenuItem = new("navigation.item", ResidueKind.Navigation,
        "A navigation link standing alone ('Home', 'Skip to content', 'Next article', 'Back to top').");

    /// <summary>A breadcrumb or a menu of short items between separators.</summary>
    public static readonly ResidueRule Menu = new("navigation.menu", ResidueKind.Navigation,
        "A breadcrumb or menu: short items between separators such as '|', '›', '»' or '•'.");

    /// <summary>A line made only of arrows and separators.</summary>
    public static readonly ResidueRule Arrows = new("navigation.arrows", ResidueKind.Navigation,
        "A line made only of arrows, guillemets or separators ('« »').");

    /// <summary>A pager: "Page 2 of 5".</summary>
    public static readonly ResidueRule Pager = new("navigation.pager", ResidueKind.Navigation,
        "A pager of a multi-page article or gallery ('Page 2 of 5').");

    /// <summary>Tag and topic lists.</summary>
    public static readonly ResidueRule TagList = new("navigation.tags", ResidueKind.Navigation,
        "A list of tags or topics ('Tags: …', 'Filed under: …').");

    /// <summary>A printed page's numbered list of the links it held.</summary>
    public static readonly ResidueRule LinkNote = new("navigation.link-note", ResidueKind.Navigation,
        "A numbered link of a printed page's list of links ('[2] http://example.org/category/news'), or its 'Links:' heading.");

    /// <summary>An encyclopedia's hatnote or page chrome.</summary>
    public static readonly ResidueRule Hatnote = new("navigation.hatnote", ResidueKind.Navigation,
        "A wiki hatnote or page chrome: '\"X\" redirects here', 'For other uses, see …', 'Jump to navigation'.");

    private readonly PhraseSet _hatnotes = new PhraseListBuilder()
        .Add(Hatnote, PhraseMatch.Contains, 0.9f, 300, "redirects here", "for other uses see",
            "for other uses of", "(disambiguation)", "zu weiteren bedeutungen siehe", "weitere bedeutungen sind unter",
            "pour les articles homonymes voir", "para otros usos de este término véase", "para outros significados veja",
            "per altri significati vedi", "voor andere betekenissen zie", "leitet hierher weiter", "redirige ici")
        // "(Redirected from MRT)" opens its line; inside a sentence ("some trains were redirected from the EWL") it is prose.
        .Add(Hatnote, PhraseMatch.Prefix, 0.9f, 300, "redirected from", "this article is about", "for the", "from wikipedia the free encyclopedia",
            "jump to navigation", "jump to search", "not to be confused with", "dieser artikel behandelt",
            "dieser artikel beschreibt", "cet article concerne", "ne doit pas être confondu avec", "este artículo trata sobre",
            "no debe confundirse con", "questo articolo tratta", "non confondere con", "este artigo é sobre",
            "não confundir com", "dit artikel gaat over", "niet te verwarren met", "aus wikipedia der freien enzyklopädie",
            "un article de wikipédia l'encyclopédie libre", "de wikipedia la enciclopedia libre",
            "da wikipedia l'enciclopedia libera", "origem wikipédia a enciclopédia livre", "uit wikipedia de vrije encyclopedie")
        .Build();

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(MenuItem, PhraseMatch.Exact, 0.85f, 60,
            "home", "menu", "main menu", "search", "skip to content", "skip to main content", "skip to navigation",
            "skip navigation", "jump to", "back to top", "top", "next", "previous", "prev", "next article", "previous article",
            "next story", "previous story", "next post", "previous post", "older posts", "newer posts", "load more",
            "show more", "see more", "view more", "more", "sections", "toggle navigation", "navigation", "close", "close menu",
            "open menu", "you are here", "go to", "homepage", "home page", "all news", "all stories", "categories",
            "go back", "back", "return to top", "learn more", "click here", "article tools", "tools", "print article",
            "email article", "share article", "jump to comments", "story highlights", "jump to section", "table of contents", "contents", "scroll to top", "print this page", "font size", "text size", "a a a",
            "zurück", "weiter", "startseite", "suivant", "précédent", "accueil", "siguiente", "anterior", "inicio",
            "successivo", "precedente", "próximo", "volgende", "vorige", "terug", "zur startseite", "zurück zur startseite",
            "retour à l'accueil", "volver a la portada", "torna alla home", "voltar para a página inicial", "terug naar home",
            // "Back to top", "Next article", "Back to overview" and a search box's label in the supported languages.
            "nach oben", "zum seitenanfang", "nächster artikel", "vorheriger artikel", "zurück zur übersicht", "retour en haut",
            "haut de page", "article suivant", "article précédent", "retour à la liste", "volver arriba", "ir arriba",
            "siguiente noticia", "noticia anterior", "siguiente artículo", "artículo anterior", "torna su", "torna all'inizio",
            "articolo successivo", "articolo precedente", "voltar ao topo", "próxima matéria", "matéria anterior",
            "próximo artigo", "artigo anterior", "naar boven", "terug naar boven", "volgend artikel", "vorig artikel",
            "search for", "search this site", "search the site", "suche", "suchen", "rechercher", "buscar", "cerca", "pesquisar",
            "zoeken", "ver más", "voir plus", "mehr anzeigen", "vedi altro", "ver mais", "international edition", "us edition",
            "uk edition", "change edition", "select edition", "view desktop site", "switch to mobile site",
            "switch to desktop site", "view mobile site", "view full site", "zur mobilen ansicht", "zur desktop ansicht", "next page", "previous page", "nächste seite", "vorherige seite", "page suivante",
            "page précédente", "página siguiente", "página anterior", "pagina successiva", "pagina precedente", "próxima página",
            "volgende pagina", "vorige pagina", "archivado en", "abgelegt unter", "classé dans", "archiviato in", "arquivado em",
            // Skip links and accessibility menus in the supported languages ("Aller au contenu", "Zum Inhalt springen").
            "aller au contenu", "aller au contenu principal", "passer au contenu", "passer au contenu principal",
            "aller à la navigation", "ir al contenido", "ir al contenido principal", "saltar al contenido",
            "saltar al contenido principal", "enlaces de accesibilidad", "enlaces accesibilidad", "vai al contenuto",
            "vai al contenuto principale", "salta al contenuto", "salta al contenuto principale", "ir para o conteúdo",
            "ir para o conteúdo principal", "pular para o conteúdo", "saltar para o conteúdo", "links de acessibilidade",
            "zum inhalt", "zum inhalt springen", "direkt zum inhalt", "zur navigation springen", "zum hauptinhalt",
            "naar de inhoud", "ga naar de inhoud", "ga direct naar de inhoud", "direct naar de inhoud", "naar hoofdinhoud",
            "jump to content", "jump to main content", "go to content", "go to main content", "accessibility links",
            // A box's "see all" link and a link box's heading, and a print plugin's button, in the supported languages.
            "see all", "view all", "show all", "see all stories", "view all stories", "see all news", "view all news",
            "alle anzeigen", "alle ansehen", "alle artikel anzeigen", "voir tout", "tout voir", "voir toutes",
            "ver todas", "ver todos", "ver todas las noticias", "vedi tutti", "vedi tutte", "ver tudo", "ver todas as notícias",
            "bekijk alles", "toon alles", "alles bekijken", "quick links", "useful links", "print friendly and pdf",
            "print friendly pdf", "print friendly",
            // A tag list's heading in the other languages.
            "tópicos", "temas relacionados", "tópicos relacionados", "sujets associés", "thèmes associés", "argomenti correlati",
            "gerelateerde onderwerpen", "verwandte themen", "topics",
            // The print edition's links in a menu.
            "e edition", "e paper", "epaper", "today's paper", "todays paper", "subscriber services",
            // "Back to the section" links in the other languages.
            "retour à la rubrique", "retour à la une", "torna alla homepage", "torna alla home", "voltar para a home",
            "voltar à home", "voltar para a capa", "terug naar overzicht", "terug naar het overzicht",
            // A tag box's heading alone, and a section box's "view more in" link, in the supported languages.
            "tags", "schlagworte", "schlagwörter", "mots clés", "etiquetas", "trefwoorden", "view more in",
            // Menu and search controls, a menu's heading, "load more" and "choose your edition" in the supported languages.
            "main navigation", "site navigation", "open navigation", "show navigation", "hide navigation",
            "hauptnavigation", "hauptmenü", "menü", "menü öffnen", "menü schließen", "navigation principale", "menu principal",
            "ouvrir le menu", "fermer le menu", "navegación principal", "menú", "menú principal", "abrir menú", "cerrar menú",
            "menu principale", "apri il menu", "chiudi il menu", "navegação principal", "abrir menu", "fechar menu",
            "hoofdmenu", "hoofdnavigatie", "menu openen", "menu sluiten", "open search", "close search", "suche öffnen",
            "suche schließen", "search this website", "diese website durchsuchen", "rechercher sur le site",
            "buscar en el sitio", "cerca nel sito", "pesquisar no site", "zoeken op de site", "load more articles",
            "load more stories", "mehr laden", "weitere artikel laden", "charger plus", "charger plus d'articles",
            "cargar más", "cargar más noticias", "carica altri", "carica altro", "carregar mais", "meer laden",
            "choose your edition", "select language", "choose language", "change language", "sprache wählen", "sprache ändern",
            "choisir la langue", "changer de langue", "seleccionar idioma", "cambiar idioma", "seleziona lingua", "cambia lingua",
            "selecionar idioma", "mudar idioma", "alterar idioma", "kies taal", "taal wijzigen", "taal kiezen",
            "go to top", "to top", "top of page", "go to homepage", "zum seitenende", "aller au pied de page",
            "ir para o rodapé", "naar de footer",
            // A site's sections menu and its heading.
            "all sections", "more sections", "rubriken", "alle rubriken", "rubriques", "toutes les rubriques", "secciones",
            "todas las secciones", "sezioni", "tutte le sezioni", "secções", "seções", "rubrieken", "alle rubrieken",
            "in this section", "in dieser rubrik", "dans cette rubrique", "en esta sección", "in questa sezione", "nesta secção",
            "nesta seção", "in deze rubriek", "breadcrumb", "breadcrumbs", "brotkrumennavigation", "fil d'ariane",
            "migas de pan", "kruimelpad",
            // A blog's post navigation and a gallery's previous and next pictures.
            "post navigation", "beitragsnavigation", "navigation des articles", "navegación de entradas", "navigazione articoli",
            "navegação de posts", "berichtnavigatie", "older post", "newer post", "older entries", "newer entries",
            "previous entries", "next entries", "newer post older post home", "newer post older post", "older post home",
            "vorheriger beitrag", "nächster beitrag", "article précédent article suivant", "entrada anterior",
            "entrada siguiente", "post precedente", "post successivo", "post anterior", "próximo post", "vorig bericht",
            "volgend bericht", "vorheriges bild", "nächstes bild", "image précédente", "image suivante", "imagen anterior",
            "imagen siguiente", "immagine precedente", "immagine successiva", "imagem anterior", "próxima imagem",
            "vorige afbeelding", "volgende afbeelding", "previous slide", "next slide",
            "menu search", "search menu", "menu close", "toggle menu", "toggle search", "navigation menu",
            // An archive page's pager by month.
            "previous month", "next month", "vorheriger monat", "nächster monat", "mois précédent", "mois suivant",
            "mes anterior", "mes siguiente", "mese precedente", "mese successivo", "mês anterior", "próximo mês",
            "vorige maand", "volgende maand")
        // A blog's entry footer: "This entry was posted in News and tagged council. Bookmark the permalink."
        .Add(TagList, PhraseMatch.Suffix, 0.85f, 300, "bookmark the permalink")
        // The same footer in the other languages, where it names the permalink.
        .Add(TagList, PhraseMatch.Suffix, 0.85f, 300, "lesezeichen für den permalink", "setze ein lesezeichen auf den permalink",
            "aggiungi ai preferiti il permalink", "bookmark de permalink")
        // A mobile template's link back to the full site ("Exit mobile version", "Sair da versão mobile").
        .Add(MenuItem, PhraseMatch.Exact, 0.9f, 40, "exit mobile version", "sair da versão mobile", "salir de la versión móvil",
            "quitter la version mobile", "mobile version verlassen", "esci dalla versione mobile", "mobiele versie verlaten",
            "scroll for next", "scroll to continue", "scroll for more")
        .Add(LinkNote, PhraseMatch.Exact, 0.85f, 12, "links")
        // "Sie sind hier: Startseite > Politik": a breadcrumb's label in the other languages.
        .Add(Menu, PhraseMatch.Label, 0.85f, 120, "sie sind hier", "vous êtes ici", "estás en", "usted está en", "está em",
            "você está em", "ti trovi in", "sei in", "u bent hier", "je bent hier", "you are here")
        .Add(MenuItem, PhraseMatch.Prefix, 0.85f, 80, "skip to", "back to", "return to", "go to page", "you are here")
        // "Next post: Council approves budget": the link to the next or previous story, with its title after a colon.
        .Add(MenuItem, PhraseMatch.Label, 0.85f, 200, "next post", "previous post", "next article", "previous article",
            "next story", "previous story", "nächster artikel", "vorheriger artikel", "nächster beitrag", "vorheriger beitrag",
            "article suivant", "article précédent", "siguiente noticia", "noticia anterior", "artículo siguiente",
            "artículo anterior", "articolo successivo", "articolo precedente", "próxima notícia", "notícia anterior",
            "próximo artigo", "artigo anterior", "volgend artikel", "vorig artikel")
        // Skip links with their access key ("Zum Inhalt (ALT-C)", "Zur Navigation (ALT-N)"): short lines only.
        .Add(MenuItem, PhraseMatch.Prefix, 0.85f, 32, "zum inhalt", "zur navigation", "zur startseite", "zur suche", "zum menü",
            "zur hauptnavigation", "aller au contenu", "ir al contenido", "vai al contenuto", "ir para o conteúdo", "naar de inhoud")
        // Print and close controls, a live blog's own menu, in the supported languages.
        .Add(MenuItem, PhraseMatch.Exact, 0.85f, 40, "printer friendly", "printer friendly version", "print this article",
            "seite ausdrucken", "artikel drucken", "drucken", "imprimer", "imprimer l'article", "imprimer cet article",
            "imprimir", "imprimir noticia", "imprimir artículo", "stampa", "stampa articolo", "stampa questo articolo",
            "imprimir matéria", "afdrukken", "artikel afdrukken", "fechar", "fermer", "cerrar", "schließen", "chiudi", "sluiten",
            "key events", "key posts", "live feed", "load more updates", "show more updates", "show key events only",
            "font", "schriftgröße", "taille du texte", "tamaño del texto", "dimensione del testo", "tamanho da fonte",
            "tekstgrootte")
        .Add(TagList, PhraseMatch.Label, 0.85f, 300, "tags", "tagged", "topics", "filed under", "categories", "category",
            "more about", "related topics", "keywords", "schlagworte", "themen", "mots clés", "etiquetas", "temas", "argomenti",
            "tag", "trefwoorden", "permalink", "short url", "short link", "schlagwort", "companies in this story",
            "archivado en", "abgelegt unter", "posted in", "posted under", "categorized in", "categorised in", "categorized as",
            "categorised as", "classé dans", "archiviato in", "arquivado em", "gearchiveerd onder", "schlagwörter",
            "mots clés", "palabras clave", "parole chiave", "palavras chave",
            // "Artikel zu: Polizeiinspektion": a topic page's label, in the supported languages.
            "artikel zu", "alle artikel zu", "berichte zu", "nachrichten zu", "meldungen zu", "articles about", "stories about",
            "news about", "articles sur", "actualités sur", "artículos sobre", "noticias sobre", "articoli su", "notizie su",
            "artigos sobre", "notícias sobre", "artikelen over", "nieuws over")
        // "You are here: Home / News", "Tag Archives: Trockau": a breadcrumb's or an archive page's label.
        .Add(TagList, PhraseMatch.Label, 0.9f, 300, "you are here", "você está aqui", "sie sind hier", "vous êtes ici",
            "usted está aquí", "está aquí", "ti trovi in", "sei qui", "u bent hier", "u bevindt zich hier", "tag archives",
            "tag archive", "tag archiv", "category archives", "category archive", "author archives", "monthly archives",
            "archives de catégorie", "archivo de categoría", "archivio categoria", "arquivo da categoria",
            // A theme's archive titles in the other languages: "Archivo de la etiqueta: ruido", "Schlagwort-Archiv: Polizei".
            "archivo de la etiqueta", "archivo de la categoría", "archivo de etiqueta", "archivio tag", "archivio della categoria", "arquivo da tag",
            "arquivos da tag", "arquivos da categoria", "schlagwort archiv", "kategorie archiv", "archiv der kategorie",
            "tagarchief", "categorie archief", "archief van categorie")
        // "Archive for the ‘green policy’ Category", "Archive for the tag ‘floods’": an older theme's archive title.
        .Add(TagList, PhraseMatch.Prefix, 0.85f, 120, "archive for the category", "archive for the tag", "archives for the category",
            "archives for the tag")
        .Add(TagList, PhraseMatch.Prefix, 0.85f, 160, "posts tagged with", "posts tagged", "articles tagged with",
            "stories tagged with", "press enter to skip to content", "view more in this section",
            // A blog platform's label page ("Showing posts with label Elections. Show all posts") in the supported languages.
            "showing posts with label", "showing posts from", "showing posts sorted by", "mostrando entradas con la etiqueta",
            "mostrando las entradas con la etiqueta", "mostrando postagens com o marcador", "postagens com o marcador",
            "affichage des articles dont le libellé est", "affichage des articles", "visualizzazione dei post con etichetta",
            "visualizzazione dei post con l'etichetta", "posts mit dem label", "es werden posts für das label",
            "posts weergeven met het label", "berichten met het label")

        .Build();

    // A breaking-news banner's label standing alone; before a colon it opens the story's own headline, and as hashtags
    // ("#breaking #news") it is a social line.
    private readonly PhraseSet _banners = new PhraseListBuilder()
        .Add(MenuItem, PhraseMatch.Exact, 0.85f, 40, "breaking news", "breaking", "eilmeldung", "dernière minute",
            "dernière heure", "última hora", "ultima ora", "últimas notícias", "laatste nieuws", "ultim'ora")
        .Build();

    private readonly PhraseSet _sectionLabels = new PhraseListBuilder()
        .Add(TagList, PhraseMatch.Label, 0.85f, 48, "section", "rubrik", "ressort", "kategorie", "rubrique", "catégorie", "sección",
            "categoría", "sezione", "categoria", "seção", "secção", "editoria", "rubriek", "categorie")
        .Build();

    /// <inheritdoc />
    public override string Name => "navigation";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Navigation;

    /// <inheritdoc />
    // Gate: the phrase sets, glued breadcrumbs (inner capitals), printed link notes (an address), lines without words,
    // and every line that does not end like a sentence (menus, pagers, breadcrumbs, navigation words, logos, pickers and
    // section lists are all checked only there).
    public override ClassifierTriggers Triggers => new(300)
    {
        Gate = LineGate.Phrases with
        {
            NotSentence = true, Marks = LineMarks.InnerCapital | LineMarks.Url, MaxWords = 0,
        },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (features.Words == 0)
        {
            return features.Has(LineMarks.Arrow | LineMarks.Guillemet | LineMarks.Pipe) && IsOnlySeparators(context.Text)
                ? Verdict.From(Arrows, 0.85f)
                : Verdict.None;
        }

        // "[3] http://example.org/category/thesaurus/drought": a printed page's numbered note of a link, nothing else.
        if (features.First == '[' && features.Has(LineMarks.Url) && IsLinkNote(context.Text))
        {
            return Verdict.From(LinkNote, 0.85f);
        }

        // "#breaking #news" normalises to a banner's label, but a line of hashtags is the social classifier's.
        if ((features.Words <= 4 || features.Has(WordClass.Navigation | WordClass.Related | WordClass.Clock)) && features.First != '#' &&
            _phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        if (features.Words <= 3 && !features.Has(LineMarks.Hash) && _banners.TryMatch(context, out PhraseHit banner))
        {
            return Verdict.From(banner.Rule, banner.Score);
        }

        // "Previous Image Next Image", "Next Story": a few words, every one a navigation or picture word.
        if (features.Words is >= 3 and <= 6 && !features.EndsSentence && features.Has(WordClass.Navigation) &&
            features.Stopwords == 0 && IsOnlyNavigationWords(context.Text))
        {
            return Verdict.From(MenuItem, 0.8f);
        }

        // "Seite 1/2", "Page 2/5": a pager written with a slash.
        if (features.Words == 3 && features.NumericWords == 2 && features.Has(LineMarks.Slash) && !features.EndsSentence &&
            IsSlashPager(context.Text))
        {
            return Verdict.From(Pager, 0.85f);
        }

        // "Page: 41", "Seite 3": a page number alone on its line.
        if (features.Words == 2 && features.NumericWords == 1 && features.Length <= 14 && !features.EndsSentence &&
            IsPageNumber(context.Normalized))
        {
            return Verdict.From(Pager, 0.8f);
        }

        // "Page 2 of 5", "Seite 1 von 3": a pager.
        if (features.Words is 4 or 5 && features.NumericWords == 2 && !features.EndsSentence && IsPager(context.Normalized))
        {
            return Verdict.From(Pager, 0.85f);
        }

        // "Étiquette  Ligue 1", "Etiqueta Guardia Civil": a tag page's label without its colon, over a capitalised tag.
        // "Etiqueta y protocolo" (etiquette) goes on in lower case.
        if (features.Words <= 5 && !features.EndsSentence && features.Has(WordClass.Navigation) && IsTagPageLabel(context.Text))
        {
            return Verdict.From(TagList, 0.85f);
        }

        // "<< Previous 51 52 53 54 Next >>": a pager's run of page numbers beside its previous and next links.
        if (features.NumericWords >= 3 && features.NumericWords * 2 >= features.Words && !features.EndsSentence &&
            IsNumberedPager(context.Normalized, features.Has(LineMarks.Arrow | LineMarks.Guillemet)))
        {
            return Verdict.From(Pager, 0.85f);
        }

        // "Ligue 1 2025 - 2026 - Page 17", "Home Columns Page 105": a listing page's title closed by its page number.
        if (features.Words <= 8 && features.NumericWords >= 1 && !features.EndsSentence && IsPageTitle(context.Text, context.Normalized))
        {
            return Verdict.From(Pager, 0.8f);
        }

        // "Archive for the ‘green policy’ Category": an older theme's archive title, the name between the words.
        if (features.Words <= 10 && !features.EndsSentence && context.Normalized.StartsWith("archive for the ", StringComparison.Ordinal) &&
            (context.Normalized.EndsWith(" category", StringComparison.Ordinal) || context.Normalized.EndsWith(" tag", StringComparison.Ordinal)))
        {
            return Verdict.From(TagList, 0.85f);
        }

        // "\"FASD\" redirects here. For other uses, see FASD (disambiguation)": a hatnote always points somewhere else.
        if (features.Has(WordClass.Navigation | WordClass.Related) && _hatnotes.TryMatch(context, out PhraseHit hatnote) &&
            IsHatnote(context.Normalized, hatnote))
        {
            return Verdict.From(hatnote.Rule, hatnote.Score);
        }

        // (A sentence is never a menu: the line is searched for chevrons only when it does not end like one.)
        // The article's byline and stamp between separators ("By Jane Doe • Published: 29 Sep 2023 • 18:40") are no menu.
        if (!features.EndsSentence && (features.Has(LineMarks.Pipe | LineMarks.Arrow | LineMarks.Bullet | LineMarks.Guillemet) ||
             context.Text.IndexOfAny(Chevrons) >= 0) && IsMenu(context.Text, features) &&
            !(features.CalendarWords > 0 && features.NumericWords > 0 && HasBylineItem(context.Text)) &&
            !HasCreditItem(context.Text))
        {
            return Verdict.From(Menu, 0.8f);
        }

        // "Tópicos | velório", "Topic | Middle East": a tag list's label before a bar instead of a colon.
        if (features.Has(LineMarks.Pipe) && features.Words <= 12 && !features.EndsSentence && IsBarTagList(context.Text))
        {
            return Verdict.From(TagList, 0.85f);
        }

        // "HomeNewsPolitics…", "InicioNoticiasPrecaución por …": a breadcrumb whose separators the scraper dropped, so
        // that the home page's name runs into two capitalised section names or more ("HomePod" is one hump short).
        // (Every such line has a capital after a lower-case letter inside a word, which the feature pass marks.)
        if (features.Has(LineMarks.InnerCapital) && IsGluedBreadcrumb(context.Text))
        {
            return Verdict.From(Menu, 0.85f);
        }

        // "Logo lissernieuws.nl", "WordPress.com Logo", "Logotipo diario gente": the site's logo, a link to its home page.
        if (features.Words is >= 2 and <= 6 && !features.EndsSentence && IsLogo(context.Text, features))
        {
            return Verdict.From(MenuItem, 0.85f);
        }

        // "English | Español | Français", "DE EN FR": an edition or language picker, every item a language's own name or
        // an upper-case language code.
        if (features.Words is >= 2 and <= 10 && !features.EndsSentence && features.CapitalizedWords == features.Words &&
            IsLanguagePicker(context.Text))
        {
            return Verdict.From(Menu, 0.85f);
        }

        // "Home / World / Europe", "Startseite / Politik / Ausland": a breadcrumb written with slashes, from the home page.
        if (features.Has(LineMarks.Slash) && features.Words <= 16 && !features.EndsSentence && IsSlashBreadcrumb(context.Text))
        {
            return Verdict.From(Menu, 0.85f);
        }

        // "Home > News > Local > Council approves …", "Inicio / Noticias", "Home - News - World": a breadcrumb from the
        // home page with any separator, its last item possibly the page's own headline.
        if (features.Words <= 30 && !features.EndsSentence && StartsWithHomeWord(context.Text) && IsHomeBreadcrumb(context.Text))
        {
            return Verdict.From(Menu, 0.85f);
        }

        // "Section: Politics", "Rubrik: Politik", "Categoría: Política": the page's section named after a label.
        if (features.Words <= 5 && features.FirstColon > 0 && !features.EndsSentence && _sectionLabels.TryMatch(context, out PhraseHit section))
        {
            return Verdict.From(section.Rule, section.Score);
        }

        // "News Sport Business Opinion Culture", "Politik Wirtschaft Panorama Sport": a menu scraped without its separators,
        // four capitalised words or more, every one a site section's name.
        if (features.Words is >= 4 and <= 14 && features.Stopwords == 0 && !features.EndsSentence && IsSectionList(context.Text))
        {
            return Verdict.From(Menu, 0.8f);
        }

        // "World » Europe", "Politics › Congress": a two-level breadcrumb, capitalised section names only.
        if (features.Words is >= 2 and <= 4 && features.Stopwords == 0 && !features.EndsSentence &&
            features.Has(LineMarks.Arrow | LineMarks.Guillemet) && IsShortBreadcrumb(context.Text))
        {
            return Verdict.From(Menu, 0.8f);
        }

        return Verdict.None;
    }

    /// <summary>
    /// "For the …" and "This article is about …" open prose too; as hatnotes they go on to point elsewhere ("…, see …").
    /// </summary>
    private static bool IsHatnote(ReadOnlySpan<char> normalized, in PhraseHit hit)
    {
        if (!normalized.StartsWith("for the ", StringComparison.Ordinal) && !normalized.StartsWith("this article is about", StringComparison.Ordinal))
        {
            return true;
        }

        return normalized.Contains(" see ", StringComparison.Ordinal) || normalized.EndsWith(" see", StringComparison.Ordinal);
    }

    /// <summary>
    /// Three or more parts separated by slashes, the first a home page's name, each part a few words opening with a
    /// capital: "Home / World / Europe", "Página Inicial / Notícias / Cidade".
    /// </summary>
    private static bool IsSlashBreadcrumb(ReadOnlySpan<char> text)
    {
        int parts = 0;
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int slash = rest.IndexOf('/');
            ReadOnlySpan<char> part = (slash < 0 ? rest : rest[..slash]).Trim();
            // The last part may be the page's own headline, however long: "Home / Cities / … / Police lodge 24 FIRs …".
            if (part.IsEmpty || !char.IsUpper(part[0]) || part.Count(' ') > 5 && !(slash < 0 && parts >= 2) ||
                parts == 0 && !IsHomeName(part))
            {
                return false;
            }

            parts++;
            if (slash < 0)
            {
                return parts >= 3;
            }

            rest = rest[(slash + 1)..];
        }
    }

    private static bool IsHomeName(ReadOnlySpan<char> part) => SpanWords.IsOneOf(part, HomeNames);

    /// <summary>Breadcrumb separators that the feature scan does not mark: '❯', '❱', '⟩', '〉', '▸'.</summary>
    private static readonly System.Buffers.SearchValues<char> Chevrons = System.Buffers.SearchValues.Create("❯❱⟩〉▸");

    /// <summary>"Tópicos | velório": a tag list's label, then a bar, then the tags.</summary>
    /// <summary>"[12] https://example.org/news/story": a bracketed number, then one address and nothing after it.</summary>
    private static bool IsLinkNote(ReadOnlySpan<char> text)
    {
        int close = text.IndexOf(']');
        if (close is < 2 or > 4 || text[1..close].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> link = text[(close + 1)..].Trim();
        return (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
                link.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) && !link.ContainsAny(' ', '\t');
    }

    private static bool IsBarTagList(ReadOnlySpan<char> text)
    {
        int bar = text.IndexOfAny('|', '¦');
        if (bar <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = text[..bar].Trim();
        ReadOnlySpan<char> tags = text[(bar + 1)..].Trim();
        return !tags.IsEmpty && TextNormalizer.IsWordChar(tags[0]) && SpanWords.IsOneOf(label, TagLabels);
    }

    private static readonly string[] TagLabels =
    [
        "Tags", "Topic", "Topics", "Keywords", "Category", "Categories", "Schlagworte", "Schlagwörter", "Themen", "Mots clés",
        "Mots-clés", "Sujets", "Thèmes", "Catégorie", "Catégories", "Etiquetas", "Tópicos", "Temas", "Categoría", "Categorías",
        "Categoria", "Categorias", "Argomenti", "Trefwoorden", "Onderwerpen", "Categorie",
    ];

    /// <summary>
    /// Menu items whose separators the scraper dropped: the home page's name glued to two capitalised section names or more
    /// ("HomeSportsAfter the defeat", "InicioNoticiasPrecaución", "StartseitePolitikAusland"), a first word glued from four
    /// capitalised parts or more ("RevBlogTranscriptsCalifornia Governor …"), or a line that is one word glued from three
    /// capitalised parts of four letters or more ("CreatorsPublishersAdvertisers"; "GoFundMe" and "PricewaterhouseCoopers"
    /// stay).
    /// </summary>
    private static bool IsGluedBreadcrumb(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || !char.IsUpper(text[0]))
        {
            return false;
        }

        int space = text.IndexOfAny(' ', '\u00A0');
        ReadOnlySpan<char> first = space < 0 ? text : text[..space];
        int humps = 0;
        int shortest = int.MaxValue;
        int partStart = 0;
        for (int i = 1; i < first.Length; i++)
        {
            if (!char.IsLetter(first[i]))
            {
                humps = -1;
                break;
            }

            if (char.IsUpper(first[i]) && char.IsLower(first[i - 1]))
            {
                humps++;
                shortest = Math.Min(shortest, i - partStart);
                partStart = i;
            }
        }

        if (humps >= 3 || humps == 2 && space < 0 && Math.Min(shortest, first.Length - partStart) >= 4)
        {
            return true;
        }

        foreach (string home in GluedHomeNames)
        {
            if (text.Length > home.Length + 4 && text.StartsWith(home, StringComparison.Ordinal) && char.IsUpper(text[home.Length]))
            {
                int end = text.IndexOfAny(' ', '\u00A0');
                ReadOnlySpan<char> token = end < 0 ? text[(home.Length + 1)..] : text[(home.Length + 1)..end];
                for (int i = 1; i < token.Length; i++)
                {
                    if (char.IsUpper(token[i]) && char.IsLower(token[i - 1]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Logotipo" or "Logótipo" opening the line (alt text; a headline says "logo"), or "Logo" first or last beside a site's
    /// domain ("Logo example.nl", "Example.com Logo").
    /// </summary>
    private static bool IsLogo(ReadOnlySpan<char> text, in LineFeatures features)
    {
        text = text.Trim();
        int space = text.IndexOf(' ');
        int last = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = text[..space];
        ReadOnlySpan<char> end = text[(last + 1)..];
        if (first.Equals("Logotipo", StringComparison.OrdinalIgnoreCase) || first.Equals("Logótipo", StringComparison.OrdinalIgnoreCase))
        {
            return features.Stopwords <= 1;
        }

        return features.Words <= 3 && (first.Equals("Logo", StringComparison.OrdinalIgnoreCase) || end.Equals("Logo", StringComparison.OrdinalIgnoreCase)) &&
               HasDomain(text);

        static bool HasDomain(ReadOnlySpan<char> line)
        {
            for (int i = 1; i < line.Length - 2; i++)
            {
                if (line[i] == '.' && char.IsLetterOrDigit(line[i - 1]) && char.IsAsciiLetterLower(line[i + 1]) && char.IsAsciiLetterLower(line[i + 2]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The home page's name, then section names between separators ('/', '>', '›', '»', '→', '▸', '❯', '|', '•', '·', '::',
    /// a spaced dash): every item opens with a capital or a digit, all but the last have four words at most, and the last
    /// may be the page's headline when two items or more stand before it. Two items need a separator other than a dash
    /// ("Home – Sweet Home" may be a headline).
    /// </summary>
    private static bool IsHomeBreadcrumb(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        int parts = 0;
        bool dashOnly = true;
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int at = NextSeparator(rest, out int width, out bool dash);
            ReadOnlySpan<char> part = (at < 0 ? rest : rest[..at]).Trim();
            bool last = at < 0;
            if (part.IsEmpty || !(char.IsUpper(part[0]) || char.IsDigit(part[0])) || parts == 0 && !IsBreadcrumbHome(part) ||
                part.Count(' ') > 3 && !(last && parts >= 2))
            {
                return false;
            }

            parts++;
            if (last)
            {
                return parts >= 3 || parts == 2 && !dashOnly;
            }

            dashOnly &= dash;
            rest = rest[(at + width)..];
        }

        static int NextSeparator(ReadOnlySpan<char> line, out int width, out bool dash)
        {
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c is '/' or '>' or '›' or '»' or '→' or '▸' or '❯' or '|' or '•' or '·')
                {
                    width = 1;
                    dash = false;
                    return i;
                }

                if (c is ':' && i + 1 < line.Length && line[i + 1] == ':')
                {
                    width = 2;
                    dash = false;
                    return i;
                }

                if (c is '-' or '–' or '—' && i > 0 && line[i - 1] == ' ' && i + 1 < line.Length && line[i + 1] == ' ')
                {
                    width = 1;
                    dash = true;
                    return i;
                }
            }

            width = 0;
            dash = false;
            return -1;
        }
    }

    /// <summary>
    /// Whether the line's first word is the first word of a home page's name: a cheap test before the breadcrumb's
    /// separators are looked for (every part is, and the first must be a home page's name).
    /// </summary>
    private static bool StartsWithHomeWord(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !HomeInitials.Contains(text[0]))
        {
            return false;
        }

        int end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > 0 && SpanWords.IsOneOf(text[..end], HomeFirstWords);
    }

    private static bool IsBreadcrumbHome(ReadOnlySpan<char> part) => IsHomeName(part) || SpanWords.IsOneOf(part, MoreHomeNames);

    private static readonly string[] MoreHomeNames = ["Home Page", "Start", "Página inicial", "Pagina inicial", "Homepagina", "Accueil du site"];

    private static bool IsSectionList(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (!word.IsCapitalized || !IsSectionName(word.Text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSectionName(ReadOnlySpan<char> word)
    {
        int low = 0;
        int high = SectionNames.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int order = word.CompareTo(SectionNames[middle], StringComparison.OrdinalIgnoreCase);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return false;
    }

    /// <summary>One-word names of a news site's sections in the supported languages, sorted for a binary search.</summary>
    private static readonly string[] SectionNames = SortedIgnoringCase(
    [
        "home", "news", "sport", "sports", "weather", "opinion", "opinions", "business", "politics", "world", "local",
        "entertainment", "lifestyle", "health", "tech", "technology", "science", "video", "videos", "photos", "obituaries",
        "obits", "classifieds", "jobs", "events", "economy", "culture", "travel", "food", "style", "arts", "music", "movies",
        "books", "education", "crime", "markets", "money", "autos", "cars", "podcasts", "newsletters", "games", "puzzles",
        "latest", "trending", "live", "editorials", "letters", "columnists", "columns", "features", "investigations",
        "community", "faith", "environment", "climate", "celebrity", "fashion", "nation", "national", "international",
        "regional", "region", "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "wissen", "gesellschaft",
        "ausland", "inland", "lokales", "reise", "auto", "digital", "meinung", "leben", "gesundheit", "wetter", "bilder",
        "fotos", "startseite", "actualités", "actu", "politique", "économie", "monde", "société", "sports", "santé",
        "régions", "vidéos", "accueil", "noticias", "política", "economía", "mundo", "sociedad", "deportes", "cultura",
        "opinión", "internacional", "nacional", "tecnología", "ciencia", "salud", "gente", "inicio", "portada", "notizie",
        "politica", "economia", "cronaca", "esteri", "spettacoli", "tecnologia", "scienza", "salute", "notícias", "esportes",
        "desporto", "opinião", "ciência", "saúde", "início", "nieuws", "politiek", "economie", "buitenland", "binnenland",
        "cultuur", "wetenschap", "gezondheid", "regio",
    ]);

    private static string[] SortedIgnoringCase(string[] words)
    {
        string[] unique = [.. new System.Collections.Generic.HashSet<string>(words, StringComparer.OrdinalIgnoreCase)];
        Array.Sort(unique, StringComparer.OrdinalIgnoreCase);
        return unique;
    }

    private static readonly string[] GluedHomeNames = ["Homepage", "Home", "Startseite", "Accueil", "Inicio", "Início", "Portada"];

    /// <summary>
    /// Two items or more, each a language's own name ("Deutsch", "Español") or an upper-case two-letter code ("EN"),
    /// with at least one name or three codes, between spaces, bars, slashes, bullets or commas.
    /// </summary>
    private static bool IsLanguagePicker(ReadOnlySpan<char> text)
    {
        int names = 0;
        int codes = 0;
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            int start = rest.IndexOfAnyExcept(PickerSeparators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            int end = rest.IndexOfAny(PickerSeparators);
            ReadOnlySpan<char> item = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest[end..];
            if (item.Length == 2 && char.IsAsciiLetterUpper(item[0]) && char.IsAsciiLetterUpper(item[1]) &&
                SpanWords.IsOneOf(item, LanguageCodes))
            {
                codes++;
            }
            else if (SpanWords.IsOneOf(item, LanguageNames))
            {
                names++;
            }
            else
            {
                return false;
            }
        }

        return names + codes >= 2 && (names >= 1 || codes >= 3 || text.IndexOfAny('|', '/') >= 0);
    }

    private static readonly System.Buffers.SearchValues<char> PickerSeparators = System.Buffers.SearchValues.Create(" \u00A0|/·•,¦");

    private static readonly string[] LanguageNames =
    [
        "English", "Deutsch", "Français", "Español", "Italiano", "Português", "Nederlands", "Català", "Euskara", "Galego",
        "Polski", "Русский", "Українська", "Türkçe", "Svenska", "Dansk", "Norsk", "Suomi", "Ελληνικά", "Română", "Magyar",
        "Čeština", "Slovenčina", "Hrvatski", "Srpski", "Slovenščina", "Български", "العربية", "עברית", "فارسی", "हिन्दी",
        "中文", "日本語", "한국어", "Bahasa", "Lëtzebuergesch", "Castellano",
    ];

    private static readonly string[] LanguageCodes =
    [
        "EN", "DE", "FR", "ES", "IT", "PT", "NL", "CA", "PL", "RU", "UK", "TR", "SV", "DA", "NO", "FI", "EL", "RO", "HU", "CS",
        "AR", "ZH", "JA", "KO", "LB", "GL", "EU",
    ];

    private static readonly string[] HomeNames =
        ["Home", "Homepage", "Startseite", "Accueil", "Inicio", "Início", "Página Inicial", "Pagina iniziale", "Portada"];

    // After HomeNames and MoreHomeNames: static fields are initialised in the order they are written.
    private static readonly string[] HomeFirstWords =
        [.. HomeNames.Concat(MoreHomeNames).Select(static name => name.Split(' ')[0]).Distinct(StringComparer.Ordinal)];

    private static readonly System.Buffers.SearchValues<char> HomeInitials = System.Buffers.SearchValues.Create(
        string.Concat(HomeFirstWords.Select(static word => char.ToUpperInvariant(word[0]).ToString() + char.ToLowerInvariant(word[0]))));

    private static bool IsOnlyNavigationWords(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (!word.Is(WordClass.Navigation | WordClass.Picture))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"page 2 of 5" (normalised), in the supported languages, with an optional trailing word ("next").</summary>
    private static bool IsPageNumber(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        return space > 0 && normalized[..space] is "page" or "seite" or "página" or "pagina" && space + 1 < normalized.Length &&
               !normalized[(space + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"Étiquette", "Etiqueta" or "Etichetta" opening the line, then a capitalised tag.</summary>
    private static bool IsTagPageLabel(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = text[..space];
        ReadOnlySpan<char> tag = text[space..].TrimStart();
        return !tag.IsEmpty && (char.IsUpper(tag[0]) || char.IsDigit(tag[0])) &&
               (label.Equals("Étiquette", StringComparison.OrdinalIgnoreCase) || label.Equals("Etiqueta", StringComparison.OrdinalIgnoreCase) ||
                label.Equals("Etichetta", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Three page numbers or more in a row, counting up by one, and a previous or next link.</summary>
    private static bool IsNumberedPager(ReadOnlySpan<char> normalized, bool arrows)
    {
        int run = 0;
        int best = 0;
        int previous = -2;
        bool link = arrows;
        ReadOnlySpan<char> rest = normalized;
        while (TrySkipWord(ref rest, out ReadOnlySpan<char> word))
        {
            if (word.Length <= 4 && !word.ContainsAnyExceptInRange('0', '9'))
            {
                int number = int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
                run = number == previous + 1 ? run + 1 : 1;
                previous = number;
                best = Math.Max(best, run);
                continue;
            }

            run = 0;
            previous = -2;
            link |= word is "next" or "previous" or "prev" or "weiter" or "zurück" or "suivant" or "précédent" or "siguiente" or
                "anterior" or "successivo" or "precedente" or "próximo" or "volgende" or "vorige" or "page" or "pages" or "seite" or
                "seiten" or "página" or "páginas" or "pagina" or "pagine" or "paginas";
        }

        return best >= 3 && link;
    }

    /// <summary>
    /// "News - Page 4", "Sport | Seite 12", "Home Columns Page 105": a page word and its number closing a short line, after
    /// a dash or a bar, or on a line that opens with the home page's name.
    /// </summary>
    private static bool IsPageTitle(ReadOnlySpan<char> text, ReadOnlySpan<char> normalized)
    {
        int space = normalized.LastIndexOf(' ');
        if (space <= 0 || normalized[(space + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> head = normalized[..space];
        int before = head.LastIndexOf(' ');
        ReadOnlySpan<char> pageWord = head[(before + 1)..];
        if (before <= 0 || pageWord is not ("page" or "seite" or "página" or "pagina" or "pagine"))
        {
            return false;
        }

        if (normalized.StartsWith("home ", StringComparison.Ordinal) || normalized.StartsWith("startseite ", StringComparison.Ordinal))
        {
            return true;
        }

        // The separator before the page word, in the line as written: "… - Page 17", "… | Seite 3".
        int at = text.LastIndexOf(' ');
        ReadOnlySpan<char> left = at > 0 ? text[..at].TrimEnd() : ReadOnlySpan<char>.Empty;
        int wordStart = left.LastIndexOf(' ');
        ReadOnlySpan<char> beforeWord = wordStart > 0 ? left[..wordStart].TrimEnd() : ReadOnlySpan<char>.Empty;
        return !beforeWord.IsEmpty && beforeWord[^1] is '-' or '|' or '–' or '—' or '·';
    }

    private static bool IsPager(ReadOnlySpan<char> normalized)
    {
        ReadOnlySpan<char> rest = normalized;
        if (!TrySkipWord(ref rest, out ReadOnlySpan<char> page) ||
            page is not ("page" or "seite" or "página" or "pagina" or "pag" or "p"))
        {
            return false;
        }

        return TrySkipWord(ref rest, out ReadOnlySpan<char> first) && IsNumber(first) &&
               TrySkipWord(ref rest, out ReadOnlySpan<char> of) && of is "of" or "von" or "sur" or "de" or "di" or "van" &&
               TrySkipWord(ref rest, out ReadOnlySpan<char> last) && IsNumber(last);

        static bool IsNumber(ReadOnlySpan<char> word) => !word.IsEmpty && word.Length <= 4 && !word.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Two items of one or two capitalised words around one '»', '›' or '>', and no opening guillemet.</summary>
    private static bool IsShortBreadcrumb(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('«', '‹') >= 0)
        {
            return false;
        }

        int at = text.IndexOfAny('»', '›', '>');
        if (at <= 0 || text[(at + 1)..].IndexOfAny('»', '›', '>') >= 0)
        {
            return false;
        }

        return IsSectionName(text[..at].Trim()) && IsSectionName(text[(at + 1)..].Trim());

        static bool IsSectionName(ReadOnlySpan<char> item)
        {
            if (item.IsEmpty || !char.IsUpper(item[0]))
            {
                return false;
            }

            int space = item.IndexOf(' ');
            return space < 0 || (item[(space + 1)..].IndexOf(' ') < 0 && space + 1 < item.Length && char.IsUpper(item[space + 1]));
        }
    }

    private static bool IsSlashPager(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> page = text[..space];
        ReadOnlySpan<char> rest = text[(space + 1)..].Trim();
        int slash = rest.IndexOf('/');
        return (page.Equals("page", StringComparison.OrdinalIgnoreCase) || page.Equals("seite", StringComparison.OrdinalIgnoreCase) ||
                page.Equals("página", StringComparison.OrdinalIgnoreCase) || page.Equals("pagina", StringComparison.OrdinalIgnoreCase)) &&
               slash > 0 && slash < rest.Length - 1 && !rest[..slash].ContainsAnyExceptInRange('0', '9') &&
               !rest[(slash + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    private static bool TrySkipWord(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> word)
    {
        text = text.TrimStart(' ');
        int space = text.IndexOf(' ');
        word = space < 0 ? text : text[..space];
        text = space < 0 ? ReadOnlySpan<char>.Empty : text[space..];
        return !word.IsEmpty;
    }

    private static bool IsOnlySeparators(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is not ('«' or '»' or '‹' or '›' or '<' or '>' or '|' or '→' or '←' or '•' or '·' or ' ' or '/' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] BylineWords = ["By ", "Por ", "Von ", "Par ", "Door ", "Di "];

    /// <summary>
    /// Whether an item between separators opens with a byline's word and a capitalised name: "By Aaron Hindhaugh",
    /// "Por Ana Ruiz", "Von Jana Keller", "Par Virginie Maecker".
    /// </summary>
    private static bool HasBylineItem(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length)
        {
            ReadOnlySpan<char> item = text[start..].TrimStart(" \u00A0");
            foreach (string word in BylineWords)
            {
                if (item.StartsWith(word, StringComparison.Ordinal) && item.Length > word.Length && char.IsUpper(item[word.Length]))
                {
                    return true;
                }
            }

            int next = text[start..].IndexOfAny(MenuSeparators);
            if (next < 0)
            {
                return false;
            }

            start += next + 1;
        }

        return false;
    }

    private static readonly string[] CreditWords = [" by ", " von ", " par ", " por ", " door "];

    /// <summary>
    /// Whether an item between separators ends with a credit: a lower-case participle, "by" in one of the supported
    /// languages and a name of two capitalised words ("Directed by Ian Appleby", "Regie von Anna Weber", "mise en scène par
    /// Jean Dupont"). A review's or a programme's credits line ("Arthur Miller | Highbury Theatre | Directed by Ian
    /// Appleby") is no menu; a menu's "Shop by Brand" names no one.
    /// </summary>
    private static bool HasCreditItem(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int next = text.IndexOfAny(MenuSeparators);
            ReadOnlySpan<char> item = (next < 0 ? text : text[..next]).Trim(" \u00A0");
            foreach (string word in CreditWords)
            {
                int at = item.IndexOf(word, StringComparison.Ordinal);
                if (at > 0 && char.IsLetter(item[at - 1]) && IsTwoWordName(item[(at + word.Length)..]))
                {
                    return true;
                }
            }

            text = next < 0 ? [] : text[(next + 1)..];
        }

        return false;
    }

    /// <summary>Exactly two words, each a capital letter then lower-case letters ("Ian Appleby"): a person's name.</summary>
    private static bool IsTwoWordName(ReadOnlySpan<char> rest)
    {
        int space = rest.IndexOf(' ');
        if (space <= 0 || rest[(space + 1)..].IndexOf(' ') >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = rest[..space];
        ReadOnlySpan<char> last = rest[(space + 1)..];
        return first.Length >= 2 && last.Length >= 2 && char.IsUpper(first[0]) && char.IsUpper(last[0]) &&
               char.IsLower(first[1]) && char.IsLower(last[^1]);
    }

    private static readonly System.Buffers.SearchValues<char> MenuSeparators = System.Buffers.SearchValues.Create("|•·›»¦");

    /// <summary>Three or more short items between separators, with few stopwords: a menu or a breadcrumb.</summary>
    private static bool IsMenu(ReadOnlySpan<char> text, in LineFeatures features)
    {
        int items = 0;
        int longest = 0;
        int words = 0;
        bool inWord = false;
        int itemWords = 0;
        // Items that open with a number and go on ("2 engines", "1 crew"): counts of a fact line, not sections.
        int counts = 0;
        bool opensWithNumber = false;
        // Cells of bare numbers ("1", "28:31", "4.52"), one of them a time, score or decimal: a row of a results table.
        int numbers = 0;
        bool measure = false;
        bool numeric = true;
        bool separated = false;
        foreach (char c in text)
        {
            if (c is '|' or '›' or '»' or '>' or '•' or '·' or '/' or '¦' or '▸' or '►' or '❯' or '❱' or '⟩' or '〉' or '▶')
            {
                if (itemWords > 0)
                {
                    items++;
                    longest = Math.Max(longest, itemWords);
                    counts += opensWithNumber && itemWords >= 2 ? 1 : 0;
                    numbers += numeric ? 1 : 0;
                    measure |= numeric && separated;
                }

                itemWords = 0;
                inWord = false;
                numeric = true;
                separated = false;
                continue;
            }

            if (c is ':' or '.' or ',')
            {
                separated |= inWord;
            }
            else if (!char.IsDigit(c) && c != ' ')
            {
                numeric = false;
            }

            bool wordChar = TextNormalizer.IsWordChar(c);
            if (wordChar && !inWord)
            {
                opensWithNumber = itemWords == 0 ? char.IsDigit(c) : opensWithNumber;
                itemWords++;
                words++;
            }

            inWord = wordChar;
        }

        if (itemWords > 0)
        {
            items++;
            longest = Math.Max(longest, itemWords);
            counts += opensWithNumber && itemWords >= 2 ? 1 : 0;
            numbers += numeric ? 1 : 0;
            measure |= numeric && separated;
        }

        return items >= 3 && longest <= 4 && features.Stopwords * 4 <= words && counts < 2 && !(measure && numbers >= 2);
    }
}
