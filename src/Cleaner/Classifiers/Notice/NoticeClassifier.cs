using System;
using System.Collections.Generic;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Notice;

/// <summary>
/// Notices of the page rather than the article: error pages ("Page not found"), archive notices ("This is an archived
/// article and the information in the article may be outdated"), cookie, JavaScript, browser and ad-blocker notices,
/// region blocks.
/// </summary>
public sealed class NoticeClassifier : SegmentClassifier
{
    /// <summary>An error or missing-page notice.</summary>
    public static readonly ResidueRule Error = new("notice.error", ResidueKind.Notice,
        "An error or missing-page notice ('Page not found', 'This page is no longer available').");

    /// <summary>An archive notice.</summary>
    public static readonly ResidueRule Archive = new("notice.archive", ResidueKind.Notice,
        "A notice that the page is archived or outdated.");

    /// <summary>A cookie, JavaScript, browser, ad-blocker or region notice.</summary>
    public static readonly ResidueRule Technical = new("notice.technical", ResidueKind.Notice,
        "A cookie, JavaScript, browser, ad-blocker or region notice.");

    /// <summary>A call for readers' tips.</summary>
    public static readonly ResidueRule Tips = new("notice.tips", ResidueKind.Notice,
        "A call for readers' news tips ('Got a tip?', 'Submit your Newswire tips here').") { AddressesTheReader = true };

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Error, PhraseMatch.Prefix, 0.9f, 300,
            "page not found", "error 404", "404 error", "404 page not found", "the page you requested", "the page you are looking for",
            "the page you were looking for", "the page you're looking for", "this page is no longer available", "this page does not exist",
            "this page doesn't exist", "this page could not be found",
            "sorry the page", "sorry this page",
            "sorry we couldn't find", "this article is no longer available", "this content is no longer available",
            "this story is no longer available", "this article has been removed", "this content has been removed",
            "the article you requested", "the content you requested", "the requested page", "the requested url",
            "seite nicht gefunden", "page introuvable", "página no encontrada", "pagina non trovata",
            "página não encontrada", "pagina niet gevonden", "sorry, the page", "return to the homepage",
            "we're sorry but something went wrong", "we're sorry something went wrong", "sorry something went wrong",
            "sorry there was a problem", "there was an error processing",
            "hmm there was a problem reaching the server", "there was a problem reaching the server",
            "we've detected that javascript is disabled", "we have detected that javascript is disabled",
            // A missing page's explanation, and "This page does not exist" in the other languages.
            "this page may have been moved", "the page may have been moved", "the page you are looking for may have been",
            "the page you requested may have been", "this page might have been moved", "diese seite existiert nicht",
            "die seite existiert nicht", "die angeforderte seite", "cette page n'existe pas", "la page demandée",
            "la page que vous recherchez", "esta página no existe", "la página que buscas", "la página solicitada",
            "questa pagina non esiste", "la pagina richiesta", "esta página não existe", "a página que você procura",
            "deze pagina bestaat niet", "de pagina die je zoekt")
        .Add(Archive, PhraseMatch.Prefix, 0.9f, 300,
            // The Internet Archive's descriptions of its crawls, scraped in place of the page they archived.
            "starting in 1996 alexa internet", "alexa internet has been donating", "the seed for this crawl",
            "this crawl was run at a level", "the warc files associated with this crawl", "focused crawls are collections",
            "warczone is a collection", "crawl data donated by",
            "this is an archived article", "this article has been archived", "archived article", "this article is archived",
            "this page has been archived", "this story is archived", "this content is archived",
            "this article was published more than")
        .Add(Technical, PhraseMatch.Prefix, 0.9f, 400,
            "we use cookies", "this site uses cookies", "this website uses cookies", "our site uses cookies", "our website uses cookies",
            "this browser does not support", "this browser doesn't support",
            "by using this site", "by using this website", "by using our site", "accept cookies", "accept all cookies",
            "manage cookies", "cookie consent", "please enable javascript", "javascript is disabled", "javascript is required",
            "javascript must be enabled", "you need to enable javascript", "enable javascript", "you must enable javascript",
            "this site requires javascript", "please turn on javascript", "your browser does not support",
            "your browser doesn't support", "your browser is out of date", "your browser is not supported", "upgrade your browser",
            "please update your browser", "please upgrade your browser", "you are using an outdated browser",
            "this content is not available in your", "this video is not available in your", "not available in your region",
            "not available in your country", "we noticed you're using an ad blocker", "ad blocker detected",
            "please disable your ad blocker", "please whitelist", "please verify you are a human", "are you a robot",
            "checking your browser", "we value your privacy", "we care about your privacy",
            "wir verwenden cookies", "diese website verwendet cookies", "nous utilisons des cookies", "utilizamos cookies",
            "utilizziamo i cookie", "wij gebruiken cookies", "usamos cookies", "add a location to your tweets",
            "you can add location information to your tweets", "when you see a tweet you love", "this tweet is unavailable",
            "this timeline is where you", "when you tweet with a location", "twitter may be over capacity",
            "something is technically wrong", "thanks for being patient", "these crawls are part of an effort",
            "this page is part of", "the wayback machine", "see a mistake", "spot a mistake", "report a typo", "spotted a typo",
            "found a typo", "report an error", "please try again later", "post was not sent",
            "this article was first published")
        // Consent banners, outdated-browser and region notices, in the supported languages, and the consent and
        // anti-spam small print of a page.
        .Add(Technical, PhraseMatch.Prefix, 0.9f, 120, "adblock detected", "adblocker detected", "cookies are disabled",
            "please enable cookies", "you need to enable cookies", "your session has expired",
            "the requested article has expired", "this article has expired", "wir nutzen cookies", "wir setzen cookies ein",
            "your session has timed out", "session expired")
        .Add(Technical, PhraseMatch.Prefix, 0.9f, 300, "we and our partners use cookies", "we and our partners store",
            "we use cookies and similar", "this site is protected by recaptcha", "it looks like you're using an ad blocker",
            "looks like you're using an ad blocker", "it looks like you are using an ad blocker",
            "sorry this content is not available", "sorry this video is not available",
            "this content is not available due to your", "this content is not available in your",
            "en poursuivant votre navigation", "ce site utilise des cookies", "al continuar navegando", "si continúa navegando",
            "si continúas navegando", "este sitio web utiliza cookies", "este sitio utiliza cookies", "este sitio usa cookies",
            "questo sito utilizza cookie", "questo sito usa cookie", "questo sito web utilizza cookie", "este site utiliza cookies",
            "este site usa cookies", "deze website maakt gebruik van cookies", "deze site maakt gebruik van cookies",
            "diese website nutzt cookies", "diese seite verwendet cookies", "sie verwenden einen veralteten browser",
            "ihr browser ist veraltet", "votre navigateur n'est pas à jour", "votre navigateur est obsolète",
            "su navegador no está actualizado", "tu navegador no está actualizado", "il tuo browser non è aggiornato",
            "seu navegador está desatualizado", "o seu navegador está desatualizado", "je browser is verouderd",
            "u gebruikt een verouderde browser", "dieser inhalt ist in ihrem land nicht verfügbar",
            "ce contenu n'est pas disponible dans votre pays", "este contenido no está disponible en tu país",
            "questo contenuto non è disponibile nel tuo paese", "este conteúdo não está disponível no seu país",
            "deze inhoud is niet beschikbaar in jouw land")
        // A consent banner's buttons, several words each ("Accept all", "Tout refuser"), and feedback links.
        .Add(Technical, PhraseMatch.Exact, 0.85f, 40, "accept all", "reject all", "accept all cookies", "reject all cookies",
            "accept and continue", "agree and continue", "accept and close", "manage options", "alle akzeptieren", "alle ablehnen",
            "akzeptieren und weiter", "tout accepter", "tout refuser", "continuer sans accepter", "aceptar todas", "aceptar todo",
            "accetta tutto", "accetta tutti", "rifiuta tutto", "aceitar tudo", "rejeitar tudo",
            "rechazar todas", "rechazar todo", "accetta tutti", "rifiuta tutti", "accetta e chiudi", "aceitar todos",
            "rejeitar todos", "aceitar e fechar", "alles accepteren", "alles weigeren", "send us feedback", "send feedback",
            "give feedback", "feedback geben", "donner votre avis", "enviar comentarios", "fehler melden", "signaler une erreur",
            "reportar un error", "segnala un errore", "reportar erro", "meld een fout", "fout gezien", "fout melden")
        // "The BBC is not responsible for the content of external sites.": a publisher's external-links disclaimer.
        .Add(Technical, PhraseMatch.Contains, 0.85f, 300, "not responsible for the content of external sites",
            "not responsible for the content of external websites", "not responsible for the content of external internet sites")
        // A regional block or a privacy setting hiding content ("… is currently unavailable in most European countries."):
        // a news story may report one ("The site is currently unavailable in most European countries, the company
        // said."), so long prose keeps against these.
        .Add(Technical, PhraseMatch.Contains, 0.8f, 300, "not available in your region", "not available in your country",
            "unavailable in most european countries", "due to your privacy preferences")
        .Add(Technical, PhraseMatch.Prefix, 0.8f, 120, "report a correction", "submit a correction", "suggest a correction")
        // The block notice in the site's own voice ("our website") is not a story's sentence.
        .Add(Technical, PhraseMatch.Prefix, 0.85f, 300, "unfortunately our website is currently unavailable",
            "our website is currently unavailable", "this website is currently unavailable in")
        .Add(Tips, PhraseMatch.Prefix, 0.8f, 160, "got a tip", "got a news tip", "have a tip", "have a news tip",
            "have a story idea", "send us your tips", "send us a tip", "send your tips", "submit a tip", "submit a news tip",
            "submit your tips", "submit your news tips", "tip us off", "know something we should know", "haben sie hinweise",
            "vous avez une info", "¿tienes una pista", "hai una segnalazione", "tem uma dica", "heb je een tip")
        .Add(Tips, PhraseMatch.Prefix, 0.85f, 200, "do you have information you want to share", "do you have a story to share",
            "do you have a news tip", "if you have information you want to share")
        // Feedback prompts and wiki maintenance banners.
        .Add(Technical, PhraseMatch.Prefix, 0.85f, 300, "we're interested in your feedback", "we are interested in your feedback",
            "was this article helpful", "did you find this article helpful", "was this page helpful", "rate this article",
            "this article needs additional citations", "please help improve this article", "this article has multiple issues",
            "learn how and when to remove this template message", "this article possibly contains original research",
            "this section needs expansion", "this article relies too much on references",
            // Embeds a publisher's system imports, and contributor-platform disclaimers.
            "this content is imported from", "this content is created and maintained by a third party",
            "you may be able to find the same content in another format", "this post was published on the now closed",
            "contributors control their own work", "these are external links and will open in a new window",
            "fehler gefunden", "bitte aktivieren sie javascript", "veuillez activer javascript", "activez javascript",
            "por favor activa javascript", "por favor habilite javascript", "abilita javascript", "attiva javascript",
            "ative o javascript", "habilite o javascript", "schakel javascript in", "zet javascript aan")
        .Add(Archive, PhraseMatch.Contains, 0.85f, 300, "this article was published more than", "this story was published more than")
        // "This article is more than a year old" in the other languages: short lines only.
        .Add(Archive, PhraseMatch.Prefix, 0.9f, 60, "dieser artikel ist älter als", "dieser artikel ist mehr als",
            "cet article a plus d'un an", "cet article date de plus d", "este artículo tiene más de",
            "este artículo fue publicado hace más de", "questo articolo ha più di", "questo articolo è stato pubblicato più di",
            "este artigo tem mais de", "esta matéria tem mais de", "dit artikel is ouder dan", "dit artikel is meer dan")
        .Add(Tips, PhraseMatch.Suffix, 0.8f, 120, "tips here", "tip here")
        // A summary written by a machine, flagged as such ("This is AI generated summarization, which may have errors."),
        // and a site closed to the reader's region.
        .Add(Technical, PhraseMatch.Prefix, 0.9f, 300, "this is ai generated", "this is an ai generated", "this article was created by ai",
            "this article was generated by ai", "this summary was generated by ai", "this summary is ai generated",
            "this summary was ai generated", "ai generated summary", "our website is temporarily unavailable in your",
            "this website is temporarily unavailable in your", "this site is temporarily unavailable in your",
            // The same label in the other languages, and its short forms.
            "summary generated by ai", "this summary was generated with ai", "this summary was created with ai",
            "ki generierte zusammenfassung", "diese zusammenfassung wurde von einer ki", "zusammenfassung ki generiert",
            "résumé généré par ia", "résumé généré par l'ia", "ce résumé a été généré par", "resumen generado por ia",
            "resumen generado con ia", "este resumen ha sido generado por", "riassunto generato dall'ia", "riassunto generato con l'ia",
            "questo riassunto è stato generato", "resumo gerado por ia", "resumo gerado por inteligência artificial",
            "este resumo foi gerado por", "samenvatting gegenereerd door ai", "deze samenvatting is gegenereerd door")
        .Add(Technical, PhraseMatch.Exact, 0.85f, 40, "ai summary", "ai generated summary", "ki zusammenfassung", "résumé ia",
            "resumen ia", "riassunto ia", "resumo ia", "ai samenvatting")
        // A consent plugin's cookie table ("cookielawinfo-checkbox-necessary | 11 months | This cookie is set by GDPR Cookie
        // Consent plugin …"), one cookie to a line.
        .Add(Technical, PhraseMatch.Contains, 0.85f, 400, "cookie is set by gdpr cookie consent", "cookie consent plugin",
            "cookie is used to store the user consent", "cookie is set by google analytics", "cookie is installed by google analytics")
        .Add(Technical, PhraseMatch.Contains, 0.8f, 300, "enable javascript", "javascript enabled", "javascript is enabled", "uses cookies",
            "use of cookies", "cookie policy", "ad blocker", "adblocker", "browser does not support", "supports html5 video",
            "crawl data to the internet archive", "added to the wayback machine", "javascript is disabled in your browser",
            "learn how and when to remove this template message")
        // Openers a notice shares with a story's sentence, alone on their line: "Oops!", "404", "Access denied".
        .Add(Error, PhraseMatch.Exact, 0.9f, 60, GenericErrorOpeners)
        .Add(Error, PhraseMatch.Exact, 0.9f, 60, "forbidden", "403 forbidden", "error 403", "oops something went wrong")
        // "Something went wrong" alone on its line in the other languages.
        .Add(Error, PhraseMatch.Exact, 0.9f, 60, "er is iets mis gegaan", "er is iets misgegaan", "er ging iets mis",
            "etwas ist schiefgelaufen", "etwas ist schief gelaufen", "ein fehler ist aufgetreten", "une erreur est survenue",
            "une erreur s'est produite", "oups une erreur est survenue", "algo salió mal", "se ha producido un error",
            "ha ocurrido un error", "qualcosa è andato storto", "si è verificato un errore", "algo deu errado",
            "ocorreu um erro", "algo correu mal")
        // A form's failure message left alone on its line: "Failed to save article", "Please try again".
        .Add(Error, PhraseMatch.Exact, 0.85f, 60, "failed to save article", "please try again", "veuillez réessayer",
            "bitte versuchen sie es erneut", "por favor inténtalo de nuevo", "inténtalo de nuevo", "riprova più tardi",
            "tente novamente", "probeer het opnieuw")
        // A banner's dismiss control, and a link to the site in another language ("Ir a español"), alone on their line. A
        // language's name alone ("In English") may head a bilingual article's translation, so only the link's verb counts.
        .Add(Technical, PhraseMatch.Exact, 0.85f, 40, "don't show this again", "do not show this again", "don't show again",
            "no thanks", "dismiss", "close this message", "nicht mehr anzeigen", "ne plus afficher", "no volver a mostrar",
            "non mostrare più", "não mostrar novamente", "niet meer tonen", "ir a español", "go to english", "read in english",
            "ver en español", "lire en français", "auf deutsch lesen", "leggi in italiano", "ler em português")
        // An event listing's notice that the date is past, an archive's stamp and a blog that moved, in the supported
        // languages ("This event has passed.", "Archiv-Artikel", "This blog has migrated to …").
        .Add(Archive, PhraseMatch.Exact, 0.85f, 60, "this event has passed", "this event has now passed", "this event has ended", "this event is over",
            "diese veranstaltung ist vorbei", "diese veranstaltung ist bereits vorbei", "cet événement est passé",
            "cet évènement est passé", "este evento ya pasó", "este evento ha finalizado", "este evento ha terminado",
            "questo evento è passato", "questo evento è terminato", "este evento já passou", "este evento terminou",
            "dit evenement is voorbij", "dit evenement is afgelopen", "archiv artikel", "archivartikel", "archived article",
            "archived story", "article archivé", "artículo archivado", "articolo archiviato", "artigo arquivado",
            "gearchiveerd artikel", "archiefartikel")
        .Add(Archive, PhraseMatch.Prefix, 0.9f, 300, "this archived news story", "this archived story", "this archived article",
            "this archived content", "this blog has migrated to", "this blog has moved to", "this site has moved to",
            "this website has moved to", "this blog is no longer updated", "this site is no longer updated",
            "this website is no longer updated", "dieser blog ist umgezogen", "ce blog a déménagé", "este blog se ha mudado",
            "questo blog si è trasferito", "este blog mudou para", "deze blog is verhuisd")
        // An opinion page's label explaining what an opinion column is.
        .Add(Technical, PhraseMatch.Prefix, 0.85f, 300, "this column reflects the opinion of", "this column reflects the views of",
            "this column represents the opinion of", "this article reflects the opinion of", "this article reflects the views of",
            "learn about the differences between a news story and an opinion")
        // A live blog that ended, the whole line ("This blog is now closed to new members, its founder said." is a story's).
        .Add(Archive, PhraseMatch.Exact, 0.85f, 80, "this blog is now closed", "this live blog is now closed",
            "this live blog has ended", "this live blog has now ended", "this live coverage has ended", "our live coverage has ended",
            "this live page is no longer being updated", "this blog is no longer being updated", "this live blog is closed")
        // A feature that failed, a syndication embargo, a browser the site does not support.
        .Add(Technical, PhraseMatch.Prefix, 0.85f, 240, "this feature is currently unavailable",
            "we're sorry this feature is currently unavailable", "this feature is temporarily unavailable",
            "sorry this feature is currently unavailable", "sorry this feature is temporarily unavailable",
            "we're sorry this feature is temporarily unavailable",
            "please note this content carries a strict",
            "this content carries a strict local market embargo", "ie 11 is not supported", "ie11 is not supported",
            "internet explorer 11 is not supported", "internet explorer is not supported", "this browser is not supported",
            "tu navegador no es compatible", "tú navegador no es compatible", "su navegador no es compatible",
            "votre navigateur ne prend pas en charge", "il tuo browser non supporta", "seu navegador não suporta",
            "o seu navegador não suporta", "je browser ondersteunt", "ihr browser unterstützt")
        // A wire service's teletype markers left in the copy.
        .Add(Technical, PhraseMatch.Exact, 0.85f, 10, "zczc", "nnnn")
        // Terms-of-use banners and privacy-settings buttons, in the supported languages.
        .Add(Technical, PhraseMatch.Exact, 0.85f, 60, "updates to our terms of use", "we've updated our terms of use",
            "privacy settings", "impostazioni privacy", "datenschutzeinstellungen", "paramètres de confidentialité",
            "configuración de privacidad", "privacy instellingen", "configurações de privacidade")
        .Add(Technical, PhraseMatch.Prefix, 0.85f, 300, "we are updating our terms of use", "we have updated our terms of use",
            "we've updated our terms of use", "please carefully review the updated terms")
        .Build();

    // The same openers followed by more words: a notice only when the line also speaks of the page, the request or the
    // archive ("Oops! We couldn't find that page.", "This article is more than 5 years old."); "Something went wrong in the
    // cockpit, investigators said." and "404 of the 500 delegates voted" are a story's.
    private readonly PhraseSet _openers = new PhraseListBuilder()
        .Add(Error, PhraseMatch.Prefix, 0.9f, 200, GenericErrorOpeners)
        .Add(Archive, PhraseMatch.Prefix, 0.9f, 200, "this collection contains", "this is an archive", "this article is more than",
            "this story is more than", "this content is more than")
        .Add(Technical, PhraseMatch.Prefix, 0.9f, 300, "by continuing to use", "for the best experience", "please wait while")
        .Build();

    // "This was published 6 months ago": the page's age, when the line ends on "ago" ("This was published in 1999 by
    // Knopf." is a story's).
    private readonly PhraseSet _ageNotices = new PhraseListBuilder()
        .Add(Archive, PhraseMatch.Prefix, 0.85f, 80, "this was published", "this article was published", "this story was published",
            "this post was published", "this content was published")
        .Build();

    private static readonly string[] EditionPhrases =
    [
        " is also available in ", " also available in ", " también está disponible en ", " también disponible en ",
        " est aussi disponible en ", " est également disponible en ", " ist auch auf ", " gibt es auch auf ",
        " è disponibile anche in ", " è anche in ", " também está disponível em ", " também disponível em ",
        " is ook beschikbaar in het ", " is ook beschikbaar in ",
    ];

    private static readonly string[] LanguageNames =
    [
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "español", "inglés", "francés", "alemán",
        "portugués", "italiano", "français", "anglais", "espagnol", "allemand", "italien", "portugais", "néerlandais", "deutsch",
        "englisch", "spanisch", "französisch", "italienisch", "portugiesisch", "niederländisch", "verfügbar", "inglese", "spagnolo",
        "francese", "tedesco", "portoghese", "olandese", "português", "inglês", "espanhol", "francês", "alemão", "nederlands",
        "engels", "spaans", "frans", "duits", "italiaans", "portugees",
    ];

    // The language names as one string of words for the gate (read once per document: built once here, not per read).
    private static readonly string LanguageNameWords = string.Join(' ', LanguageNames);

    /// <summary>
    /// "CNET también está disponible en español", "This site is also available in French": a name, an "also available in"
    /// phrase, and a language's name closing the line. The name comes first, in three words at most, and is no stopword:
    /// "The book is also available in Spanish." is a story's.
    /// </summary>
    private static bool IsOtherLanguageEdition(ReadOnlySpan<char> text, ReadOnlySpan<char> normalized)
    {
        bool phrase = false;
        foreach (string edition in EditionPhrases)
        {
            int at = normalized.IndexOf(edition, StringComparison.Ordinal);
            if (at > 0 && normalized[..at].Count(' ') <= 2)
            {
                phrase = true;
                break;
            }
        }

        int space = normalized.LastIndexOf(' ');
        if (!phrase || space <= 0 || !SpanWords.IsOneOf(normalized[(space + 1)..], LanguageNames))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            return !word.Is(WordClass.AnyStopword) && char.IsUpper(word.Text[0]);
        }

        return false;
    }

    private static readonly string[] GenericErrorOpeners =
    [
        "404", "oops", "something went wrong", "an error occurred", "an error has occurred", "an unexpected error",
        "we couldn't find", "we could not find", "we can't find", "access denied", "unable to load", "try searching",
    ];

    /// <summary>Words that make an opener a notice, by the rule it claims: the page, the request, the archive, the browser.</summary>
    private static readonly SpanKeyedTable<ResidueRule[]> NoticeWords = BuildNoticeWords(
        (Error, "page pages url link links server request requested try again later refresh reload found available permission " +
                "browser javascript connection loading please sorry homepage search site website content video"),
        (Archive, "archive archived archives crawl crawls crawled wayback warc web old year years months ago outdated"),
        (Technical, "site website cookies cookie browser javascript app consent privacy terms agree accept upgrade update " +
                    "enable loading redirected redirecting checking"));
    /// <inheritdoc />
    public override string Name => "notice";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Notice;

    /// <inheritdoc />
    // Gate: the phrase sets, and a language's name closing the line (another language's edition).
    public override ClassifierTriggers Triggers => new(400) { Gate = LineGate.Phrases with { LastWords = LanguageNameWords } };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (features.Words == 0)
        {
            return Verdict.None;
        }

        bool found = _phrases.TryMatch(context, out PhraseHit hit);
        if (_openers.TryMatch(context, out PhraseHit opener) && (!found || opener.Score > hit.Score) &&
            SpeaksOfThePage(context, opener.Rule))
        {
            return Verdict.From(opener.Rule, opener.Score);
        }

        // "CNET también está disponible en español.": the site's edition in another language.
        if (!found && features.Words is >= 5 and <= 10 && context.NormalizedIsComplete && IsOtherLanguageEdition(context.Text, context.Normalized))
        {
            return Verdict.From(Technical, 0.85f);
        }

        if (!found && features.Words <= 12 && context.NormalizedIsComplete &&
            context.Normalized.EndsWith(" ago", StringComparison.Ordinal) && _ageNotices.TryMatch(context, out PhraseHit age))
        {
            return Verdict.From(age.Rule, age.Score);
        }

        return found ? Verdict.From(hit.Rule, hit.Score) : Verdict.None;
    }

    /// <summary>
    /// Whether a word of the line is one of <see cref="NoticeWords"/> for <paramref name="rule"/>. Reads the line as the
    /// phrase sets do (normalised, padded with spaces: see <see cref="LineKeys.Padded"/>), so its words are already
    /// lower case and split; opener lines are at most 300 characters, well inside what is normalised.
    /// </summary>
    private static bool SpeaksOfThePage(in SegmentContext context, ResidueRule rule)
    {
        ReadOnlySpan<char> rest = context.Keys.Padded(context);
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (!word.IsEmpty && NoticeWords.TryGetValue(word, out ResidueRule[]? rules) && Array.IndexOf(rules, rule) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static SpanKeyedTable<ResidueRule[]> BuildNoticeWords(params (ResidueRule Rule, string Words)[] lists)
    {
        var entries = new List<KeyValuePair<string, ResidueRule[]>>();
        foreach ((ResidueRule rule, string words) in lists)
        {
            foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                entries.Add(new KeyValuePair<string, ResidueRule[]>(word, [rule]));
            }
        }

        return new SpanKeyedTable<ResidueRule[]>(entries, static (a, b) => [.. a, .. b]);
    }
}
