namespace Cleaner.Features;

/// <summary>
/// The built-in word lists, one space-separated string per class. Stopword lists hold the most frequent function
/// words of each language; the residue vocabularies hold words of each residue family in the seven supported
/// languages. Words are lower case as <see cref="Cleaner.Text.TextNormalizer"/> folds them.
/// </summary>
internal static class WordLists
{
    public const string English =
        "a about above after again against all also am an and any are as at be because been before being below between both but by " +
        "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
        "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out " +
        "over own same she should so some such than that the their theirs them themselves then there these they this those through " +
        "to too under until up very was we were what when where which while who whom why will with would you your yours yourself " +
        "like said says according told would may might must shall there's it's he's she's they're we're don't didn't won't can't isn't " +
        "wasn't who's that's also however since though although";

    public const string German =
        "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist " +
        "da damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine " +
        "einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn " +
        "ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen " +
        "man manche mein meine mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner sich " +
        "sie sind so solche soll sollte sondern sonst um und uns unser unter viel vom von vor war waren warum was weil welche wenn " +
        "werde werden wie wieder will wir wird wo wollen würde zu zum zur zwar zwischen sagte laut";

    public const string French =
        "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous " +
        "on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée " +
        "était étaient être avait avaient a ont est sont sera seront cette cet comme plus aussi été fait selon depuis entre sans sous " +
        "lors alors donc encore déjà très tout tous toute toutes où quand dont après avant contre chez";

    public const string Spanish =
        "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre " +
        "cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante " +
        "ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar " +
        "estas algunas algo nosotros es son fue han ha era eran según dijo tras";

    public const string Italian =
        "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei degli dell " +
        "degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per tra contro io " +
        "tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre che chi cui non più " +
        "quale quanto quanti quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti il lo la gli le " +
        "una uno ma ed se perché anche come dov dove è sono era erano stato stata fu ha hanno aveva secondo dopo";

    public const string Portuguese =
        "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser " +
        "quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse " +
        "eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe deles " +
        "essas esses pelas este fosse dele segundo disse após";

    public const string Dutch =
        "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit " +
        "zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen " +
        "omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd " +
        "doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere volgens zei";

    public const string Calendar =
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep sept oct nov dec " +
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
        "januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag " +
        "janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche " +
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo " +
        "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica " +
        "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda terça quarta quinta sexta feira " +
        "januari februari maart mei augustus oktober maandag dinsdag woensdag donderdag vrijdag zaterdag zondag";

    public const string Clock =
        "am pm a.m p.m gmt bst utc est edt cst cdt mst mdt pst pdt cet cest et pt ct mt ist aest " +
        "ago today yesterday hour hours hr hrs minute minutes min mins second seconds day days week weeks month months year years " +
        "updated posted published modified created edited last uhr heure heures hace horas ore fa uur geleden aktualisiert " +
        "veröffentlicht publié mis à jour actualizado publicado pubblicato aggiornato atualizado gepubliceerd bijgewerkt " +
        "stunde stunden minuten tagen jours días giorni dias dagen minuti minutos erstellt " +
        "ans mois semaine semaines jahre jahren monate monaten woche wochen años meses semana semanas anni mesi settimana " +
        "settimane anos jaar maanden weken posté postée publiée publicada pubblicata geplaatst gepostet aangepast gewijzigd";

    public const string Social =
        "facebook twitter linkedin pinterest whatsapp reddit instagram youtube tumblr telegram flipboard messenger snapchat tiktok " +
        "email e-mail mail print share shares shared sharing tweet tweets retweet pin pinit google+ googleplus vk weibo wechat " +
        "threads bluesky mastodon xing teilen partager compartir condividi compartilhar delen copy link permalink sms " +
        "twittern mailen compartilhe bookmark favorites favourites favoris merken guardar salva salvar bewaren bewaar gift";

    public const string Picture =
        "photo photos photograph photographer photography image images picture pictures pic pics getty gettyimages reuters afp ap epa " +
        "shutterstock alamy istock istockphoto corbis pa wireimage pool pictured caption credit credits courtesy illustration " +
        "foto fotos bild bildquelle imago dpa ansa efe anp photothèque crédit légende gallery slideshow illustration " +
        "screengrab screenshot associated press bloomberg pressphoto toggle enlarge " +
        "bildergalerie fotostrecke diaporama fotogalería fotogallery galería galeria galleria galerie fotogalerie fotoserie " +
        "fotografía fotografia imagen imagem beeld afbeelding archivbild archivfoto archiefbeeld archieffoto supplied composite " +
        "fotograf photographe fotógrafo fotografo fotograaf " +
        "captions thumbnail thumbnails bilder foto's bildbeschreibung bildunterschrift didascalia legenda bijschrift symbolbild symbolfoto immagine cortesía cortesia " +
        "symboolfoto illustratiefoto img photobucket";

    public const string Weather =
        "weather forecast radar temperature temperatures humidity precipitation wind winds mph kmh km/h feels hi lo high low cloudy " +
        "clouds clear sunny rain rainy showers snow fog foggy overcast thunderstorms storms partly mostly broken scattered drizzle " +
        "uv dew pressure wxicon celsius fahrenheit sunrise sunset";

    public const string Comment =
        "comment comments commenting commenter commenters commented reply replies discussion conversation disqus " +
        "kommentar kommentare kommentieren commentaire commentaires commenter comentario comentarios comentar commento commenti " +
        "commentare comentário comentários reactie reacties reageer reageren " +
        "répondre antworten responder rispondi beantwoorden";

    public const string Subscribe =
        "newsletter newsletters subscribe subscribed subscriber subscribers subscription subscriptions unsubscribe inbox sign " +
        "signup login log logged register registered registration account password premium paywall membership member members " +
        "abonnieren abonnement abonnez abonné abonnés suscríbete suscribirse suscripción boletín iscriviti abbonati abbonamento " +
        "assine assinante assinatura inscreva abonneer abonnee aanmelden inloggen anmelden einloggen connexion connecter " +
        "notification notifications email alerts signing " +
        "nieuwsbrief abonnenten abonnees suscriptores assinantes " +
        "donate unlimited registrieren registriert kostenlos regístrate registrati cadastre suscriptor abbonato abonnent unlock trial " +
        "abo abopflichtig abopflichtiger inscrit connectez sesión accedi entrar alerts benachrichtigungen notificaciones notifiche " +
        "notificações meldingen";

    public const string Related =
        "related more other latest popular trending recommended recommend stories story articles article headlines news read " +
        "reading watch see also top most viewed shared similar further next previous editor's editors picks suggested " +
        "weitere mehr artikel themen lesen lesetipps nachrichten autres articles lire aussi sur même sujet plus lus " +
        "más noticias relacionadas relacionados leer también otras altre notizie correlati articoli leggi anche " +
        "mais notícias relacionadas leia também outras meer nieuws lees ook gerelateerde artikelen weiterlesen";

    public const string Advert =
        "advertisement advertisements advertising advert adverts ad ads sponsored sponsor sponsors promoted promotion partner " +
        "anzeige werbung publicité publicidad pubblicità publicidade advertentie commercial paid";

    public const string Video =
        "video videos play playing played replay player autoplay loading loaded watch watching duration episode clip clips " +
        "fullscreen mute unmute live stream streaming audio podcast listen playback embed";

    public const string Legal =
        "copyright rights reserved terms conditions privacy policy cookie cookies contact disclaimer imprint impressum " +
        "legal trademark trademarks sitemap accessibility careers advertise about faq help feedback";

    public const string Notice =
        "javascript browser browsers enable enabled disable disabled cookies error found unavailable archived archive " +
        "outdated upgrade supported support sorry oops redirected expired removed";

    public const string Navigation =
        "home menu search skip navigation nav sections section main content back top next previous prev older newer page " +
        "pages jump toggle close open more categories tags category tag breadcrumbs startseite accueil inicio topics " +
        "tagged filed permalink size font redirects redirected disambiguation wikipedia wikipédia encyclopedia siehe voir " +
        "véase vedi veja zie inhoud hoofdinhoud inhalt hauptinhalt contenu contenido contenuto conteúdo " +
        "label libellé etiqueta etichetta marcador étiquette nächster nächste vorheriger vorherige précédent précédente " +
        "suivant suivante siguiente anterior successivo successiva precedente próximo próxima volgende vorige volgend vorig";

    public const string CaptionVerb =
        "speaks speak gestures gesture waves wave arrives arrive attends attend poses pose walks walk listens listen looks " +
        "delivers addresses reacts react holds stands sits smiles shakes greets leaves departs enters talks pictured seen " +
        "celebrates celebrate performs perform visits displays shows " +
        "carry carries inspect inspects ride rides battle battles hang hangs gather gathers hug hugs embrace embraces " +
        "kneel kneels pray prays cheer cheers greet shake hold sit stand chat chats pause pauses " +
        "posiert posieren winkt winken jubelt jubeln posent salue saluent brandit brandissent posa posan saluda saludan " +
        "saluta salutano posam acena poseert poseren zwaait zwaaien juicht juichen";

    public const string Credit =
        "reporting reported editing edited writing written contributed contributing compiled additional wire wires " +
        "source sources via courtesy staff correspondent";

    /// <summary>
    /// One word of every position marker of the caption classifier (a test checks that each marker has one), in the
    /// tokens the feature pass reads: "(l-r)" holds "l", "v.l.n.r." holds "v", "l", "n" and "r".
    /// </summary>
    public const string Position =
        "l r c left right center centre row links rechts mitte gauche droite izquierda derecha izq der sinistra destra " +
        "centro esquerda direita midden foreground background";

    /// <summary>
    /// Verbs and phrases that report what someone said, in the seven languages. "say" and "tell" are left out: "Have your
    /// say" and "Tell us what you think" are prompts.
    /// </summary>
    public const string Reporting =
        "said says told warn warned warns argue insist explained explains added according reported announced insisted argued claimed noted " +
        "stated confirmed admitted urged asked testified acknowledged recalled spokesman spokeswoman spokesperson " +
        "sagte sagten erklärte erklärten betonte berichtete berichteten sprecher sprecherin " +
        "déclaré affirmé expliqué indiqué précisé annoncé souligné " +
        "dijo dijeron afirmó explicó señaló aseguró indicó declaró portavoz " +
        "detto dichiarato spiegato affermato sottolineato portavoce " +
        "disse disseram afirmou explicou declarou " +
        "zei zeiden zegt verklaarde aldus woordvoerder";

    /// <summary>
    /// One word of each Contains phrase of the built-in phrase sets, the rarest in news prose where there is a choice
    /// (see <see cref="WordClass.PhraseAnchor"/>): "inbox" for "delivered to your inbox", "reserved" for "all rights reserved".
    /// A word here that no phrase needs costs nothing but a little selectivity.
    /// </summary>
    public const string PhraseAnchors =
        "below comments thoughts rules link posted articles insightful reflect readers views inappropriate profanity " +
        "kommentieren commenter comentar commentare reageren suspending obscene caps harming knowingly degrading eyewitness " +
        "civil deleted concluded bloggers blogger friends subscribe journalism unlock " +
        "autoplay copy unsupported load videos automatically " +
        "wanted interested recommending knows junk follow facebook instagram join " +
        "lire article date inbox mornings subscribing notice notifications perderte identificarte manquer remaining " +
        "subscribers suscriptores assinantes riservato abonnees abonnenten abonnés kostenlos abopflichtiger " +
        "taboola outbrain sponsored promoted web revcontent zergnet continues earn affiliate " +
        "redirects redirected uses disambiguation bedeutungen homonymes otros significados significati betekenissen " +
        "hierher redirige " +
        "reserved vorbehalten droits reservados riservati voorbehouden redistributed reproduced republished commercial " +
        "reproduction copied permission protected genehmigung prohibida riproduzione proibida reproductie visits " +
        "external websites region available unavailable preferences published javascript cookies cookie blocker " +
        "adblocker browser html5 crawl wayback template contributed " +
        "delivered stories supporting updates " +
        "reach contact email reached folgen suivez síguela síguelo seguila seguilo siga volg " +
        "reporter writer correspondent editor columnist journalist contributor freelance producer covers redakteurin " +
        "redakteur reporterin korrespondentin korrespondent journalistin autorin autor journaliste rédactrice rédacteur " +
        "correspondante correspondant periodista redactora redactor corresponsal reportera reportero giornalista " +
        "redattrice redattore corrispondente jornalista repórter redatora redator correspondente verslaggever redacteur " +
        "clicando clique above haga cliquez moderation moderated";

    /// <summary>Every list with the class its words get.</summary>
    public static readonly (WordClass Class, string Words)[] All =
    [
        (WordClass.StopEnglish, English),
        (WordClass.StopGerman, German),
        (WordClass.StopFrench, French),
        (WordClass.StopSpanish, Spanish),
        (WordClass.StopItalian, Italian),
        (WordClass.StopPortuguese, Portuguese),
        (WordClass.StopDutch, Dutch),
        (WordClass.Calendar, Calendar),
        (WordClass.Clock, Clock),
        (WordClass.Social, Social),
        (WordClass.Picture, Picture),
        (WordClass.Weather, Weather),
        (WordClass.Comment, Comment),
        (WordClass.Subscribe, Subscribe),
        (WordClass.Related, Related),
        (WordClass.Advert, Advert),
        (WordClass.Video, Video),
        (WordClass.Legal, Legal),
        (WordClass.Notice, Notice),
        (WordClass.Navigation, Navigation),
        (WordClass.CaptionVerb, CaptionVerb),
        (WordClass.Credit, Credit),
        (WordClass.Position, Position),
        (WordClass.Reporting, Reporting),
        (WordClass.PhraseAnchor, PhraseAnchors),
    ];
}
