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
        "photo afp", "foto afp", "foto efe", "foto ansa", "foto ap",
    ];

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Credit, PhraseMatch.Label, 0.9f, 140,
            "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits", "photo credit",
            "image credit", "image source", "source image", "foto", "fotos", "bild", "crédit", "crédito", "créditos")
        .Add(Marker, PhraseMatch.Exact, 0.9f, 60,
            "image caption", "image copyright", "hide caption", "show caption", "toggle caption", "caption", "enlarge this image",
            "click to enlarge", "enlarge", "expand", "view gallery", "open gallery", "see the gallery", "view slideshow",
            "launch gallery", "view photos", "see photos", "more photos", "photo gallery", "gallery", "photos", "photo",
            "getty images", "ap photo", "reuters", "afp", "ap", "epa", "shutterstock", "istock", "pa", "pool", "file photo",
            "bildergalerie", "galerie", "galería", "galleria", "fotogalerie")
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 200, "image caption", "image copyright", "caption", "photo gallery", "gallery")
        .Build();

    /// <inheritdoc />
    public override string Name => "caption";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Caption;

    /// <inheritdoc />
    public override ClassifierTriggers Triggers => new(600);

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

            if (HasCreditMarker(text))
            {
                // A short line that is only a credit, or a caption that carries one.
                if (features.Words <= 8 && !features.EndsSentence)
                {
                    return Verdict.From(Credit, 0.9f);
                }

                return Verdict.From(CreditedCaption, features.Length <= 400 ? 0.9f : 0.55f);
            }

            // "… (Photo: John Doe)", "… [Reuters]", "… (AP)" at the very end of a caption-length line.
            if (EndsWithBracketedCredit(text) && features.Length <= 400)
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }
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

    private static bool HasCreditMarker(ReadOnlySpan<char> text)
    {
        foreach (string marker in CreditMarkers)
        {
            int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !TextNormalizer.IsWordChar(text[at - 1])))
            {
                return true;
            }
        }

        // Agency credits written with a slash: "Jane Doe/Reuters", "AFP/Getty", "EPA/JOHN DOE".
        int slash = text.IndexOf('/');
        while (slash > 0)
        {
            if (IsAgency(WordBefore(text, slash)) || IsAgency(WordAfter(text, slash + 1)))
            {
                return true;
            }

            int next = text[(slash + 1)..].IndexOf('/');
            slash = next < 0 ? -1 : slash + 1 + next;
        }

        return false;
    }

    private static bool EndsWithBracketedCredit(ReadOnlySpan<char> text)
    {
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
        // "(AP)" after a dateline opens a paragraph; at the end of a line it credits a picture only with a label.
        return inside.StartsWith("photo", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("image", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("picture", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("credit", StringComparison.OrdinalIgnoreCase) ||
               inside.StartsWith("foto", StringComparison.OrdinalIgnoreCase) ||
               inside.Contains("Getty", StringComparison.OrdinalIgnoreCase) ||
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
