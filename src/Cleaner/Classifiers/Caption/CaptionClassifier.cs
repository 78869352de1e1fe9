using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Caption;

/// <summary>
/// Photo captions and image credits: credit-only lines ("Getty Images", "Photo: Jane Doe/AP"), captions that end in
/// a bracketed credit ("… [AP Photo/Ariana Cubillos]"), caption markers ("Image caption", "1 of 12", "Hide caption")
/// and uncredited captions shaped like one (a present-tense picture verb, a place and a date, no full stop).
/// </summary>
public sealed class CaptionClassifier : SegmentClassifier
{
    /// <summary>A line that is only an image credit.</summary>
    public static readonly ResidueRule Credit = new("caption.credit", ResidueKind.Caption,
        "An image credit: a photographer or picture agency, with or without a 'Photo:' label.");

    /// <summary>A caption that carries a credit.</summary>
    public static readonly ResidueRule CreditedCaption = new("caption.credited", ResidueKind.Caption,
        "A photo caption that carries an image credit ('[AP Photo/…]', '(Photo: …)', 'Getty Images').");

    /// <summary>Caption markers of galleries and image widgets.</summary>
    public static readonly ResidueRule Marker = new("caption.marker", ResidueKind.Caption,
        "A caption or gallery marker ('Image caption', 'Hide caption', '1 of 12', 'Enlarge this image').");

    /// <summary>An uncredited caption recognised by its shape.</summary>
    public static readonly ResidueRule Shape = new("caption.shape", ResidueKind.Caption,
        "A line shaped like a photo caption: a present-tense picture verb ('speaks', 'gestures'), a date, no full stop.");

    private static readonly string[] CreditMarkers =
    [
        "ap photo", "afp photo", "reuters photo", "getty images", "gettyimages", "photo credit", "photo courtesy",
        "image courtesy", "image copyright", "image caption", "picture alliance", "shutterstock", "istockphoto", "istock",
        "file photo", "photo illustration", "staff photo", "ap images", "epa efe", "wireimage", "corbis", "alamy",
        "photo by", "photos by", "photograph by", "picture by", "image by", "bildquelle", "foto dpa", "crédit photo",
        "photo afp", "foto afp", "foto efe", "foto ansa", "foto ap", "illustration by", "listing image by", "view images",
        "hide caption", "photograph by", "image via", "pressphoto agency", "toggle caption", "images via", "photo via", "via getty", "via ap", "via reuters",
    ];

    private static readonly MultiStringSearch CreditMarkerSearch = new(CreditMarkers);

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Credit, PhraseMatch.Label, 0.9f, 140,
            "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits", "photo credit",
            "image credit", "image source", "source image", "foto", "fotos", "bild", "crédit", "crédito", "créditos",
            "pictured", "above", "top", "left", "right", "main image", "top image", "photo illustration", "file photo")
        .Add(Marker, PhraseMatch.Exact, 0.9f, 60,
            "image caption", "image copyright", "hide caption", "show caption", "toggle caption", "caption", "enlarge this image",
            "click to enlarge", "enlarge", "expand", "view gallery", "open gallery", "see the gallery", "view slideshow",
            "launch gallery", "view photos", "see photos", "more photos", "photo gallery", "gallery", "photos", "photo",
            "getty images", "ap photo", "reuters", "afp", "ap", "epa", "shutterstock", "istock", "pa", "pool", "file photo",
            "bildergalerie", "galerie", "galería", "galleria", "fotogalerie")
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 200, "image caption", "image copyright", "caption", "photo gallery", "gallery")
        .Add(Marker, PhraseMatch.Prefix, 0.9f, 600, "view images", "view image", "view gallery", "view photos", "enlarge image",
            "enlarge this image", "toggle caption", "hide caption", "slideshow", "photo gallery", "see gallery")
        .Add(CreditedCaption, PhraseMatch.Prefix, 0.85f, 400, "in this photo", "in this file photo", "in this undated photo",
            "in this image", "in this handout photo", "in this photo provided by", "in this photo released by",
            "this image provided by", "this photo provided by", "this undated photo", "this undated image",
            "this image released by", "this photo released by", "this handout photo", "this photo taken", "this image taken",
            "file in this", "file photo in this", "this screen grab", "this screengrab", "this still image", "a screengrab",
            "a screen grab")
        .Build();

    /// <inheritdoc />
    public override string Name => "caption";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Caption;

    /// <inheritdoc />
    public override ClassifierTriggers Triggers => new(int.MaxValue);

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        ReadOnlySpan<char> text = context.Text;

        if (features.Has(WordClass.Picture))
        {
            if (_phrases.TryMatch(context, out PhraseHit hit))
            {
                return Verdict.From(hit.Rule, hit.Score);
            }

            // "Photos: The rise and fall of … Hide Caption 1 of 23": a gallery scraped into one line.
            if (features.Length > 400 && text.Contains("hide caption", StringComparison.OrdinalIgnoreCase))
            {
                return Verdict.From(Marker, 0.9f);
            }

            int marker = features.Length <= 2000 ? CreditMarkerPosition(text) : -1;
            if (marker >= 0)
            {
                // A short line that is only a credit, or a caption that carries one. A credit sits at the end of a
                // caption (or at its start, before the description); a sentence that merely names an agency
                // ("Getty Images said it would appeal") is prose.
                if (features.Words <= 8 && (!features.EndsSentence || features.Stopwords <= 2))
                {
                    return Verdict.From(Credit, 0.9f);
                }

                bool atEnd = text.Length - marker <= 80 && marker >= text.Length / 2;
                bool prose = features.EndsSentence && features.StopwordDensity >= 0.2f;
                bool slashCredit = text[..Math.Min(text.Length, marker + 24)].Contains('/');
                float score = features.Length > 400 ? 0.55f : atEnd || slashCredit || !prose ? 0.9f : 0.6f;
                return Verdict.From(CreditedCaption, score);
            }

            // "… (Photo: John Doe)", "… [Reuters]", "… (AP)" at the very end of a caption-length line. A bare agency
            // in brackets also closes wire-copy paragraphs ("…, he said. (Reuters)"), so alone it is a weaker claim
            // that the context pass does not apply to clear prose.
            if (features.Length <= 400 && EndsWithBracketedCredit(text, out bool bareAgency))
            {
                // "…, he said. (Reuters)": wire copy crediting its own paragraph, not a picture.
                bool prose = bareAgency && features.StopwordDensity >= 0.2f &&
                             FeatureExtractor.EndsSentence(text[..text.LastIndexOfAny('(', '[')].TrimEnd());
                return Verdict.From(CreditedCaption, prose ? 0.5f : bareAgency ? 0.75f : 0.85f);
            }

            // "… the fossil site. Photograph: Jane Doe/PA": a credit label in the last words of the line.
            if (features.Length <= 600 && HasTrailingCreditLabel(text))
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }
        }

        // "A cooing dove with its mouth closed. (Tobias Riede/Midwestern University)": a caption ending in a
        // "(Name/Outlet)" credit, whatever its words.
        if (features.Has(LineMarks.Slash) && features.Has(LineMarks.Parenthesis | LineMarks.Bracket) && features.Length <= 400 &&
            features.Last is ')' or ']' && EndsWithBracketedCredit(text, out bool agency) && !agency)
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "… at the upcoming games. | Reuters": a credit after a bar at the end of a caption.
        if (features.Has(LineMarks.Pipe) && features.Length <= 400 && EndsWithBarCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "Anthony Kwan/Bloomberg", "(Borrini & Garlaschelli/Journal of Forensic Science)": a name and an outlet.
        if (features.Has(LineMarks.Slash) && features.Words is >= 2 and <= 8 && (!features.EndsSentence || features.Last == '.') &&
            features.Stopwords <= 1 &&
            features.CapitalizedWords * 10 >= features.Words * 7 && IsNameSlashOutlet(text))
        {
            return Verdict.From(Credit, 0.8f);
        }

        // "1 of 6. The Occupy Los Angeles encampment…": a gallery counter opening the caption.
        if (features.NumericWords >= 2 && StartsWithGalleryCounter(text))
        {
            return Verdict.From(Marker, 0.85f);
        }

        // "1 of 12", "3/10", "Photo 3 of 10": gallery counters.
        if (features.Words <= 4 && features.NumericWords >= 2 && features.Length <= 20 && IsGalleryCounter(text))
        {
            return Verdict.From(Marker, 0.8f);
        }

        if (features.Has(WordClass.CaptionVerb) && !features.EndsSentence && features.Length is >= 60 and <= 300 &&
            features.CalendarWords > 0 && features.NumericWords > 0 && HasCaptionVerbEarly(text))
        {
            return Verdict.From(Shape, 0.7f);
        }

        return Verdict.None;
    }

    /// <summary>Where the last credit marker of the line starts, or -1.</summary>
    private static int CreditMarkerPosition(ReadOnlySpan<char> text)
    {
        // One vectorised multi-string search finds the first marker; later ones are searched for after it.
        int best = -1;
        int from = 0;
        while (from < text.Length)
        {
            int at = CreditMarkerSearch.IndexOfAny(text[from..]);
            if (at < 0)
            {
                break;
            }

            at += from;
            if (at == 0 || !TextNormalizer.IsWordChar(text[at - 1]))
            {
                best = at;
            }

            from = at + 1;
        }

        if (best >= 0)
        {
            return best;
        }

        // Agency credits written with a slash: "Jane Doe/Reuters", "AFP/Getty", "EPA/JOHN DOE".
        int slash = text.IndexOf('/');
        while (slash > 0)
        {
            if (IsAgency(WordBefore(text, slash)) || IsAgency(WordAfter(text, slash + 1)))
            {
                return slash;
            }

            int next = text[(slash + 1)..].IndexOf('/');
            slash = next < 0 ? -1 : slash + 1 + next;
        }

        return -1;
    }

    private static bool HasTrailingCreditLabel(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> tail = text.Length > 70 ? text[^70..] : text;
        foreach (string label in TrailingCreditLabels)
        {
            int at = tail.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || tail[at - 1] is ' ' or '.' or '(' or '[') && at + label.Length < tail.Length)
            {
                // What follows the label is a short credit: a few words, no sentence of its own.
                ReadOnlySpan<char> credit = tail[(at + label.Length)..].Trim();
                return credit.Length is > 1 and <= 60 && credit.Count(' ') <= 6 && char.IsUpper(credit[0]);
            }
        }

        return false;
    }

    private static readonly string[] TrailingCreditLabels =
        ["Photograph:", "Photo:", "Photos:", "Image:", "Picture:", "Credit:", "Foto:", "Bild:", "Illustration:", "Photo by", "Photograph by"];

    private static bool EndsWithBarCredit(ReadOnlySpan<char> text)
    {
        int bar = text.LastIndexOf('|');
        if (bar < 20)
        {
            return false;
        }

        ReadOnlySpan<char> credit = text[(bar + 1)..].Trim();
        int words = credit.Count(' ') + 1;
        return credit.Length is > 1 and <= 40 && words <= 4 && char.IsUpper(credit[0]) && credit.IndexOfAny('.', '!', '?') < 0 &&
               (IsAgency(credit) || credit.Contains("Getty", StringComparison.OrdinalIgnoreCase) || credit.Contains('/') ||
                credit.Equals("Associated Press", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsNameSlashOutlet(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> inner = text.Trim("()[]. ");
        if (inner.StartsWith("By ", StringComparison.Ordinal))
        {
            inner = inner[3..];
        }

        int slash = inner.IndexOf('/');
        return slash > 0 && slash < inner.Length - 1 && inner.LastIndexOf('/') <= inner.Length - 2 &&
               !inner.Contains("://", StringComparison.Ordinal) && inner.IndexOfAny('.', '!', '?') < 0;
    }

    private static bool StartsWithGalleryCounter(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || !text[i..].StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        i += 4;
        int digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > digits && (i == text.Length || text[i] is '.' or ' ' or ':' or ')');
    }

    private static bool EndsWithBracketedCredit(ReadOnlySpan<char> text, out bool bareAgency)
    {
        bareAgency = false;
        ReadOnlySpan<char> trimmed = text.TrimEnd(". ");
        if (trimmed.Length < 4 || trimmed[^1] is not (')' or ']'))
        {
            return false;
        }

        char open = trimmed[^1] == ')' ? '(' : '[';
        int start = trimmed.LastIndexOf(open);
        if (start < 0 || trimmed.Length - start > 80)
        {
            return false;
        }

        ReadOnlySpan<char> inside = trimmed[(start + 1)..^1];
        bareAgency = IsAgency(inside) || inside.Equals("Associated Press", StringComparison.OrdinalIgnoreCase);
        if (inside.Length <= 60 && IsNameSlashOutlet(inside) && char.IsUpper(inside[0]))
        {
            return true; // "(Elaine Wilson/Las Vegas Review-Journal)"
        }

        // "(AP)" after a dateline opens a paragraph; at the end of a line it credits a picture only with a label.
        return inside.StartsWith("photo", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("image", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("picture", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("credit", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("foto", StringComparison.OrdinalIgnoreCase) ||
               inside.Contains("Getty", StringComparison.OrdinalIgnoreCase) ||
               inside.Equals("Associated Press", StringComparison.OrdinalIgnoreCase) || inside.Equals("AP", StringComparison.Ordinal) ||
               inside.Equals("Reuters", StringComparison.OrdinalIgnoreCase) || inside.Equals("AFP", StringComparison.Ordinal) ||
               inside.EndsWith("via AP", StringComparison.Ordinal) || inside.EndsWith("via Reuters", StringComparison.Ordinal) ||
               inside.Contains('/') && (inside.Contains("AP", StringComparison.Ordinal) || inside.Contains("AFP", StringComparison.Ordinal) ||
                                         inside.Contains("Reuters", StringComparison.OrdinalIgnoreCase));
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (start > 0 && TextNormalizer.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && TextNormalizer.IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool IsAgency(ReadOnlySpan<char> word) =>
        word.Equals("AP", StringComparison.Ordinal) || word.Equals("AFP", StringComparison.Ordinal) ||
        word.Equals("EPA", StringComparison.Ordinal) || word.Equals("Reuters", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("Getty", StringComparison.OrdinalIgnoreCase) || word.Equals("dpa", StringComparison.Ordinal) ||
        word.Equals("ANSA", StringComparison.Ordinal) || word.Equals("EFE", StringComparison.Ordinal) ||
        word.Equals("Shutterstock", StringComparison.OrdinalIgnoreCase) || word.Equals("ZUMA", StringComparison.OrdinalIgnoreCase);

    private static bool IsGalleryCounter(ReadOnlySpan<char> text)
    {
        int numbers = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.IsNumber)
            {
                numbers++;
            }
            else if (!word.Is(WordClass.Picture) && word.Text is not ("of" or "von" or "de" or "di" or "van" or "sur" or "slide" or "Slide"))
            {
                return false;
            }
        }

        return numbers == 2 && (text.Contains(" of ", StringComparison.OrdinalIgnoreCase) || text.Contains('/') ||
                                text.Contains(" von ", StringComparison.Ordinal) || text.Contains(" de ", StringComparison.Ordinal) ||
                                text.Contains(" di ", StringComparison.Ordinal) || text.Contains(" van ", StringComparison.Ordinal) ||
                                text.Contains(" sur ", StringComparison.Ordinal));
    }

    private static bool HasCaptionVerbEarly(ReadOnlySpan<char> text)
    {
        int index = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.CaptionVerb) && !word.IsCapitalized)
            {
                return true;
            }

            if (++index >= 10)
            {
                break;
            }
        }

        return false;
    }
}
