using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Advertisement;

/// <summary>
/// Advertising markers: "Advertisement", "Story continues below", "Continue reading the main story", "Sponsored",
/// "Paid content", in the supported languages.
/// </summary>
public sealed class AdvertisementClassifier : SegmentClassifier
{
    /// <summary>An advertising label or a "story continues" marker left where an ad was.</summary>
    public static readonly ResidueRule Marker = new("advertisement.marker", ResidueKind.Advertisement,
        "An advertising label, or a 'story continues below' marker left where an advertisement was.") { AddressesTheReader = true };

    /// <summary>Sponsored or promoted content labels.</summary>
    public static readonly ResidueRule Sponsored = new("advertisement.sponsored", ResidueKind.Advertisement,
        "A label of sponsored, promoted or partner content.");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Marker, PhraseMatch.Exact, 0.95f, 80,
            "advertisement", "advertisements", "advertising", "ad", "ads", "advert", "story continues below",
            "story continues below advertisement", "article continues below", "article continues below advertisement",
            "article continues after advertisement", "story continues after advertisement", "continue reading below",
            "continue reading the main story", "continue reading", "advertisement continue reading below",
            "advertisement continue reading the main story", "skip advertisement", "ad feedback", "ad choices", "adchoices",
            "report this ad", "report an ad", "close ad", "remove ads", "hide ad", "hide ads", "hide this ad", "anzeige ausblenden",
            "masquer la publicité", "ocultar anuncio", "nascondi annuncio", "ocultar anúncio", "advertentie verbergen", "content continues below", "text continues below",
            "the story continues below", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
            "advertentie", "la suite après la publicité", "lees verder onder de advertentie", "continua a leggere",
            "weiterlesen nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
            // "Article content continued" under a loaded ad; an ad slot's own buttons.
            "article content continued", "story continued", "why this ad", "why am i seeing this ad", "shop now", "buy now",
            "shop the story", "check price", "see price")
        .Add(Marker, PhraseMatch.Prefix, 0.9f, 100,
            "story continues below", "story continues after", "story continued below", "article continued below",
            "story continues on", "article continues on", "article continues below", "article continues after",
            "content continues below", "text continues below", "continue reading below", "advertisement", "scroll to continue",
            "scroll down to continue")
        .Add(Sponsored, PhraseMatch.Exact, 0.9f, 60,
            "sponsored", "sponsored content", "sponsored links", "sponsored stories", "sponsored post", "paid content",
            "paid post", "paid partner content", "promoted", "promoted content", "promoted stories", "promoted links",
            "partner content", "from our partners", "from our sponsors", "presented by", "recommended by", "ads by google",
            "sponsored by", "in partnership with", "supported by",
            // A partner box's heading and an ad's button or placeholder picture ("Google search engine", the alternative
            // text of a news theme's empty banner), and a page badge's own link.
            "content from our partners", "content from our sponsors", "more from our partners", "click to learn more",
            "google search engine", "promote your page too", "create your badge")
        .Add(Sponsored, PhraseMatch.Contains, 0.9f, 160, "by taboola", "by outbrain", "taboola", "outbrain", "sponsored links by",
            "promoted links by", "around the web by", "by revcontent", "by zergnet")
        .Add(Sponsored, PhraseMatch.Prefix, 0.85f, 100, "sponsored by", "presented by", "brought to you by", "paid for by",
            "promoted by", "in partnership with", "this content is sponsored", "this content was paid", "advertiser content",
            "content from our sponsor", "paid content by", "paid content from", "sponsored content by", "sponsored content from",
            "paid post by", "content by", "promoted content by", "promoted content from")
        // "Sponsored: Example Bank": a sponsor label before a colon.
        .Add(Sponsored, PhraseMatch.Label, 0.85f, 80, "sponsored", "sponsored by", "paid content", "presented by",
            "advertisement", "anzeige", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie")
        .Add(Sponsored, PhraseMatch.Exact, 0.85f, 40, "ad content", "advertiser content", "advertising content")
        // An ad slot that did not load, and the story's pointer past it, in the supported languages.
        .Add(Marker, PhraseMatch.Prefix, 0.9f, 200, "this advertisement has not loaded yet", "la suite après cette publicité",
            "la suite après la publicité", "continua após a publicidade", "continua depois da publicidade",
            "lees verder na de advertentie", "lees verder onder de advertentie", "sigue leyendo",
            "continua dopo la pubblicità", "weiter nach der anzeige", "weiterlesen nach der anzeige",
            "the story continues after the ad", "the story continues after this ad", "the story continues after the advertisement",
            "the article continues after the ad", "lesen sie nach der werbung weiter", "weiter nach der werbung",
            "artikel geht nach der anzeige weiter", "der artikel geht nach der anzeige weiter", "artikel geht unter der anzeige weiter",
            "el artículo continúa después del anuncio", "la noticia continúa después del anuncio", "el artículo sigue después de la publicidad",
            "l'articolo continua dopo la pubblicità", "l'articolo prosegue dopo la pubblicità", "o artigo continua após a publicidade",
            "a matéria continua após a publicidade", "het artikel gaat verder na de advertentie", "het artikel gaat verder onder de advertentie")
        .Add(Marker, PhraseMatch.Contains, 0.85f, 200, "your article continues below")
        // Sponsored-content labels in the other languages.
        .Add(Sponsored, PhraseMatch.Exact, 0.9f, 60, "contenu sponsorisé", "sponsorisé", "contenido patrocinado", "patrocinado",
            "contenuto sponsorizzato", "sponsorizzato", "conteúdo patrocinado", "patrocinado por", "gesponsorde inhoud",
            "gesponsord", "gesponsert", "bezahlter inhalt", "contenu partenaire", "contenido de marca", "contenuto a pagamento",
            "conteúdo de marca", "in samenwerking met")
        // Affiliate disclosures: "This article contains affiliate links, which means we may earn a commission."
        .Add(Sponsored, PhraseMatch.Prefix, 0.85f, 300, "this article contains affiliate links", "this post contains affiliate links",
            "this post may contain affiliate links", "this article may contain affiliate links", "this page contains affiliate links",
            "we may earn a commission", "we may receive a commission", "we may earn commission", "if you buy something through our links",
            "if you buy something through a link", "when you buy through links on our site", "we are a participant in the amazon", "products are chosen independently",
            "every product is independently selected", "purchases made through our links")
        .Add(Sponsored, PhraseMatch.Contains, 0.85f, 300, "may earn us a commission", "we may earn an affiliate commission")
        .Build();

    /// <inheritdoc />
    public override string Name => "advertisement";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Advertisement;

    /// <inheritdoc />
    public override ClassifierTriggers Triggers => new(300) { Gate = LineGate.Phrases };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        // Every phrase has an advertising word, a "continue" or a "scroll"; cheap gate on the first letters.
        LineFeatures features = context.Features;
        if (!features.Has(WordClass.Advert | WordClass.Related | WordClass.AnyStopword) && features.Words > 3)
        {
            return Verdict.None;
        }

        if (!_phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.None;
        }

        // "Advertisement spending on television fell for the third year.": the word opening a sentence of the story (a
        // lower-case word after it, six words or more, stopwords), not a label glued to the slot's other words.
        if (hit.Rule == Marker && features.EndsSentence && features.Words >= 6 && features.StopwordDensity >= 0.2f &&
            context.Normalized.StartsWith("advertis", StringComparison.Ordinal) && SecondWordIsLowerCase(context.Text))
        {
            return Verdict.None;
        }

        // "Sponsored by Sen. Jane Doe, the bill passed 62-38.", "Content by users is moderated.": a participle opening a
        // sentence of the story, not a label (a label is a few words, rarely closed by a full stop).
        if (hit.Rule == Sponsored && features.EndsSentence && OpensWithParticiple(context.Normalized) &&
            (context.Text.Contains(", ", StringComparison.Ordinal) || features.Words > 4))
        {
            return Verdict.None;
        }

        return Verdict.From(hit.Rule, hit.Score);
    }

    private static bool SecondWordIsLowerCase(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        return space > 0 && space + 1 < text.Length && char.IsLower(text[space + 1]);
    }

    private static bool OpensWithParticiple(ReadOnlySpan<char> normalized) => normalized.StartsWith("content by ", StringComparison.Ordinal) ||
        normalized.StartsWith("sponsored by ", StringComparison.Ordinal) || normalized.StartsWith("presented by ", StringComparison.Ordinal) ||
        normalized.StartsWith("brought to you by ", StringComparison.Ordinal) || normalized.StartsWith("paid for by ", StringComparison.Ordinal) ||
        normalized.StartsWith("promoted by ", StringComparison.Ordinal) || normalized.StartsWith("in partnership with ", StringComparison.Ordinal);
}
