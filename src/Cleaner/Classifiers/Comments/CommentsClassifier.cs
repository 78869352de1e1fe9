using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Comments;

/// <summary>
/// Comment prompts ("Add new comment", "Leave a reply", "12 Comments"), comment policies and the headers that open a
/// comment section. A header opens a section: the context pass then removes the scraped comments below it.
/// </summary>
public sealed class CommentsClassifier : SegmentClassifier
{
    /// <summary>A known comment prompt or header.</summary>
    public static readonly ResidueRule Prompt = new("comments.prompt", ResidueKind.Comments,
        "A comment prompt or the header of a comment section.") { OpensSection = true, AddressesTheReader = true };

    /// <summary>A blog platform's comment header: the commenter's name and "said...".</summary>
    public static readonly ResidueRule Header = new("comments.header", ResidueKind.Comments,
        "A blog platform's comment header: the commenter's name and 'said…' ('Linda Medrano said...', 'Anónimo dijo...').")
        { OpensSection = true };

    /// <summary>A short line about commenting: a count, a policy, a call to comment.</summary>
    public static readonly ResidueRule Shape = new("comments.shape", ResidueKind.Comments,
        "A short line, not a sentence, built around the word 'comment' (a count, a policy, a call to comment).");

    private readonly PhraseSet _phrases = WithDisclaimers(new PhraseListBuilder()
        .Add(Prompt, PhraseMatch.Exact, 0.95f, 80,
            "comments", "comment", "discuss this", "add new comment", "add a comment", "add comment", "add your comment", "article comments",
            "reader comments", "readers comments", "user comments", "leave a comment", "leave a reply", "leave a reply cancel reply",
            "post a comment", "post comment", "post your comment", "show comments", "view comments", "hide comments",
            "load comments", "load more comments", "see comments", "see all comments", "view all comments", "read comments",
            "comments section", "join the discussion", "join the conversation", "comments are closed", "commenting is closed",
            "comments have been closed", "be the first to comment", "no comments", "no comments yet", "write a comment",
            "discussion", "conversation", "have your say", "what do you think", "comment now", "comments policy",
            "comment policy", "community guidelines", "commenting policy", "welcome to the discussion", "welcome to the conversation",
            // A comment form's prompts and placeholders, and "no comments", in the supported languages.
            "please enter your comment", "please enter your name here", "please enter your email address here",
            "you have entered an incorrect email address", "give your comments", "por favor ingrese su comentario",
            "por favor ingrese su nombre aquí", "ha introducido una dirección de correo electrónico incorrecta",
            "deja una respuesta", "dejar una respuesta", "laisser une réponse", "lascia una risposta", "deixe uma resposta",
            "antwort hinterlassen", "pas de commentaires", "aucun commentaire", "keine kommentare", "sin comentarios",
            "nessun commento", "sem comentários", "geen reacties",
            // A blog platform's comment-count and call lines ("No comments:", "Post a Comment") in the other languages.
            "no hay comentarios", "publicar un comentario", "nenhum comentário", "postar um comentário",
            "kommentar veröffentlichen", "einen kommentar veröffentlichen", "publier un commentaire", "posta un commento",
            "geen opmerkingen", "een reactie posten", "een reactie plaatsen", "kommentaredrucken",
            "kommentare", "kommentar schreiben", "kommentieren", "leserkommentare", "commentaires", "laisser un commentaire",
            "ajouter un commentaire", "réagir", "comentarios", "deja un comentario", "dejar un comentario", "commenti",
            "lascia un commento", "comentários", "deixe um comentário", "deixe seu comentário", "reacties", "reageer",
            "plaats een reactie", "reageren",
            // Comment boxes' buttons and sort controls, in the supported languages.
            "also post on facebook", "post to facebook", "sort by newest", "sort by oldest", "sort by best", "sort by top",
            "sort by most liked", "sort by most popular", "newest first", "oldest first", "deja tu comentario", "comenta",
            "comentar", "réagir à cet article", "réagissez", "commenta", "commenta l'articolo", "comente", "reageer op dit artikel",
            "reageer op dit bericht", "kommentar verfassen", "jetzt kommentieren", "artikel kommentieren", "lesermeinungen",
            "kommentare anzeigen", "alle kommentare anzeigen", "voir les commentaires", "afficher les commentaires",
            "lire les commentaires", "ver todos los comentarios", "commenta la notizia", "leggi i commenti", "mostra i commenti",
            "ver todos os comentários", "ver comentários", "bekijk reacties", "toon reacties", "lees de reacties",
            "show more comments", "view more comments", "see more comments", "loading comments", "read the comments",
            "read all comments")
        .Add(Prompt, PhraseMatch.Prefix, 0.9f, 160,
            "read our comment policy", "please read our comment policy", "comments are moderated", "comments are closed",
            "commenting is closed", "comments for this", "comments on this", "we welcome your comments",
            "we reserve the right to remove comments", "you must be logged in to post a comment", "log in to comment", "loading comments", "post a comment as",
            "you are commenting as",
            "sign in to comment", "login to comment", "to comment", "to post comments", "show all comments",
            "by commenting", "commenting is not available", "comments have been disabled", "comments are now closed",
            "discuss this article", "discuss this story", "discuss this post", "discuss this topic", "discuss this in", "join the discussion", "join the conversation", "share your thoughts", "tell us what you think",
            "your email address will not be published", "required fields are marked", "notify me of new comments",
            "notify me of follow up comments", "notify me of new posts", "top comment", "most liked comment", "comments powered by",
            "comment on this story", "comment on this article", "view the discussion thread", "show discussion", "blog comments powered by",
            "please follow our community guidelines", "please read our community guidelines", "read our community guidelines",
            "please keep your comments", "please be respectful", "keep it civil", "conversations are opinions of our readers",
            "we encourage you to use comments", "comments that violate",
            // Moderation notices and house rules of a comment section.
            "the comments below have not been moderated", "comments are not moderated", "by posting your comment",
            "by posting a comment", "by submitting a comment", "your comment will be posted", "your comment has been submitted",
            "do you want to automatically post your", "we will automatically post your comment", "who is this week's top commenter",
            "share what you think", "the views expressed in the contents above are those of our users",
            "comments are the responsibility of", "comments are subject to", "comments may be edited",
            "vous devez être connecté pour commenter", "debes iniciar sesión para comentar", "devi effettuare il login per commentare",
            "você precisa estar logado para comentar", "je moet ingelogd zijn om te reageren", "sie müssen angemeldet sein")
        // A closed or disabled comment box, in short lines only: "Commenting has been disabled on the president's videos,
        // Google said." is news.
        .Add(Prompt, PhraseMatch.Prefix, 0.9f, 60, "die kommentarfunktion ist", "die kommentarfunktion wurde",
            "kommentarfunktion geschlossen", "commenting has been disabled", "commenting has been closed",
            "commenting has been turned off", "commenting is disabled", "comments have been turned off", "comments are turned off",
            "comments are disabled", "comments are off", "les commentaires sont fermés", "los comentarios están cerrados",
            "i commenti sono chiusi", "os comentários estão fechados", "reageren is niet meer mogelijk")
        // "What do you think? Leave a comment below.": a call to comment pointing at the box below. Weak enough that a
        // long sentence of the story ("As one reader put it, let us know in the comments …, she wrote.") keeps.
        .Add(Prompt, PhraseMatch.Contains, 0.8f, 200, "leave a comment below", "leave your comments below",
            "leave your comment below", "let us know in the comments", "tell us in the comments", "share your thoughts in the comments",
            "sound off in the comments")
        // House rules of moderation, and the log-in a comment needs, in the supported languages.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 240, "will go through moderation", "all comments are moderated",
            "comments are moderated before", "comments will be moderated", "comments are subject to moderation")
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 200, "please ensure that all comments", "du musst angemeldet sein",
            "du muss angemeldet sein", "sie müssen angemeldet sein um", "vous devez être connecté pour publier",
            "debes iniciar sesión para comentar", "devi essere connesso per", "você precisa estar logado para",
            "je moet ingelogd zijn om")
        // The call closing the line ("Which game are you most excited about? Let us know in the comments!"): a prompt
        // whatever comes before it.
        .Add(Prompt, PhraseMatch.Suffix, 0.9f, 200, "powered by disqus", "let us know in the comments", "tell us in the comments",
            "share your thoughts in the comments", "sound off in the comments", "leave a comment below",
            "let us know what you think in the comments", "tell us what you think in the comments")
        // The same call after the section's question: "What do you think? Leave a comment below."
        .Add(Prompt, PhraseMatch.Prefix, 0.85f, 120, "what do you think leave a comment", "what do you think let us know",
            "what do you think share your thoughts", "what do you think tell us")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "to our house rules", "post your comment and a link to the news story",
            "comments can be posted by members", "will be published daily in dedicated articles", "most insightful comments")
        // A comment form's help text and moderation rules (blog and CMS templates), and closed-comments notices in the
        // supported languages: rules about posting, never a story's words.
        .Add(Prompt, PhraseMatch.Exact, 0.9f, 60, "plain text", "image captcha", "captcha", "no html tags allowed",
            "allowed html tags", "your e mail optional", "e mail optional", "email optional", "website optional",
            "name required", "email required", "e mail required", "loading comments")
        .Add(Prompt, PhraseMatch.Prefix, 0.9f, 250, "web page addresses and e mail addresses turn into links",
            "lines and paragraphs break automatically", "enter the characters shown in the image",
            "enter the characters you see", "type the characters you see", "this site uses akismet to reduce spam",
            "learn how your comment data is processed", "your comment is awaiting moderation",
            "your comment will be published after", "your comment has been received", "thank you for your comment",
            "thanks for your comment", "comments have been closed", "sorry comments have been closed",
            "no profane language", "please refrain from adding urls", "please refrain from posting",
            "die kommentarfunktion ist", "die kommentarfunktion wurde geschlossen", "die kommentarfunktion wurde deaktiviert", "kommentare sind geschlossen", "kommentieren ist nicht mehr möglich",
            "l'espace des commentaires", "les commentaires sont fermés", "connectez vous ou créez un compte pour",
            "los comentarios están cerrados", "comentarios cerrados", "i commenti sono chiusi", "commenti chiusi",
            "os comentários estão encerrados", "comentários encerrados", "reageren is niet meer mogelijk",
            "reacties zijn gesloten")
        // An empty comment section, and the account a comment needs, in the supported languages ("There are no comments
        // to display.", "You need to be a member in order to leave a comment", "Sign in or get an account to comment.").
        .Add(Prompt, PhraseMatch.Prefix, 0.9f, 120, "there are no comments", "there are no comments yet", "no comments to display",
            "no comments yet", "be the first to comment", "be the first one to comment", "es gibt noch keine kommentare",
            "noch keine kommentare", "il n'y a pas de commentaires", "il n'y a aucun commentaire", "aucun commentaire pour le moment",
            "soyez le premier à commenter", "todavía no hay comentarios", "aún no hay comentarios", "sé el primero en comentar",
            "non ci sono commenti", "ancora nessun commento", "sii il primo a commentare", "ainda não há comentários",
            "seja o primeiro a comentar", "er zijn nog geen reacties", "er zijn geen reacties", "wees de eerste die reageert",
            "you need to be a member in order to", "you need to be a member to", "you must be a member to",
            "sign in or get an account to", "sign in or create an account to", "log in or create an account to",
            "sign in or sign up to", "sign in or register to comment", "log in or register to comment", "register to comment",
            "create an account to comment", "create a free account to comment", "melden sie sich an um zu kommentieren",
            "registrieren sie sich um zu kommentieren", "connectez vous pour commenter", "inscrivez vous pour commenter",
            "regístrate para comentar", "registrati per commentare", "accedi per commentare",
            "faça login para comentar", "cadastre se para comentar", "log in om te reageren", "registreer om te reageren")
        // A blog platform's reply and delete buttons glued together, a comment plugin's controls, a theme's comment heading
        // and calls to comment on the story, in the supported languages.
        .Add(Prompt, PhraseMatch.Exact, 0.9f, 40, "replydelete", "reply delete", "respondereliminar", "responder eliminar",
            "responderexcluir", "responder excluir", "répondresupprimer", "répondre supprimer", "antwortenlöschen", "antworten löschen",
            "rispondielimina", "rispondi elimina", "beantwoordenverwijderen", "beantwoorden verwijderen", "notify of",
            "inline feedbacks", "reader interactions", "comente esta notícia", "comente esta matéria", "comenta esta noticia",
            "commentez cet article", "kommentieren sie diesen artikel", "commenta questo articolo", "reageer op dit nieuws")
        // "COMMENT POLICY: If you care to comment …": a comment section's policy under its label, in the supported languages.
        .Add(Prompt, PhraseMatch.Label, 0.9f, 400, "comment policy", "comments policy", "commenting policy", "comment guidelines",
            "kommentarrichtlinien", "netiquette", "charte des commentaires", "política de comentarios", "normas de comentarios",
            "policy dei commenti", "regole dei commenti", "política de comentários", "reactiebeleid", "huisregels")
        // Required-field notes of comment forms in the other languages, and a paused comment section.
        .Add(Prompt, PhraseMatch.Prefix, 0.9f, 160, "diese felder sind erforderlich", "pflichtfelder sind markiert",
            "les champs obligatoires sont indiqués", "los campos obligatorios están marcados",
            "i campi obbligatori sono contrassegnati", "os campos obrigatórios estão marcados", "verplichte velden zijn gemarkeerd")
        ).Build();

    // A comment section's disclaimer names readers, not comments: "The views expressed in the contents above are those
    // of our users and do not necessarily reflect the views of …".
    private readonly PhraseSet _disclaimers = WithDisclaimers(new PhraseListBuilder()).Build();

    /// <summary>Adds the disclaimers and house rules that need no comment word; the main set holds them too, so a line is looked up once.</summary>
    private static PhraseListBuilder WithDisclaimers(PhraseListBuilder builder) => builder
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "those of our users and do not necessarily reflect",
            "those of our readers and do not necessarily reflect", "expressed by readers do not necessarily reflect",
            "the views expressed in the comments")
        // A comment form's house rules and closed-comments notices, long enough to go without a comment word.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "comments with inappropriate links", "profanity will not be published",
            "kein kommentieren mehr möglich", "pour pouvoir commenter", "pour commenter cet article",
            "para poder comentar", "per poter commentare", "om te kunnen reageren")
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "temporarily suspending article commenting", "temporarily suspending commenting",
            "suspending comments on this article")
        // A comment section's house rules, one to a line, as a newspaper platform prints them ("Keep it Clean. Please avoid
        // obscene, vulgar, lewd, racist or sexually-oriented language."), and its disclaimers and closing notices.
        .Add(Prompt, PhraseMatch.Contains, 0.85f, 300, "please avoid obscene vulgar lewd", "please turn off your caps lock",
            "threats of harming another person will not be tolerated", "don't knowingly lie about anyone",
            "that is degrading to another person", "link on each comment to let us know", "we'd love to hear eyewitness accounts",
            "do not always reflect the views of this station", "comments are posted from viewers like you",
            "stay on topic and be civil", "your comment may be deleted", "your comment will be deleted", "your post will be deleted",
            "this discussion has concluded", "comments and trackbacks are currently closed", "comments and trackbacks are closed",
            "comments are exclusive to subscribers", "comments are only available to subscribers",
            "os comentários são exclusivos para assinantes", "les commentaires sont réservés aux abonnés",
            "los comentarios son exclusivos para suscriptores", "i commenti sono riservati agli abbonati",
            "kommentare sind abonnenten vorbehalten", "reageren is alleen mogelijk voor abonnees", "um kommentieren zu können");

    /// <inheritdoc />
    public override string Name => "comments";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Comments;

    /// <inheritdoc />
    // Gate: the phrase sets, comment words, a response count's opening number and the blog header's closing ellipsis.
    public override ClassifierTriggers Triggers => new(200)
    {
        Gate = LineGate.Phrases with { Words = WordClass.Comment, NumberFirst = true, LastChars = ".…", LastCharsMaxWords = 6 },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        bool commentWord = features.Has(WordClass.Comment);
        if (!commentWord && features.Words > 12)
        {
            return _disclaimers.TryMatch(context, out PhraseHit disclaimer) ? Verdict.From(disclaimer.Rule, disclaimer.Score) : Verdict.None;
        }

        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        // "Linda Medrano said...", "Anónimo dijo...": a blog platform's comment header, a name and "said" with an ellipsis.
        if (features.Words <= 6 && features.Length <= 60 && IsBlogCommentHeader(context.Text))
        {
            return Verdict.From(Header, 0.85f);
        }

        // "1 Response", "3 Responses to “Council votes …”": a blog's comment count.
        if (features.NumericWords >= 1 && IsResponseCount(context.Normalized))
        {
            return Verdict.From(Shape, 0.8f);
        }

        if (!commentWord)
        {
            return Verdict.None;
        }

        // "12 Comments", "Comments (3)", "Reply", "Show replies": a count or a bare label. A longer line with a comment word
        // and no count ("A national conversation", "The discussion that followed") is as likely a subheading of the
        // story: a weak claim, below the removal threshold, that only the context pass can confirm.
        if (features.Words <= 10 && !features.EndsSentence && features.Length <= 100)
        {
            // "Draft policy open for comment for 28 days": a headline's number, no comment count; as weak as a subheading.
            if (BodyShapes.CountsSomethingElse(context.Text, features))
            {
                return Verdict.From(Shape, 0.5f);
            }

            // "The Conversation" (a film's, a site's name): an article before the word names a work, not a comment header.
            bool named = features.Words == 2 && features.NumericWords == 0 && StartsWithArticle(context.Normalized);
            return Verdict.From(Shape, features.NumericWords > 0 || features.Words <= 2 && !named ? 0.8f : 0.5f);
        }

        return Verdict.None;
    }

    /// <summary>
    /// "Linda Medrano said...", "Anónimo dijo…", "Anonyme a dit...": one to four capitalised words (the commenter's name),
    /// then the blog platform's "said" in one of the supported languages, closed by an ellipsis. A story's line that
    /// introduces a quote ends with a colon, or has lower-case words before the verb.
    /// </summary>
    private static bool IsBlogCommentHeader(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        int cut = trimmed.EndsWith("...", StringComparison.Ordinal) ? 3 : trimmed.EndsWith("…", StringComparison.Ordinal) ? 1 : 0;
        if (cut == 0)
        {
            return false;
        }

        ReadOnlySpan<char> head = trimmed[..^cut].TrimEnd();
        foreach (string verb in BlogSaid)
        {
            if (head.Length > verb.Length + 1 && head.EndsWith(verb, StringComparison.Ordinal) && head[^(verb.Length + 1)] == ' ')
            {
                ReadOnlySpan<char> name = head[..^(verb.Length + 1)].TrimEnd();
                int words = 0;
                foreach (ReadOnlySpan<char> word in new SpanParts(name, " "))
                {
                    if (word.IsEmpty || !char.IsUpper(word[0]) || SpanWords.IsOneOf(word, Pronouns))
                    {
                        return false;
                    }

                    words++;
                }

                return words is >= 1 and <= 4;
            }
        }

        return false;
    }

    private static readonly string[] Articles = ["the", "der", "die", "das", "le", "la", "les", "el", "los", "il", "lo", "o", "os", "de", "het"];

    /// <summary>Whether the line's first word is a definite article of a supported language.</summary>
    private static bool StartsWithArticle(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        return space > 0 && SpanWords.IsOneOf(normalized[..space], Articles);
    }

    private static readonly string[] Pronouns =
        ["He", "She", "It", "They", "We", "I", "You", "Er", "Sie", "Es", "Wir", "Il", "Elle", "Ils", "On", "Él", "Ella", "Ellos", "Lui",
         "Lei", "Loro", "Ele", "Ela", "Eles", "Hij", "Zij", "Ze", "Wij"];

    private static readonly string[] BlogSaid = ["said", "dijo", "disse", "a dit", "ha detto", "zei", "sagte", "hat gesagt", "schreef", "escribió"];

    /// <summary>"1 response", "12 responses", "3 responses to …": a number, then the word, at the start of the line.</summary>
    private static bool IsResponseCount(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        if (space <= 0 || normalized[..space].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> rest = normalized[(space + 1)..];
        return rest is "response" or "responses" || rest.StartsWith("responses to ", StringComparison.Ordinal) ||
               rest.StartsWith("response to ", StringComparison.Ordinal) || rest is "reactions" or "réactions" or "reacties" or "respuestas" or "risposte" or "respostas";
    }
}
