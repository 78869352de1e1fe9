using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Subscription;

/// <summary>
/// Newsletter, subscription, sign-in, registration and paywall prompts ("Sign up for our newsletter",
/// "Already a subscriber? Log in", "You have reached your limit of free articles").
/// </summary>
public sealed class SubscriptionClassifier : SegmentClassifier
{
    /// <summary>A call to subscribe, sign up, sign in or register.</summary>
    public static readonly ResidueRule Prompt = new("subscription.prompt", ResidueKind.Subscription,
        "A call to subscribe, sign up for a newsletter, sign in or register.") { AddressesTheReader = true };

    /// <summary>A paywall or metering message.</summary>
    public static readonly ResidueRule Paywall = new("subscription.paywall", ResidueKind.Subscription,
        "A paywall or article-meter message.") { AddressesTheReader = true };

    /// <summary>A short line about newsletters or inboxes.</summary>
    public static readonly ResidueRule Newsletter = new("subscription.newsletter", ResidueKind.Subscription,
        "A short line, not a sentence of the story, about a newsletter or an inbox.");

    private readonly PhraseSet _phrases = WithAppeals(new PhraseListBuilder()
        // "Be the first to read breaking stories. Enable push notifications on your device.": the pitch anywhere in a line.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 240, "enable push notifications", "turn on push notifications",
            "activate push notifications", "allow push notifications")
        .Add(Prompt, PhraseMatch.Exact, 0.9f, 80,
            "subscribe", "subscribe now", "want more", "sign up", "sign up now", "sign in", "log in", "login", "log out", "logout", "register",
            "login register", "log in register", "sign in register", "register login", "sign in subscribe", "subscribe sign in",
            "log in subscribe", "anmelden registrieren", "connexion inscription", "iniciar sesión registrarse", "accedi registrati",
            "entrar cadastre se", "inloggen registreren",
            "register now", "my account", "create account", "create an account", "newsletter", "newsletters", "get the newsletter",
            "subscribe to our newsletter", "sign up for our newsletter", "join now", "become a member", "already a subscriber",
            "already have an account", "not a subscriber", "subscriber login", "subscribe today", "e paper", "e-paper",
            "breaking news emails", "email address", "your email address",
            "manage notifications", "manage alerts", "notification settings", "email alerts", "enter email", "enter your email address", "your email",
            "turn on desktop notifications", "get alerts", "get email alerts", "support the guardian", "support us",
            // Account and donation buttons of a sign-in or support box.
            "forgot your password", "forgot password", "reset password", "reset your password", "donate now",
            "donate today", "make a donation", "unlimited digital access", "jetzt registrieren",
            "kostenlos registrieren", "regístrate", "regístrate gratis", "registrati", "registrati gratis", "cadastre se",
            "word abonnee", "word nu abonnee", "assine já", "assine agora", "abbonati ora", "abonnez vous dès maintenant",
            "sign me up", "jetzt anmelden", "jetzt abo abschließen", "abo abschließen", "create free account", "create your free account", "register to continue",
            "register to read", "unlock this article", "unlock this story", "unlock article",
            "abonnieren", "jetzt abonnieren", "anmelden", "abonnez vous", "s'abonner", "se connecter", "suscríbete",
            "iniciar sesión", "iscriviti", "accedi", "abbonati", "assine", "entrar", "abonneer", "inloggen")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 240,
            "sign up for", "sign up to", "sign up and", "subscribe to", "subscribe for", "subscribe and", "subscribe now",
            "already a subscriber", "already have an account", "already registered", "create a free account", "create an account",
            "register for free", "register now", "log in to", "sign in to", "login to", "get the newsletter", "get our newsletter",
            "get the latest", "get breaking news", "get daily", "get the best", "get email updates", "receive our", "enter your email",
            "your email address", "thanks for signing up", "thank you for signing up", "thank you for subscribing",
            "we respect your privacy", "by signing up", "by subscribing", "become a member", "become a subscriber",
            "start your free trial", "try it free", "unlock unlimited", "for unlimited access", "to continue reading",
            "continue reading with", "subscribers only", "subscriber exclusive", "support our journalism", "support independent",
            "exclusive to subscribers", "exclusively for subscribers",
            "invalid email", "please enter a valid email", "newsletter sign up", "newsletter signup", "sign up to our",
            "view all new york times newsletters", "add as an interest", "since you're here", "we'll notify you here",
            "get breaking news alerts", "click here to sign up", "click here to subscribe", "sign up here", "want more news", "want more stories", "want more like this", "want more from", "want more sign up", "want more subscribe", "want more get",
            "to receive our", "get our free", "get the free", "download the free", "for more news delivered",
            "jetzt abonnieren", "abonnez vous", "inscrivez vous", "suscríbete a", "iscriviti alla", "assine a", "meld je aan",
            "simply sign up to the", "not a member sign up", "ontvang onze nieuwsbrief",
            "bitte loggen sie sich ein", "esclusive per gli abbonati", "esclusivo per gli abbonati", "exclusive for subscribers",
            // Alert and notification sign-ups ("Get email notifications on Jane Doe daily!") and their confirmations.
            "get email notifications", "get email alerts", "your notification has been saved",
            "there was a problem saving your notification", "email notifications are only sent",
            "get the biggest daily stories by email", "we have more newsletters", "could not subscribe",
            "thanks for subscribing", "you're all set", "you are now subscribed", "check your inbox to confirm",
            "enter your e mail", "enter email address", "sign up for email alerts", "sign up for breaking news",
            "want to keep up with", "missing out on the latest", "want more news like this",
            "want to bookmark your favourite articles", "want to bookmark your favorite articles",
            "réservé aux abonnés", "article réservé aux abonnés", "exclusivo para suscriptores", "solo para suscriptores",
            "riservato agli abbonati", "exclusivo para assinantes", "alleen voor abonnees", "nur für abonnenten",
            "meld je aan voor", "meld u aan voor", "inschrijven voor de nieuwsbrief", "newsletter abonnieren",
            // Push-notification prompts, account links and the small print of a sign-up box.
            "get push notifications", "turn on notifications", "allow notifications",
            "enable notifications", "don't have an account", "do not have an account",
            "breaking news alerts", "get breaking news alerts", "push benachrichtigungen aktivieren", "benachrichtigungen aktivieren",
            "activer les notifications", "activar notificaciones", "activar las notificaciones", "attiva le notifiche",
            "ativar notificações", "ative as notificações", "meldingen inschakelen", "zet meldingen aan",
            "please check your email to confirm", "check your email to confirm", "get unlimited access", "get unlimited digital access",
            // "Already a subscriber?" and "Subscribe to keep reading" in the other languages.
            "déjà abonné", "vous êtes déjà abonné", "déjà inscrit", "ya eres suscriptor", "¿ya eres suscriptor", "sei già abbonato",
            "già abbonato", "já é assinante", "sie sind bereits abonnent", "bereits abonnent", "bereits registriert",
            "jetzt weiterlesen", "weiterlesen mit", "jetzt kostenlos testen", "abbonati per", "abonnez vous pour",
            "suscríbete para", "assine para", "abonneer om", "schrijf je in voor", "schrijf je nu in", "inscreva se na",
            "inscrivez vous à", "recevez notre", "receba nossa", "recibe nuestro", "ricevi la nostra", "ontvang onze",
            "not a subscriber", "register to continue", "register to read more", "create an account to continue",
            // Trial ends and introductory prices.
            "your free trial has ended", "your trial has ended", "your free trial is over", "unlock this article",
            "unlock this story", "subscribe from", "suscríbete desde", "abonnez vous à partir de", "abonnieren sie ab",
            "abbonati a partire da", "assine a partir de", "abonneer vanaf", "abonneer je nu", "abonneer nu", "receba notícias",
            "receba as principais notícias", "recibe las noticias", "recibe las últimas noticias")
        .Add(Paywall, PhraseMatch.Contains, 0.85f, 200, "de cet article à lire", "of this article left to read")
        // "Pour nous soutenir, abonnez-vous !": a support appeal that asks for a subscription (a sentence of the story
        // opening the same way carries no subscription word, and this set is only searched with one).
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 240, "pour nous soutenir", "to support us", "to support our work",
            "um uns zu unterstützen", "unterstützen sie uns", "para apoyarnos", "apóyanos", "per sostenerci", "sostienici",
            "para nos apoiar", "apoie nos", "steun ons", "soutenez nous")
        // "Recibe cada mañana las noticias más importantes de tu ciudad.": a newsletter's pitch, an imperative to receive the
        // news every day (searched only with a news or subscription word: "Recibe cada mañana a decenas de vecinos en su
        // consulta" is a story's sentence).
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 200, "recibe cada mañana", "recibe cada día", "recibe cada semana",
            "recibe todos los días", "receba todas as manhãs", "receba todos os dias", "receba toda semana")
        // "To access content, please login or purchase a subscription.": a log-in wall, in the supported languages.
        .Add(Paywall, PhraseMatch.Prefix, 0.9f, 300, "to access content", "to access this content", "to access this article",
            "to access this story", "to access the full article", "to access the full story", "please login or purchase",
            "please log in or purchase", "please log in or subscribe", "please login or subscribe", "para acceder a este contenido",
            "para acceder al contenido", "pour accéder à cet article", "pour accéder à ce contenu", "per accedere a questo contenuto",
            "per accedere al contenuto", "para acessar este conteúdo", "para ter acesso a este conteúdo",
            "um diesen artikel zu lesen", "um den ganzen artikel zu lesen", "om dit artikel te lezen", "om verder te lezen")
        // A sign-up box's small print, weak enough that a sentence of the story opening the same way ("You can unsubscribe
        // from the list at any time, the company said.") keeps.
        .Add(Prompt, PhraseMatch.Prefix, 0.8f, 200, "you can unsubscribe", "we will never share your email",
            "we'll never share your email", "we never share your email")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "as an interest to stay up to date", "delivered to your inbox", "delivered weekday mornings",
            "straight to your inbox", "direct to your inbox", "in your inbox every",
            "you'll get an email delivered to your inbox", "thank you for subscribing", "see our privacy notice",
            "email notifications are only sent once a day")
        .Add(Paywall, PhraseMatch.Prefix, 0.9f, 300,
            "you have reached", "you've reached", "you have read", "you've read", "this article is for subscribers",
            "this content is for subscribers", "this story is for subscribers", "this article is exclusive", "only subscribers",
            "to read this article", "to read the full", "to keep reading", "keep reading", "want to read more",
            "subscribe to continue", "subscribe to read", "already a subscriber", "you have 1 free", "you have one free",
            "you have no free", "free articles remaining", "article limit", "dieser artikel ist nur für abonnenten", "dieser artikel ist exklusiv für", "dieser artikel ist für abonnenten", "cet article est réservé")
        ).Build();

    // "Contenido exclusivo para suscriptores", "You have 2 free articles remaining": a subscriber-only label or a meter
    // in a short line (a set of its own, so longer lines skip its search). A sentence of the story about a product ("The
    // feature is available to subscribers only, the company said.") is long prose, which the context pass keeps against
    // this score.
    private readonly PhraseSet _labels = new PhraseListBuilder()
        .Add(Paywall, PhraseMatch.Contains, 0.8f, MaxLabelLineLength, "free articles remaining", "free articles left",
            "free article remaining", "free stories remaining", "available to subscribers only", "available only to subscribers",
            "for subscribers only", "exclusivo para suscriptores", "exclusivo para assinantes", "riservato agli abbonati",
            "alleen voor abonnees", "nur für abonnenten", "réservé aux abonnés", "wochen kostenlos testen", "monat kostenlos testen",
            "réservé à nos abonnés", "abopflichtiger inhalt")
        .Build();

    private const int MaxLabelLineLength = 120;

    // Appeals for support that carry no subscription word to gate on.
    private readonly PhraseSet _appeals = WithAppeals(new PhraseListBuilder()).Build();

    /// <summary>Adds the appeals and sign-up calls that need no subscription word; the main set holds them too, so a line is looked up once.</summary>
    private static PhraseListBuilder WithAppeals(PhraseListBuilder builder) => builder
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 300, "since you're here we", "since you're here and", "we have a small favour to ask",
            "we have a small favor to ask", "if you value our journalism", "if you appreciate our journalism",
            "if you like our journalism", "lee sin límites", "lea sin límites", "read without limits")
        // "Support local journalism" may open a sentence of a story about the press: long prose keeps against it.
        .Add(Prompt, PhraseMatch.Prefix, 0.8f, 300, "support quality journalism", "support local journalism",
            "support quality independent journalism", "support independent journalism",
            "unterstützen sie unabhängigen journalismus", "unterstützen sie qualitätsjournalismus", "soutenez le journalisme indépendant",
            "soutenez un journalisme indépendant", "apoya el periodismo independiente", "apoye el periodismo independiente",
            "sostieni il giornalismo indipendente", "apoie o jornalismo independente", "steun onafhankelijke journalistiek")
        // A metered paywall's count in the other languages ("You have reached your limit of free articles").
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 160, "sie haben das limit", "sie haben ihr limit", "vous avez atteint la limite",
            "vous avez atteint votre limite", "has alcanzado el límite", "has llegado al límite", "hai raggiunto il limite",
            "você atingiu o limite", "você chegou ao limite", "je hebt het maximum aantal", "u heeft het maximum aantal")
        // "Veuillez vous connecter pour répondre": a call to sign in before replying or reading, in the supported languages.
        // A short line: "Please log in to your account and change your password, the bank told customers." is a story's.
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 80, "veuillez vous connecter", "connectez vous pour", "connectez vous ou",
            "identifiez vous pour", "vous devez être connecté", "please log in to", "please sign in to", "please login to",
            "you must be logged in to", "you need to be logged in", "log in or register to", "sign in or register to",
            "inicia sesión para", "inicia sesión o regístrate", "debes iniciar sesión", "accedi per", "effettua il login per",
            "devi essere registrato", "faça login para", "faça o login para", "você precisa estar logado",
            "bitte melden sie sich an", "melden sie sich an um", "sie müssen angemeldet sein", "log in om", "meld je aan om",
            "je moet ingelogd zijn")
        // The same pitch where the verb can only address the reader ("Recevez …", "Ricevi …", "Erhalten Sie …").
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 200, "recevez chaque matin", "recevez chaque jour", "recevez chaque semaine",
            "recevez tous les jours", "ricevi ogni mattina", "ricevi ogni giorno", "ricevi ogni settimana", "ontvang elke ochtend",
            "ontvang elke dag", "ontvang elke week", "jeden morgen die wichtigsten", "jeden tag die wichtigsten",
            "jeden abend die wichtigsten", "erhalten sie jeden morgen", "erhalten sie täglich", "get the most important news",
            "every morning the most important")
        // A newsletter pitch opening on its imperative, in the supported languages ("Ontvang onze nieuwsbrief …",
        // "Entérate de las últimas noticias … desde tu mail").
        .Add(Newsletter, PhraseMatch.Prefix, 0.85f, 300, "get our newsletter", "get our free newsletter", "receive our newsletter",
            "erhalten sie unseren newsletter", "abonnieren sie unseren newsletter", "recevez notre newsletter",
            "recevez notre lettre d'information", "abonnez vous à notre newsletter", "recibe nuestra newsletter",
            "recibe nuestro boletín", "suscríbete a nuestra newsletter", "suscríbete a nuestro boletín", "ricevi la nostra newsletter",
            "iscriviti alla nostra newsletter", "receba nossa newsletter", "receba a nossa newsletter", "assine nossa newsletter",
            "ontvang onze nieuwsbrief", "ontvang de nieuwsbrief", "abonneer je op onze nieuwsbrief", "schrijf je in voor onze nieuwsbrief",
            "entérate de las últimas noticias", "stay informed with free updates", "discover more from", "join our mailing list",
            "join our newsletter", "join the mailing list", "tragen sie sich in unseren newsletter", "inscrivez vous à notre newsletter",
            "únete a nuestra newsletter", "iscriviti alla newsletter", "inscreva se na nossa newsletter", "meld je aan voor onze nieuwsbrief")
        // Sign-in and subscribe buttons scraped glued together ("Sign InSubscribe"), and a subscription's benefit badge.
        .Add(Prompt, PhraseMatch.Exact, 0.9f, 40, "sign insubscribe", "log insubscribe", "subscribesign in", "subscribelog in",
            "sign in subscribe", "log in subscribe", "subscribe sign in", "subscribe log in", "subscriber benefit",
            "subscriber benefits", "subscriber exclusive benefit", "anmeldenabonnieren", "se connecters'abonner",
            "iniciar sesiónsuscribirse", "accediabbonati", "entrarassinar", "inloggenabonneren")
        // A paywall's note on the rest of the article, in French ("La version intégrale de cet article est réservée aux abonnés.").
        .Add(Paywall, PhraseMatch.Prefix, 0.85f, 200, "la version intégrale de cet article est réservée", "si vous êtes déjà abonné",
            "si vous n'êtes pas abonné", "si vous n'êtes pas encore abonné", "si ya eres suscriptor", "se sei già abbonato",
            "se você já é assinante", "wenn sie bereits abonnent sind", "als je al abonnee bent", "if you are already a subscriber",
            "if you're already a subscriber")
        // A newsletter box's address field and button, and its consent small print, in the supported languages.
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 40, "e-mail-adresse", "e-mail-adresse eingeben", "ihre e-mail-adresse",
            "votre adresse e-mail", "votre e-mail", "adresse e-mail", "tu correo electrónico", "correo electrónico",
            "tu email", "tu e-mail", "il tuo indirizzo email", "indirizzo email", "la tua email", "seu e-mail", "o seu e-mail",
            "seu email", "endereço de e-mail", "je e-mailadres", "e-mailadres", "uw e-mailadres", "je m'inscris", "je m'abonne",
            "me suscribo", "suscribirme", "mi iscrivo", "quero receber", "inscrever-se", "schrijf me in", "ich melde mich an")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 300, "by clicking subscribe", "by clicking sign up", "by clicking submit",
            "by submitting your email", "by entering your email", "mit der anmeldung stimmen sie", "mit ihrer anmeldung stimmen sie",
            "mit der anmeldung akzeptieren sie", "en vous inscrivant, vous acceptez", "en vous inscrivant, vous reconnaissez",
            "en vous abonnant, vous acceptez", "al suscribirte aceptas", "al suscribirte, aceptas", "al suscribirse acepta",
            "al registrarte aceptas", "iscrivendoti accetti", "registrandoti accetti", "iscrivendoti dichiari",
            "ao se inscrever, você concorda", "ao se cadastrar, você concorda", "ao assinar, você concorda",
            "door je in te schrijven ga je akkoord", "door je aan te melden ga je akkoord", "door u in te schrijven gaat u akkoord")
        // "… to get stories like this delivered directly to your inbox", "… with free, real-time updates from Patch": a
        // sign-up or support call inside a promotional line, which may carry no subscription word.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "stories like this delivered", "get stories like this",
            "don't forget to subscribe", "members help make our journalism possible", "become a member today and unlock",
            "consider supporting our", "with free real time updates", "free real time updates from", "free, real-time updates from")
        // "There's no better time to support our work.": an appeal for the outlet's own work, in the supported languages.
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 300, "there's no better time to support", "support our work", "please support our",
            "help support our", "unterstützen sie unsere arbeit", "unterstützen sie unseren journalismus", "soutenez notre travail",
            "soutenez notre journalisme", "apoya nuestro periodismo", "apoya nuestro trabajo", "sostieni il nostro giornalismo",
            "sostieni il nostro lavoro", "apoie o nosso jornalismo", "apoie nosso jornalismo", "steun onze journalistiek")
        // Registration walls and sign-up calls in the supported languages ("Regístrate gratis para seguir leyendo").
        .Add(Paywall, PhraseMatch.Prefix, 0.9f, 240, "regístrate gratis para seguir leyendo", "regístrate para seguir leyendo",
            "suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "si tienes cuenta en",
            "to view the rest of this article", "to read the rest of this article", "to see the rest of this article",
            "you must log in to read", "you must be logged in to read", "registrieren sie sich kostenlos",
            "jetzt kostenlos registrieren", "inscrivez vous gratuitement pour", "registrati gratuitamente per",
            "cadastre se gratuitamente", "registreer je gratis")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 240, "nichts mehr verpassen", "jetzt für benachrichtigungen registrieren",
            "cadastre o seu e mail", "cadastre seu e mail", "did you like this story", "did you like this article",
            "did you enjoy this story", "did you enjoy this article", "we'd love to hear your thoughts on our")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 240, "para no perderte nada suscríbete", "puedes utilizarla para identificarte",
            "pour ne rien manquer abonnez vous")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 200, "get browser notifications", "enable browser notifications",
            "turn on browser notifications")
        // "L'articolo completo è disponibile sull'edizione cartacea", "Den ganzen Artikel lesen Sie in unserem E-Paper": the
        // rest of the story is in the print or digital edition, a paywall with no subscription word.
        .Add(Paywall, PhraseMatch.Prefix, 0.85f, 240, "the full article is available in", "the full story is available in",
            "the complete article is available in", "read the full story in our", "read the full article in our",
            "read the full story in the print", "read the full article in the print", "read the rest of this story in",
            "den vollständigen artikel lesen sie", "den ganzen artikel lesen sie", "den kompletten artikel lesen sie",
            "den vollständigen beitrag lesen sie", "lesen sie den vollständigen artikel in", "lesen sie den ganzen artikel in",
            "retrouvez l'intégralité de cet article", "retrouvez l'intégralité de notre article", "l'intégralité de cet article est",
            "la suite de cet article est à lire", "lisez la suite de cet article dans", "lire la suite dans notre édition",
            "el artículo completo está disponible en", "la noticia completa está disponible en",
            "lea el artículo completo en la edición", "lea la noticia completa en la edición", "l'articolo completo è disponibile",
            "l'articolo integrale è disponibile", "per leggere tutto acquista", "per leggere l'articolo completo acquista",
            "scopri di più nell'edizione digitale", "approfondisci sul numero", "leggi l'articolo completo sull'edizione",
            "continua a leggere sull'edizione", "a reportagem completa está disponível", "a matéria completa está disponível",
            "leia a reportagem completa na edição", "leia a matéria completa na edição", "het volledige artikel leest u in",
            "het volledige artikel lees je in", "lees het volledige artikel in de krant", "het hele artikel leest u in")
        // "Tu suscripción se está usando en otro dispositivo": the account is open on another device.
        .Add(Paywall, PhraseMatch.Prefix, 0.9f, 240, "tu suscripción se está usando", "si continúas leyendo en este dispositivo",
            "quieres añadir otro usuario a tu suscripción", "si quieres compartir tu cuenta", "tienes una suscripción de empresa",
            "en el caso de no saber quién está usando tu cuenta", "your subscription is being used on another device",
            "if you continue reading on this device", "votre abonnement est utilisé sur un autre appareil",
            "si vous continuez à lire sur cet appareil", "ihr abo wird bereits auf einem anderen gerät",
            "il tuo abbonamento è in uso su un altro dispositivo", "a sua assinatura está sendo usada em outro dispositivo",
            "je abonnement wordt op een ander apparaat gebruikt")
        // "Liebe Abonnent:innen, bitte registrieren Sie sich …": a paywall addressing the subscribers.
        .Add(Paywall, PhraseMatch.Prefix, 0.85f, 300, "liebe abonnentinnen", "liebe abonnenten", "liebe abonnent innen",
            "liebe abonnentin", "dear subscriber", "dear subscribers", "chers abonnés", "cher abonné", "chères abonnées",
            "chère abonnée", "querido suscriptor", "queridos suscriptores", "estimado suscriptor", "caro abbonato", "cari abbonati",
            "gentile abbonato", "caro assinante", "prezado assinante", "beste abonnee", "beste abonnees")
        // "- Alle Artikel lesen mit XY+": a subscription's list of benefits.
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 60, "alle artikel lesen", "weniger werbung mit", "werbefrei lesen mit",
            "unlimited access to all", "accès illimité à tous", "accès illimité à l'ensemble", "acceso ilimitado a todos",
            "acceso ilimitado a todo", "accesso illimitato a tutti", "accesso illimitato a tutto", "acesso ilimitado a todo",
            "acesso ilimitado a todos", "onbeperkt toegang tot alle", "unbegrenzter zugriff auf alle");

    /// <inheritdoc />
    public override string Name => "subscription";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Subscription;

    /// <inheritdoc />
    // Gate: the phrase sets, subscription words, and the first words of "Get … by email".
    public override ClassifierTriggers Triggers => new(300) { Gate = LineGate.Phrases with { Words = WordClass.Subscribe, FirstWords = "get receive" } };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (FeatureExtractor.OpensQuotedSentence(context.Text, features))
        {
            return Verdict.None;
        }

        if (!features.Has(WordClass.Subscribe | WordClass.Related))
        {
            return _appeals.TryMatch(context, out PhraseHit appeal) ? Verdict.From(appeal.Rule, appeal.Score) : Verdict.None;
        }

        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        if (features.Length <= MaxLabelLineLength && _labels.TryMatch(context, out PhraseHit label))
        {
            return Verdict.From(label.Rule, label.Score);
        }

        // "Get the Morning Briefing by email.": an imperative to receive something by email, not "The files were sent by email."
        if (features.Words <= 12 && IsReceiveByEmail(context.Normalized))
        {
            return Verdict.From(Newsletter, 0.8f);
        }

        // "Get our politics newsletter in your inbox" - but not "The paper has two million subscribers."
        if (features.Has(WordClass.Subscribe) && features.Words <= 25 &&
            (ContainsNewsletterWord(context.Normalized) || (!features.EndsSentence && ContainsSubscribeWord(context.Normalized))))
        {
            // "Nieuwsbrief november 2018", "Newsletter March 2019": an edition's title, its month and year, heads the page.
            if (features.Words <= 4 && features.CalendarWords > 0 && features.NumericWords > 0 && !features.EndsSentence)
            {
                return Verdict.None;
            }

            return Verdict.From(Newsletter, 0.7f);
        }

        return Verdict.None;
    }

    private static bool IsReceiveByEmail(System.ReadOnlySpan<char> normalized) =>
        (normalized.StartsWith("get ", System.StringComparison.Ordinal) || normalized.StartsWith("receive ", System.StringComparison.Ordinal)) &&
        (normalized.EndsWith(" by email", System.StringComparison.Ordinal) || normalized.EndsWith(" by e mail", System.StringComparison.Ordinal) ||
         normalized.EndsWith(" in your inbox", System.StringComparison.Ordinal));

    private static bool ContainsNewsletterWord(System.ReadOnlySpan<char> normalized) =>
        normalized.Contains("newsletter", System.StringComparison.Ordinal) || normalized.Contains("nieuwsbrief", System.StringComparison.Ordinal) ||
        normalized.Contains("inbox", System.StringComparison.Ordinal);

    private static bool ContainsSubscribeWord(System.ReadOnlySpan<char> normalized) =>
        ContainsWord(normalized, "subscribe") || ContainsWord(normalized, "sign up") || ContainsWord(normalized, "log in") ||
        ContainsWord(normalized, "sign in");

    private static bool ContainsWord(System.ReadOnlySpan<char> normalized, string word)
    {
        int at = normalized.IndexOf(word, System.StringComparison.Ordinal);
        return at >= 0 && (at == 0 || normalized[at - 1] == ' ') &&
               (at + word.Length == normalized.Length || normalized[at + word.Length] == ' ');
    }
}
