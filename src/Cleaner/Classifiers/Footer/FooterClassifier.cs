using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Footer;

/// <summary>
/// Page footers: copyright lines ("© 2018 Cable News Network", "All rights reserved"), redistribution notices ("This
/// material may not be published, broadcast, rewritten or redistributed"), and legal or contact links standing alone
/// or in a row ("Terms of Use | Privacy Policy | Contact Us"). A copyright line opens a section.
/// </summary>
public sealed class FooterClassifier : SegmentClassifier
{
    /// <summary>A copyright or redistribution line.</summary>
    public static readonly ResidueRule Copyright = new("footer.copyright", ResidueKind.Footer,
        "A copyright or redistribution notice of the publisher.") { OpensSection = true };

    /// <summary>A rights notice that does not open a section (it may sit anywhere, repeated).</summary>
    public static readonly ResidueRule Rights = new("footer.rights", ResidueKind.Footer,
        "A rights notice: 'PROPERTY OF …', 'Reproduction without permission is prohibited'.");

    /// <summary>Legal, contact and corporate links.</summary>
    public static readonly ResidueRule Links = new("footer.links", ResidueKind.Footer,
        "Footer links: contact, terms, privacy, about, advertising, careers.");

    /// <summary>A press office's contact block: its heading, then its phone and mail lines.</summary>
    public static readonly ResidueRule Contact = new("footer.contact", ResidueKind.Footer,
        "A press office's contact heading ('Media contact', 'Informações à Imprensa') or a labelled phone number or mail " +
        "address alone on its line ('Tel. 27 - 3636-8718', 'E-mail: press@example.org').");

    /// <summary>A press office's contact heading, which opens the contact block under it.</summary>
    public static readonly ResidueRule ContactHeading = new("footer.contact-heading", ResidueKind.Footer,
        "A press office's contact heading ('Media contact', 'Pressekontakt', 'Informações à Imprensa').") { OpensSection = true };

    private readonly PhraseSet _contactHeadings = new PhraseListBuilder()
        .Add(ContactHeading, PhraseMatch.Exact, 0.85f, 40, "press contact", "press contacts", "media contact", "media contacts",
            "media inquiries", "media enquiries", "press inquiries", "press enquiries", "pressekontakt", "pressekontakte",
            "kontakt für medien", "contact presse", "contacts presse", "contact médias", "contacto de prensa", "contactos de prensa",
            "contacto para medios", "contatto stampa", "contatti stampa", "contatti per la stampa", "contato para imprensa",
            "informações à imprensa", "informações para a imprensa", "informações para imprensa", "perscontact",
            "contact voor de pers", "noot voor de redactie", "note to editors", "notes to editors", "note for editors",
            "hinweis für redaktionen", "note aux rédactions", "nota para los editores", "nota per i redattori", "nota aos editores",
            // A press release's end mark.
            "ends", "end release", "end of release", "end of press release", "ende der pressemitteilung", "fin du communiqué")
        .Build();

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Links, PhraseMatch.Exact, 0.85f, 60,
            "contact us", "contact", "about us", "about", "terms of use", "terms of service", "terms and conditions", "terms",
            "privacy policy", "privacy", "privacy notice", "cookie policy", "cookies policy", "cookie settings", "site map", "sitemap",
            "advertise", "advertise with us", "careers", "jobs", "help", "faq", "feedback", "accessibility", "rss", "rss feeds",
            "impressum", "datenschutz", "mentions légales", "aviso legal", "política de privacidad", "contatti", "contacto",
            "privacybeleid", "disclaimer", "corrections", "ethics policy", "our team", "masthead", "staff directory",
            "terms of use and privacy policy", "do not sell my personal information", "do not sell my info",
            "your privacy choices", "ad choices", "legal", "agb", "kontakt", "nous contacter", "contáctanos", "chi siamo",
            "reprints", "order reprints", "reuse content", "reuse this content", "permissions", "reprints and permissions", "reprints permissions", "licensing",
            "content licensing", "our standards", "editorial standards", "code of conduct", "report abuse",
            "community guidelines", "user agreement", "privacy statement", "cookie preferences", "manage preferences",
            "subscriber agreement", "copyright policy", "accessibility statement", "work with us", "media kit",
            "terms privacy", "privacy terms", "nutzungsbedingungen", "conditions d'utilisation", "condiciones de uso",
            "termini di utilizzo", "termos de uso", "gebruiksvoorwaarden",
            // Legal links in the other languages, and a broadcaster's regulatory files (local TV station sites).
            "datenschutzerklärung", "datenschutzhinweise", "politique de confidentialité", "politique de cookies",
            "gestion des cookies", "política de cookies", "política de privacidade", "informativa sulla privacy",
            "informativa privacy", "cookie policy", "privacyverklaring", "cookieverklaring", "algemene voorwaarden",
            "terms conditions", "terms and privacy", "fcc public file", "eeo public file", "eeo report", "public inspection file",
            "fcc applications", "closed captioning", "public file", "aviso de privacidad",
            "condizioni d'uso", "condições de uso", "note légale", "email the author", "contact the author", "email the reporter",
            // "About us", "Contact us" and cookie settings links in the other languages.
            "über uns", "qui sommes nous", "quiénes somos", "quem somos", "over ons", "fale conosco", "contate nos",
            "cookie einstellungen", "paramètres des cookies", "configuración de cookies", "impostazioni cookie",
            "impostazioni dei cookie", "configurações de cookies", "cookie instellingen", "cookie-einstellungen", "cookie-instellingen",
            "contact the reporter", "newsroom contacts", "contact the newsroom", "cgu", "cgv", "note legali", "colofon",
            "about our ads", "accessibility help", "report a problem", "send us your news", "send us a news tip",
            "report an issue", "report an issue with this article", "report an error in this article")
        .Add(Copyright, PhraseMatch.Prefix, 0.95f, 300, "copyright", "all rights reserved", "c copyright", "copyright c")
        .Add(Copyright, PhraseMatch.Contains, 0.9f, 400, "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
            "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
            "alle rechten voorbehouden", "may not be published broadcast rewritten or redistributed",
            "may not be reproduced", "may not be republished", "may not be redistributed",
            "for your personal non commercial use only", "for personal non commercial use only")
        .Add(Rights, PhraseMatch.Contains, 0.85f, 300, "reproduction without permission is prohibited", "unauthorized reproduction is prohibited", "may not be copied",
            "not to be reproduced", "without the express written permission", "without prior written permission",
            "this article is protected by copyright", "vervielfältigung nur mit genehmigung", "reproduction interdite",
            "prohibida su reproducción", "prohibida la reproducción", "riproduzione riservata", "proibida a reprodução",
            "reproductie verboden")
        .Add(Rights, PhraseMatch.Prefix, 0.85f, 120, "property of", "the property of", "all content is the property of",
            "all content copyright", "content copyright")
        .Add(Links, PhraseMatch.Prefix, 0.8f, 80, "powered by", "site by", "designed by", "website by", "hosted by",
            "proudly powered by", "theme by")
        // "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.": the site's terms.
        .Add(Rights, PhraseMatch.Prefix, 0.85f, 300, "use of this site constitutes acceptance", "use of this website constitutes acceptance",
            "use of and or registration on any portion of this site", "by using this site you agree to our terms")
        .Add(Links, PhraseMatch.Label, 0.8f, 120, "our standards", "editorial standards")
        // A print edition's note: "A version of this article appears in print on June 12, 2017, on Page A1 of …".
        .Add(Rights, PhraseMatch.Prefix, 0.9f, 400, "a version of this article appears in print",
            "a version of this story appears in print", "a version of this article appeared in print",
            "this article appeared in print", "this article appears in print", "this story appeared in print")
        // A page-view counter of a blog platform: "(Visited 1 times, 1 visits today)".
        // A blog platform's attribution closing the page, in the supported languages ("Con la tecnología de Blogger.").
        .Add(Links, PhraseMatch.Contains, 0.85f, 120, "con la tecnología de blogger", "con tecnología de blogger",
            "tecnologia do blogger", "con tecnologia blogger", "powered by blogger", "fourni par blogger",
            "mit unterstützung von blogger", "mogelijk gemaakt door blogger")
        .Add(Links, PhraseMatch.Contains, 0.85f, 80, "visits today")
        // A forum or CMS page's render time closing the page ("Page generated in 0.4959 seconds.").
        .Add(Links, PhraseMatch.Prefix, 0.85f, 80, "page generated in", "page created in", "seite generiert in", "seite erstellt in",
            "page générée en", "página generada en", "pagina generata in", "página gerada em", "pagina gegenereerd in")
        .Build();

    // A call to write to the author or the newsroom, kept to lines with an address in them (an "@"): "Contact us if
    // you saw the crash" is the story's appeal.
    private readonly PhraseSet _contacts = new PhraseListBuilder()
        .Add(Links, PhraseMatch.Prefix, 0.8f, 200, "contact the author", "contact the reporter", "contact the writer",
            "contact the editor", "contact us at", "email the author", "email the reporter", "e mail the author", "reach the author",
            "reach the reporter", "you can reach", "you can contact", "you can email", "write to", "send your letters to",
            "kontakt zum autor", "contacter l'auteur", "contactar al autor", "contatta l'autore", "contate o autor", "mail de auteur")
        .Build();

    // Openings of a print edition's note; the note must also name the edition (see NamesPrintEdition).
    private readonly PhraseSet _printNotes = new PhraseListBuilder()
        .Add(Rights, PhraseMatch.Prefix, 0.85f, 300, "a version of this article appeared", "a version of this story appeared",
            "this article appeared in", "this story appeared in", "this article appears in", "dieser artikel ist in der",
            "dieser artikel erschien", "dieser text erschien", "cet article est paru", "cet article a été publié dans l'édition",
            "este artículo se publicó en la edición", "este artículo apareció en", "questo articolo è stato pubblicato",
            "este artigo foi publicado na edição", "een versie van dit artikel verscheen", "dit artikel verscheen")
        .Build();

    private static readonly string[] PrintWords =
    [
        " print", " issue", " edition", " ausgabe", "édition", "edición", "edizione", "edição", " editie", " krant",
    ];

    /// <summary>
    /// Whether the note names a print edition, or is a note about another version of this very article ("A version of
    /// this article appeared …", "Een versie van dit artikel verscheen …"), which a story does not say about itself.
    /// </summary>
    private static bool NamesPrintEdition(ReadOnlySpan<char> normalized)
    {
        if (normalized.StartsWith("a version of this ", StringComparison.Ordinal) ||
            normalized.StartsWith("een versie van dit ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string word in PrintWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string Name => "footer";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Footer;

    /// <inheritdoc />
    // Gate: the phrase sets, copyright signs, an address block's bars, and legal or network words.
    public override ClassifierTriggers Triggers => new(400, LineMarks.Copyright)
    {
        // Registration numbers and labelled phone numbers (digits, at most 30 words), contact addresses ('@').
        Gate = LineGate.Phrases with
        {
            Marks = LineMarks.Copyright | LineMarks.Pipe | LineMarks.At, Words = WordClass.Legal | WordClass.Social,
            Digits = true, DigitsMaxWords = 30,
        },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        ReadOnlySpan<char> text = context.Text;
        // "© 2019 Cable News Network", "… Inc. ©": a copyright sign opening or closing a short line. A paragraph that
        // merely starts with one ("© Provided by …, the company said on Monday …") is a weak claim.
        if (features.Has(LineMarks.Copyright) && features.Length <= 300 && StartsOrEndsWithCopyrightSign(text))
        {
            // "© 2018 Paramount Pictures(LOS ANGELES) -- Light the fuse: …": a picture's credit glued to the story's
            // paragraph, its wire dateline after the credit; the line is the story's.
            if (HasGluedDateline(text))
            {
                return Verdict.None;
            }

            // "… In het midden Jurgen van Puijenbroek (Avanti'31). © copyright Peter van Gogh": a caption's sentence closed
            // by its picture's credit is no footer; it removes itself and opens no section over the story's next lines.
            return IsCreditAfterSentence(text)
                ? Verdict.From(Rights, 0.85f)
                : Verdict.From(Copyright, features.Words <= 20 || !features.EndsSentence ? 0.9f : 0.6f);
        }

        // "The contents of this site are ©2017 Capitol Hill Publishing Corp.": a copyright sign with its year, anywhere.
        // Such a line may also close a caption inside the article, so it does not open a footer section.
        if (features.Has(LineMarks.Copyright) && features.Length <= 300 && HasCopyrightYear(text))
        {
            return Verdict.From(Rights, 0.85f);
        }

        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            // "PROPERTY OF THE DAILY EXAMPLE" is a stamp; "Property of the late senator will be auctioned." is a sentence.
            bool sentence = hit.Rule == Rights && features.EndsSentence && !features.IsAllCaps &&
                            (context.Normalized.StartsWith("property of", StringComparison.Ordinal) ||
                             context.Normalized.StartsWith("the property of", StringComparison.Ordinal)) ||
                            hit.Rule == Copyright && IsCopyrightSentence(text);
            if (!sentence)
            {
                return Verdict.From(hit.Rule, hit.Score);
            }
        }

        // "A version of this article appeared in the June 12, 2017 print edition.", "Cet article est paru dans l'édition du
        // 13 juin 2017.": a print edition's note, in the supported languages.
        if (features.Words <= 40 && _printNotes.TryMatch(context, out PhraseHit print) && NamesPrintEdition(context.Normalized))
        {
            return Verdict.From(print.Rule, print.Score);
        }

        if (features.Has(LineMarks.At) && features.Words <= 24 && _contacts.TryMatch(context, out PhraseHit contact))
        {
            return Verdict.From(contact.Rule, contact.Score);
        }

        // "1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax": an address block.
        if (features.Has(LineMarks.Pipe) && features.Digits >= 10 && !features.EndsSentence && features.Length <= 300 &&
            CountPhoneNumbers(text) >= 1 && features.Stopwords * 5 <= features.Words)
        {
            return Verdict.From(Links, 0.8f);
        }

        if (features.Words <= 8 && !features.EndsSentence && _contactHeadings.TryMatch(context, out PhraseHit heading))
        {
            return Verdict.From(heading.Rule, heading.Score);
        }

        // "UU Srls - Via Parigi 11 00185 Roma - P. IVA 14451341003", "CNPJ: 12.345.678/0001-90": a company's registration
        // number, in a publisher's imprint line.
        if (features.Digits >= 8 && features.StopwordDensity < 0.15f && (features.Words <= 20 || features.Words <= 30 && !features.EndsSentence) &&
            HasRegistrationNumber(context.Normalized))
        {
            return Verdict.From(Rights, 0.85f);
        }

        // "Tel. 27 - 3636-8718 / 3636-8715", "Fon: 07034 / 9387-0", "E-mail: secretaria@example.gov.br": a contact label and
        // only a phone number or a mail address after it.
        if (features.Length <= 100 && (features.Digits >= 6 || features.Has(LineMarks.At)) && IsLabelledContact(text))
        {
            return Verdict.From(Contact, 0.85f);
        }

        if (!features.Has(WordClass.Legal | WordClass.Social))
        {
            return Verdict.None;
        }

        // "Terms of Use | Privacy Policy | Contact": several legal words, few others, not a sentence.
        if (!features.EndsSentence && features.Words <= 20 && CountLegal(text, out int others) >= 3 && others <= 4)
        {
            return Verdict.From(Links, 0.85f);
        }

        return Verdict.None;
    }

    private static readonly string[] RegistrationLabels =
    [
        "p iva", "partita iva", "p iva e c f", "codice fiscale", "cnpj", "ust idnr", "ust id", "umsatzsteuer id", "handelsregister",
        "siret", "siren", "numéro de tva", "nif", "kvk", "kvk nummer", "btw nummer", "btw nr", "vat number", "vat reg no", "company number", "company no", "registered in england", "issn",
    ];

    /// <summary>A company-registration or VAT label ("P. IVA", "CNPJ", "USt-IdNr.", "KvK", "SIRET", "VAT No") as words of the line.</summary>
    private static bool HasRegistrationNumber(ReadOnlySpan<char> normalized)
    {
        foreach (string label in RegistrationLabels)
        {
            int at = normalized.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || normalized[at - 1] == ' ') &&
                (at + label.Length == normalized.Length || normalized[at + label.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ContactLabels =
    [
        "tel", "tels", "tel.", "tels.", "tél", "tél.", "phone", "telephone", "telefon", "telefone", "téléphone", "teléfono", "telefono",
        "telefoon", "fon", "fax", "mobile", "mobil", "cel", "cel.", "cell", "celular", "móvil", "cellulare", "gsm", "email", "e-mail",
        "mail", "courriel", "correo", "contato", "contacto", "contact", "kontakt", "contatti", "contatto",
    ];

    /// <summary>
    /// A contact label ("Tel.", "Fon:", "E-mail:", "Contato:") followed only by phone numbers (digits, spaces, brackets,
    /// dashes, dots, slashes, a plus) or by one mail address and nothing else.
    /// </summary>
    private static bool IsLabelledContact(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        int end = 0;
        while (end < t.Length && (char.IsLetter(t[end]) || t[end] == '-'))
        {
            end++;
        }

        if (end < t.Length && t[end] == '.')
        {
            end++;
        }

        if (end == 0 || !SpanWords.IsOneOf(t[..end], ContactLabels))
        {
            return false;
        }

        ReadOnlySpan<char> rest = t[end..].TrimStart(" :").Trim();
        if (rest.IsEmpty)
        {
            return false;
        }

        int at = rest.IndexOf('@');
        if (at > 0)
        {
            // One address: no space in it, a dot after the "@".
            return rest.IndexOf(' ') < 0 && rest[at..].IndexOf('.') > 1;
        }

        int digits = 0;
        foreach (char c in rest)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '(' or ')' or '-' or '.' or '/' or '+' or '–'))
            {
                return false;
            }
        }

        return digits >= 6;
    }

    /// <summary>
    /// "Copyright lawyers say …", "Copyright infringement claims rose …": the word opens a sentence when a lower-case
    /// word follows it; a notice goes on with a year, a sign, a name or "by" ("Copyright 2017 The Associated Press").
    /// </summary>
    private static bool IsCopyrightSentence(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("copyright ", StringComparison.OrdinalIgnoreCase) || text.Contains("reserved", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> next = text[10..].TrimStart();
        int end = next.IndexOfAny(' ', ',', '.');
        ReadOnlySpan<char> word = end < 0 ? next : next[..end];
        if (word.Length > 1 && char.IsLower(word[0]) && word is not ("by" or "of" or "c" or "and" or "the"))
        {
            return true;
        }

        // "Copyright Office officials declined to comment.": a name, then a sentence in lower-case words; a notice names
        // its holder with capitals or a year ("Copyright The Example Times", "Copyright © 2017 Hearst Communications, Inc.").
        return word.Length > 1 && char.IsUpper(word[0]) && FeatureExtractor.EndsSentence(text) && CountLowerCaseWords(next) >= 3;
    }

    private static int CountLowerCaseWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool start = true;
        foreach (char c in text)
        {
            if (start && char.IsLower(c))
            {
                count++;
            }

            start = c == ' ';
        }

        return count;
    }

    /// <summary>A "©" followed by a year: "©2017", "© 2009-2017".</summary>
    private static bool HasCopyrightYear(ReadOnlySpan<char> text)
    {
        int sign = text.IndexOf('©');
        while (sign >= 0)
        {
            ReadOnlySpan<char> after = text[(sign + 1)..].TrimStart(' ');
            if (after.Length >= 4 && after[0] is '1' or '2' && char.IsAsciiDigit(after[1]) && char.IsAsciiDigit(after[2]) &&
                char.IsAsciiDigit(after[3]) && (after.Length == 4 || !char.IsAsciiDigit(after[4])))
            {
                return true;
            }

            int next = text[(sign + 1)..].IndexOf('©');
            sign = next < 0 ? -1 : sign + 1 + next;
        }

        return false;
    }

    /// <summary>Phone numbers shaped "202-628-8500", "(202) 628-8500" or "202.628.8500".</summary>
    private static int CountPhoneNumbers(ReadOnlySpan<char> text)
    {
        int count = 0;
        int digits = 0;
        int groups = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                continue;
            }

            if (digits > 0 && c is '-' or '.' or ')' or ' ' && groups < 2)
            {
                groups++;
                continue;
            }

            if (digits == 10 && groups == 2)
            {
                count++;
            }

            digits = 0;
            groups = 0;
        }

        return digits == 10 && groups == 2 ? count + 1 : count;
    }

    /// <summary>
    /// A wire dateline in brackets followed by a dash and more words: "(LOS ANGELES) -- Light the fuse …", the upper-case
    /// place inside the brackets, the dash after them.
    /// </summary>
    internal static bool HasGluedDateline(ReadOnlySpan<char> text)
    {
        int close = text.IndexOf(')');
        while (close > 0)
        {
            int open = text[..close].LastIndexOf('(');
            ReadOnlySpan<char> place = open >= 0 ? text[(open + 1)..close] : [];
            ReadOnlySpan<char> after = text[(close + 1)..].TrimStart();
            if (place.Length >= 3 && !place.ContainsAnyInRange('a', 'z') && place.ContainsAnyInRange('A', 'Z') &&
                after.Length >= 20 && (after.StartsWith("--", StringComparison.Ordinal) || after[0] is '—' or '–'))
            {
                return true;
            }

            int next = text[(close + 1)..].IndexOf(')');
            close = next < 0 ? -1 : close + 1 + next;
        }

        return false;
    }

    /// <summary>A copyright sign after a sentence of six words or more that ends before it ("… (Avanti'31). © Peter van Gogh").</summary>
    private static bool IsCreditAfterSentence(ReadOnlySpan<char> text)
    {
        int sign = text.IndexOfAny('©', '®');
        if (sign < 20 || text.Contains("rights", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> before = text[..sign].TrimEnd();
        if (before.Length == 0 || before[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        int words = 0;
        foreach (ReadOnlySpan<char> part in new SpanParts(before, " "))
        {
            words += part.IsEmpty ? 0 : 1;
        }

        return words >= 6;
    }

    private static bool StartsOrEndsWithCopyrightSign(ReadOnlySpan<char> text)
    {
        int sign = text.IndexOfAny('©', '®');
        return sign >= 0 && (sign <= 2 || text.Length - sign <= 60 || text.Contains("rights", StringComparison.OrdinalIgnoreCase));
    }

    private static int CountLegal(ReadOnlySpan<char> text, out int others)
    {
        int legal = 0;
        others = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.Legal | WordClass.Social | WordClass.Subscribe))
            {
                legal++;
            }
            else if (!word.Is(WordClass.AnyStopword))
            {
                others++;
            }
        }

        return legal;
    }
}
