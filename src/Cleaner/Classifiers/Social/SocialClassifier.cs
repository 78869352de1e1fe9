using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Social;

/// <summary>
/// Share, follow and social-network prompts: share bars ("Facebook Twitter Email"), calls to share or follow
/// ("Follow us on Twitter", "Click to share on Facebook") and lines made only of hashtags or handles.
/// </summary>
public sealed class SocialClassifier : SegmentClassifier
{
    /// <summary>A call to share or follow.</summary>
    public static readonly ResidueRule Prompt = new("social.prompt", ResidueKind.Social,
        "A call to share the story or follow the publisher ('Share this', 'Follow us on Twitter').") { AddressesTheReader = true };

    /// <summary>A share bar: a line made mostly of network names and sharing verbs.</summary>
    public static readonly ResidueRule ShareBar = new("social.share-bar", ResidueKind.Social,
        "A share bar: a short line made mostly of social-network names and sharing verbs.");

    /// <summary>A line made only of hashtags or handles.</summary>
    public static readonly ResidueRule Tags = new("social.tags", ResidueKind.Social,
        "A line made only of hashtags or @handles.");

    /// <summary>An email-a-friend form: its fields, its instructions and its confirmation.</summary>
    public static readonly ResidueRule EmailForm = new("social.email-form", ResidueKind.Social,
        "An email-a-friend form: field labels ('Your name:', 'Recipient's email:'), its message ('A friend wanted you to " +
        "see this item'), its instructions and its confirmation.");

    /// <summary>What an embedded post leaves behind: its signature line or its bare picture link.</summary>
    public static readonly ResidueRule Embed = new("social.embed", ResidueKind.Social,
        "What an embedded post leaves in the text: its signature ('— Jane Doe (@janedoe) June 5, 2017') or a bare " +
        "picture link ('pic.twitter.com/…').");

    // Form text is tried on every line up to this length: its wording has no social-network word to gate on.
    private const int MaxFormLength = 400;

    // Share, follow and save controls whose words are in no sharing vocabulary ("Follow Us", "Spread the love", "Save"):
    // whole short lines only, looked up before the vocabulary gate below (in the main set they could never match). Print
    // controls in other languages ("Imprimir", "Drucken") are the navigation classifier's.
    private readonly PhraseSet _controls = new PhraseListBuilder()
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 40, "follow us", "follow", "follow me", "like", "like us", "spread the love",
            "spread the word", "save for later", "save", "saved", "send", "like loading", "reuse this content",
            "share it to your friends", "share it with your friends", "share with your friends", "share with friends",
            "siga nos", "síguenos", "suivez nous", "folgen sie uns", "seguici", "volg ons", "compartilhe essa notícia",
            "compartilhe esta notícia", "comparte esta noticia", "partagez cet article", "teile diesen artikel",
            "deel dit bericht")
        .Build();

    private readonly PhraseSet _forms = new PhraseListBuilder()
        .Add(EmailForm, PhraseMatch.Label, 0.9f, 200,
            "your name", "your email", "your e mail", "your email address", "your e mail address", "your friend's name",
            "your friend's email", "friend's email", "friend's name", "recipient's email",
            "recipient email", "recipient's name", "recipient name", "recipient's email address", "to email address",
            "from email address", "sender's email", "separate multiple email addresses with commas", "personal message", "add a personal message",
            "ihr name", "ihre e mail", "ihre e mail adresse", "empfänger", "e mail des empfängers", "votre nom", "votre e mail",
            "votre adresse e mail", "destinataire", "e mail du destinataire", "tu nombre", "tu correo", "tu correo electrónico",
            "destinatario", "correo del destinatario", "il tuo nome", "la tua email", "email destinatario", "seu nome",
            "seu e mail", "destinatário", "e mail do destinatário", "je naam", "uw naam", "je e mail", "uw e mail", "ontvanger",
            "e mail ontvanger")
        .Add(EmailForm, PhraseMatch.Exact, 0.9f, 80,
            "your name", "your email", "your email address", "recipient's email", "recipient email", "send to a friend",
            "email to a friend", "e mail to a friend", "send this article to a friend", "email this article", "email this story",
            "send me a copy", "send a copy to myself", "send copy to yourself", "security code", "verification code", "captcha",
            "type the characters you see", "type the characters in the image", "artikel versenden", "artikel per e mail versenden",
            "envoyer à un ami", "envoyer par e mail", "enviar a un amigo", "enviar por correo", "invia ad un amico",
            "invia a un amico", "enviar para um amigo", "stuur door", "doorsturen", "mail een vriend")
        .Add(EmailForm, PhraseMatch.Prefix, 0.85f, MaxFormLength,
            "a friend wanted you to see", "thank you for your interest in spreading the word",
            "we only request your email address", "note we only request your email address",
            "your message has been sent", "your email has been sent", "this article has been sent", "this story has been sent",
            "the article has been sent", "thanks for sharing", "separate multiple email addresses",
            "separate multiple addresses", "enter multiple addresses", "you may enter up to", "we will not share your email",
            "we do not capture any email address", "type the characters", "please type the characters",
            "please enter the characters", "you must enter the characters", "enter the characters you see",
            "ihre nachricht wurde versendet", "votre message a été envoyé", "su mensaje ha sido enviado",
            "il tuo messaggio è stato inviato", "sua mensagem foi enviada", "je bericht is verzonden")
        .Add(EmailForm, PhraseMatch.Contains, 0.85f, MaxFormLength,
            "wanted you to see this", "thought you might be interested in this", "thought you would be interested in this",
            "thought you'd be interested in this", "person you are recommending the page to",
            "so that the person you are recommending", "knows that you wanted them to see it", "it is not junk mail")
        // A reblog's stamp and a follow box's heading: short lines with no network named.
        // A blog platform's like bar ("%d bloggers like this:") and a call to share the post with friends.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 40, "bloggers like this", "blogger likes this")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 160, "share it with your friends", "share this post with your friends",
            "share this article with your friends", "share this story with your friends")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 80, "reblogged this on")
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 40, "connect with us", "stay connected")
        .Build();

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Prompt, PhraseMatch.Exact, 0.9f, 80,
            "share", "shares", "share this", "share this article", "share this story", "share article", "share story", "share on",
            "share this page", "share via", "share with", "tweet", "tweet this", "pin it", "email", "email this", "print",
            "print this", "print article", "copy link", "link copied", "share on facebook", "share on twitter",
            "sharing is caring", "comments share",
            "share tweet", "share email", "twitter", "facebook", "linkedin", "pinterest", "whatsapp", "reddit", "instagram",
            "youtube", "flipboard", "tumblr", "telegram", "e mail", "messenger",
            "bookmark", "like this", "like this like loading", "share this like this",
            "click to share", "more sharing options", "show more sharing options", "post to tumblr", "submit to reddit",
            "post to reddit", "share to linkedin", "share to facebook", "share to twitter", "share to whatsapp", "share to flipboard",
            "pin to pinterest",
            // An embedded post that failed to load.
            "tweet may have been deleted", "this tweet is unavailable", "this tweet has been deleted", "tweet unavailable",
            "this instagram post is unavailable", "instagram post unavailable", "share this with", "email a friend", "email to a friend", "teilen", "artikel teilen", "partager", "partager l'article", "compartir",
            "compartir artículo", "condividi", "compartilhe", "compartilhar", "delen", "deel dit artikel",
            "teilen twittern mailen", "twittern", "mailen",
            "diesen artikel teilen", "partager cet article", "compartir este artículo", "condividi questo articolo",
            "compartilhe este artigo", "compartilhe esta matéria")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 160,
            "share this", "share on", "share via", "share the story", "share your", "click to share", "click to email",
            "click to print", "follow us", "follow me", "like us on", "find us on", "connect with us", "join us on",
            "tweet this", "email this", "send to a friend", "send this", "follow the author", "follow our", "follow all",
            "get the app", "download the app", "download our app", "read or share this story", "share this story",
            "click here to get the", "like us on facebook", "follow us on", "sorry your blog cannot share",
            "a post shared by", "a photo shared by", "a video shared by", "a photo posted by", "a video posted by",
            "ein beitrag geteilt von", "une publication partagée par", "una publicación compartida por",
            "un post condiviso da", "uma publicação compartilhada por", "een bericht gedeeld door",
            "a friend wanted you to see", "thank you for your interest in spreading the word", "we only request your email address",
            "note we only request your email address", "you must enter the characters", "enter the characters you see",
            "recipient's email", "recipient email", "your friend's email", "send this article", "send this story",
            "email this story", "email this article", "share this page", "share on facebook", "share on twitter",
            "auf facebook teilen", "folgen sie uns", "suivez nous", "síguenos", "seguici", "siga nos", "volg ons",
            "teilen auf", "partager sur", "compartir en", "condividi su", "compartilhe no", "compartilhar no", "deel op",
            // Embedded posts and the network's own chrome around them.
            "add this tweet to your website", "add this video to your website", "embed this tweet", "embed this post",
            "tweet with a location", "share or comment on this article", "share this with", "chat with us in facebook messenger", "view this post on instagram", "a post shared by", "like this like",
            // Save, print and copy-link buttons; sharing by mail and follow prompts in the other languages.
            "save story", "save this story", "save article", "save this article", "saved stories", "saved articles",
            "print this article", "print this story", "print story", "link copied", "copied to clipboard", "tap to share",
            "tap to email", "like our facebook page", "like our page on facebook", "like us on", "per e mail teilen",
            "per mail teilen", "link kopieren", "partager par e mail", "partager par mail", "copier le lien", "lien copié",
            "retrouvez nous sur", "rejoignez nous sur", "compartir por correo", "compartir por email", "copiar enlace",
            "condividi via", "copia link", "copia il link", "compartilhar por e mail", "copiar link", "curta nossa página",
            "deel via", "kopieer link", "link kopiëren")
        // Bookmark and gift buttons, alone on their line.
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 60, "artikel merken", "merken", "add to favorites", "add to favourites",
            "bookmark this article", "bookmark this story", "gift this article", "give this article", "gift article",
            "share full article", "offrir cet article", "offrir l'article", "ajouter à mes favoris", "ajouter aux favoris", "bewaar artikel", "bewaren", "guardar",
            "guardar artículo", "salva", "salva articolo", "salvar", "salvar matéria", "print friendly pdf email",
            "print friendly")
        // "Suivre sur Twitter", "Auf Twitter folgen", "Send via WhatsApp": a follow or send button naming its network.
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 40, "follow on", "suivre sur", "seguir en", "segui su", "seguir no", "volg op",
            "send via", "envoyer via", "enviar por whatsapp", "auf twitter folgen", "auf facebook folgen", "auf instagram folgen")
        // "Clique aqui para fazer parte do canal da X no WhatsApp": a call to join the outlet's channel on a messenger.
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 200, "clique aqui para fazer parte do", "clique aqui e faça parte do",
            "faça parte do nosso canal", "participe do nosso canal", "entre no nosso canal", "join our whatsapp",
            "join our telegram", "join our channel", "únete a nuestro canal", "únete al canal", "iscriviti al nostro canale",
            "iscriviti al canale", "unisciti al nostro canale", "rejoignez notre chaîne", "rejoignez la chaîne",
            "folgen sie unserem whatsapp", "folge unserem whatsapp", "folgen sie uns auf whatsapp", "volg ons whatsapp",
            "volg ons op whatsapp")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 200, "follow us on twitter", "follow us on facebook", "like us on facebook",
            "friend us on facebook", "find us on facebook", "follow us on instagram", "join us on facebook", "follow me on twitter",
            "follow me on facebook", "follow me on instagram")
        // "Twitter: @jdoe": a network's name, then the handle.
        .Add(Prompt, PhraseMatch.Label, 0.85f, 50, "twitter", "facebook", "instagram", "follow", "follow me", "follow us",
            "follow him", "follow her")
        .Build();

    // App-store badges and "open in app" links, and app prompts in the other languages: no network word to gate on.
    private readonly PhraseSet _apps = new PhraseListBuilder()
        // Bookmark, print and mail buttons in the other languages (their words are no network's).
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 60, "artikel verschenken", "zur merkliste hinzufügen", "auf die merkliste",
            "merkliste", "artikel drucken", "später lesen", "ajouter à ma sélection", "imprimer cet article", "imprimer l'article",
            "lire plus tard", "imprimir artículo", "leer más tarde", "stampa l'articolo", "leggi più tardi", "invia per email",
            "invia per e mail", "enviar por e mail", "enviar por email", "imprimir matéria", "ler mais tarde", "deel artikel",
            "artikel delen", "later lezen", "artikel printen")
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 40, "copy url", "url copied", "copy the link", "copy article link")
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 60, "open in app", "read in app", "continue in app", "open the app",
            "download on the app store", "available on the app store", "get it on google play", "app store", "google play",
            "app store google play")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 100, "download on the app store", "get it on google play",
            "téléchargez notre application", "téléchargez l'application", "téléchargez notre appli", "téléchargez l'appli", "descarga nuestra app", "descarga la app",
            "descargue nuestra app", "baixe nosso aplicativo", "baixe o aplicativo", "scarica la nostra app", "scarica l'app",
            "download onze app", "download de app", "jetzt die app herunterladen", "laden sie unsere app", "app herunterladen")
        // App and browser-notification prompts ("Download our app here", "Be the first to know").
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 120, "download our app", "download the app", "get browser notifications",
            "enable browser notifications", "turn on browser notifications", "allow notifications")
        .Add(Prompt, PhraseMatch.Exact, 0.85f, 40, "be the first to know", "chrome safari continue", "find posts by topic")
        .Build();

    /// <inheritdoc />
    public override string Name => "social";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Social;

    /// <inheritdoc />
    // Gate: the phrase sets, network words, handles and tags, a follow label's colon, glued share bars (one or two
    // words), picture links and app prompts.
    public override ClassifierTriggers Triggers => new(MaxFormLength)
    {
        Gate = LineGate.Phrases with
        {
            Words = WordClass.Social, Marks = LineMarks.At | LineMarks.Hash, LastChars = ":", LastCharsMaxWords = 4, MaxWords = 2,
            FirstWords = "pic download get install like",
        },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        // Form text has a label before a colon, is short, or has a mail, sharing, page or sign-up word; "Thank you for
        // your interest …" and "Type the characters …" open with their own words.
        bool mayBeForm = features.FirstColon is > 0 and <= PhraseSet.MaxLabelLength || features.Length <= 80 ||
                         features.Has(WordClass.Social | WordClass.Subscribe | WordClass.Related | WordClass.Navigation) ||
                         context.Normalized.StartsWith("thank", StringComparison.Ordinal) ||
                         context.Normalized.StartsWith("type ", StringComparison.Ordinal) ||
                         context.Normalized.StartsWith("please ", StringComparison.Ordinal) ||
                         context.Normalized.StartsWith("you ", StringComparison.Ordinal);
        if (mayBeForm && _forms.TryMatch(context, out PhraseHit form))
        {
            return Verdict.From(form.Rule, form.Score);
        }

        // "FacebooktwittermailFacebooktwittermail", "35 LINKEDINCOMMENTMORE": a share bar's buttons glued into one word.
        if (features.Words <= 2 && features.Length is >= 12 and <= 80 && IsGluedShareBar(context.Text))
        {
            return Verdict.From(Prompt, 0.85f);
        }

        if (features.Words <= 5 && _controls.TryMatch(context, out PhraseHit control))
        {
            return Verdict.From(control.Rule, control.Score);
        }

        // "\"Share your story,\" the campaign urged veterans.": a quotation opening a sentence of the story.
        if (FeatureExtractor.OpensQuotedSentence(context.Text, features))
        {
            return Verdict.None;
        }

        if (features.Length > 200)
        {
            // "Share this with Email Share this with Facebook … Close share panel": a share panel scraped into one line.
            return features.Length <= 600 && features.Has(WordClass.Social) &&
                   context.Normalized.StartsWith("share this with", StringComparison.Ordinal)
                ? Verdict.From(ShareBar, 0.9f)
                : Verdict.None;
        }
        if (features.Has(WordClass.Social | WordClass.Related) || features.Has(LineMarks.At | LineMarks.Hash) ||
            context.Normalized.StartsWith("like this", StringComparison.Ordinal))
        {
            if (_phrases.TryMatch(context, out PhraseHit hit))
            {
                // "Follow the money." or "Like many others, …" are sentences, not prompts.
                if (features.EndsSentence && features.Words > 4 && !features.Has(WordClass.Social))
                {
                    return Verdict.None;
                }

                return Verdict.From(hit.Rule, hit.Score);
            }
        }

        if (features.Has(LineMarks.At) && IsPostSignature(context.Text, features))
        {
            return Verdict.From(Embed, 0.85f);
        }

        if (features.Words <= 4 && IsPictureLink(context.Text))
        {
            return Verdict.From(Embed, 0.8f);
        }

        // "Follow WTOL:", "Suivez Ouest-France :": a follow prompt over the outlet's network links, its name capitalised.
        // "Follow these steps:" goes on in lower case.
        if (features.Words is >= 2 and <= 4 && features.Last == ':' && IsFollowOutletLabel(context.Text))
        {
            return Verdict.From(Prompt, 0.85f);
        }

        // "Follow @CNNPolitics", "Follow Jane Doe @janedoe": a follow prompt naming a handle.
        if (features.Has(LineMarks.At) && features.Words <= 6 && !features.EndsSentence &&
            context.Text.StartsWith("Follow ", StringComparison.OrdinalIgnoreCase) && context.Text.Contains(" @", StringComparison.Ordinal))
        {
            return Verdict.From(Prompt, 0.8f);
        }

        // "Follow Jane Doe on Twitter at http://…", "Follow The Daily Example's opinion section on Facebook and Twitter
        // (@example), and sign up …": a follow prompt naming a network.
        if (features.Words <= 32 && context.Text.StartsWith("Follow ", StringComparison.Ordinal) && features.Has(WordClass.Social))
        {
            bool namesNetwork = ContainsOnNetwork(context.Normalized);
            if (features.Words <= 16 || namesNetwork)
            {
                return Verdict.From(Prompt, namesNetwork ? 0.85f : 0.8f);
            }
        }

        if (features.Has(WordClass.Social) && features.Words is >= 2 and <= 14 && !features.EndsSentence)
        {
            (int social, int other) = CountSocialWords(context.Text);
            if (social * 10 >= (social + other) * 6 && social >= 2)
            {
                return Verdict.From(ShareBar, 0.85f);
            }
        }

        // "1.2K Shares", "SHARE 42": a share counter, a sharing word and a count.
        if (features.Has(WordClass.Social) && features.Words <= 3 && !features.EndsSentence && IsShareCounter(context.Text))
        {
            return Verdict.From(ShareBar, 0.85f);
        }

        // "Download the Example News app", "Get the app": a call to install the publisher's app.
        if (features.Words <= 8 && !features.EndsSentence && IsAppPrompt(context.Normalized))
        {
            return Verdict.From(Prompt, 0.85f);
        }

        if (features.Words <= 10 && _apps.TryMatch(context, out PhraseHit app))
        {
            return Verdict.From(app.Rule, app.Score);
        }

        if (features.Has(LineMarks.At | LineMarks.Hash) && features.Words <= 8 && IsOnlyTags(context.Text))
        {
            return Verdict.From(Tags, 0.75f);
        }

        return Verdict.None;
    }

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789.,");

    /// <summary>"Follow WTOL:": a follow verb, then one to three capitalised words and the colon.</summary>
    private static bool IsFollowOutletLabel(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> verb = text[..space];
        if (!(verb is "Follow" or "Suivez" or "Siga" or "Segui" or "Volg" or "Folgen" or "Sigue"))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(space + 1)..].TrimEnd(": ");
        while (!rest.IsEmpty)
        {
            int next = rest.IndexOf(' ');
            ReadOnlySpan<char> word = next < 0 ? rest : rest[..next];
            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            rest = next < 0 ? ReadOnlySpan<char>.Empty : rest[(next + 1)..].TrimStart();
        }

        return true;
    }

    /// <summary>"1.2K Shares", "SHARE 42", "Shares 2K": sharing words and one count, nothing else.</summary>
    private static bool IsShareCounter(ReadOnlySpan<char> text)
    {
        int shareWords = 0;
        int counts = 0;
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart(' ');
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> token = (space < 0 ? rest : rest[..space]).Trim(".,:|");
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[space..];
            if (token.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(token[0]))
            {
                ReadOnlySpan<char> digits = token.TrimEnd("kKmM");
                if (digits.ContainsAnyExcept(CountCharacters))
                {
                    return false;
                }

                counts++;
            }
            else if (token.Equals("shares", StringComparison.OrdinalIgnoreCase) || token.Equals("share", StringComparison.OrdinalIgnoreCase) ||
                     token.Equals("tweets", StringComparison.OrdinalIgnoreCase) || token.Equals("pins", StringComparison.OrdinalIgnoreCase))
            {
                shareWords++;
            }
            else
            {
                return false;
            }
        }

        return shareWords == 1 && counts == 1;
    }

    /// <summary>"download the example news app", "get our free app": download or get, then the app, closing the line.</summary>
    private static bool IsAppPrompt(ReadOnlySpan<char> normalized) =>
        (normalized.StartsWith("download ", StringComparison.Ordinal) || normalized.StartsWith("get the ", StringComparison.Ordinal) ||
         normalized.StartsWith("get our ", StringComparison.Ordinal) || normalized.StartsWith("install the ", StringComparison.Ordinal)) &&
        (normalized.EndsWith(" app", StringComparison.Ordinal) || normalized.EndsWith(" apps", StringComparison.Ordinal) ||
         normalized.Contains(" app for ", StringComparison.Ordinal) || normalized.Contains(" app on ", StringComparison.Ordinal));

    private static (int Social, int Other) CountSocialWords(ReadOnlySpan<char> text)
    {
        int social = 0;
        int other = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.Social | WordClass.Comment | WordClass.Video))
            {
                social++;
            }
            else if (!word.IsNumber)
            {
                other++;
            }
        }

        return (social, other);
    }

    /// <summary>
    /// "— Jane Doe (@janedoe) June 5, 2017", "- Jane Doe (@janedoe) 5 juin 2017": a dash, a name, a handle in
    /// parentheses, then a date and nothing else.
    /// </summary>
    private static bool IsPostSignature(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (text.Length > 160 || text[0] is not ('—' or '–' or '-' or '―') || features.CalendarWords == 0 && features.Digits < 4)
        {
            return false;
        }

        int handle = text.IndexOf("(@", StringComparison.Ordinal);
        if (handle < 2)
        {
            return false;
        }

        int close = text[handle..].IndexOf(')');
        return close > 2 && text[(handle + close + 1)..].Trim().Length is > 0 and <= 40;
    }

    private static bool ContainsOnNetwork(ReadOnlySpan<char> normalized) =>
        normalized.Contains(" on twitter", StringComparison.Ordinal) || normalized.Contains(" on facebook", StringComparison.Ordinal) ||
        normalized.Contains(" on instagram", StringComparison.Ordinal);

    /// <summary>A line that is only a link to a post's picture: "pic.twitter.com/AbC123".</summary>
    private static bool IsPictureLink(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) && !text.Contains(' ');
    }

    private static bool IsOnlyTags(ReadOnlySpan<char> text)
    {
        bool any = false;
        while (!text.IsEmpty)
        {
            text = text.TrimStart(' ');
            int space = text.IndexOf(' ');
            ReadOnlySpan<char> token = space < 0 ? text : text[..space];
            text = space < 0 ? ReadOnlySpan<char>.Empty : text[space..];
            if (token.IsEmpty)
            {
                continue;
            }

            if (token[0] is not ('#' or '@') || token.Length < 2)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Whether the line is a share bar's button labels glued into one word, a count before them allowed: two labels or
    /// more, one of them a network's name ("Facebook", "LinkedIn", "WhatsApp"), nothing else.
    /// </summary>
    private static bool IsGluedShareBar(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> rest = text.Trim();
        int space = rest.IndexOf(' ');
        if (space > 0)
        {
            if (rest[..space].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            rest = rest[(space + 1)..].Trim();
        }

        int labels = 0;
        bool network = false;
        while (!rest.IsEmpty)
        {
            int matched = 0;
            foreach (string label in GluedLabels)
            {
                if (rest.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    matched = label.Length;
                    network |= label.Length >= 6 && label is not ("comments" or "comment");
                    break;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            labels++;
            rest = rest[matched..];
        }

        return labels >= 2 && network;
    }

    // Longer labels first, so that "comments" is taken before "comment".
    private static readonly string[] GluedLabels =
    [
        "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "telegram", "flipboard", "messenger", "reddit", "tumblr",
        "comments", "comment", "email", "mail", "print", "share", "more",
    ];
}
