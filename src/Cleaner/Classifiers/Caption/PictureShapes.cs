using System;
using Cleaner.Text;

namespace Cleaner.Classifiers.Caption;

/// <summary>
/// Shapes of a picture's residue that carry no credit word: its file name or slug left as alternative text, a bare
/// credit label closing a caption ("… Photo Sipa / Jane DOE", "… Photo / NZME"), a logo's alternative text.
/// </summary>
internal static class PictureShapes
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    /// <summary>The characters of a number or a code standing before a file's name ("13-4185 P3323s.jpg").</summary>
    private static readonly System.Buffers.SearchValues<char> CodeChars = System.Buffers.SearchValues.Create("0123456789-_.");

    /// <summary>
    /// "/image%2F1484042%2F…-gktl.jpg)", "http://example.fr/…/images/logodn.png", "23-43440852_1416397464.JPG von": a
    /// picture's file name or address standing for the picture, one token (a closing bracket or one short word after it
    /// at most, or a number before it). A file name glued to a paragraph ("Paris_passe.jpg Il n'y a rien …") has more words, and stays.
    /// </summary>
    internal static bool IsImageFileName(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.Trim();
        int space = trimmed.IndexOf(' ');
        ReadOnlySpan<char> token = space < 0 ? trimmed : trimmed[..space];
        if (space >= 0)
        {
            // One short word after the name at most: a credit's "von", "by", "de" left without its name.
            ReadOnlySpan<char> rest = trimmed[(space + 1)..];
            if (rest.IndexOf(' ') >= 0)
            {
                return false;
            }

            // "13-4185 P3323s.jpg": a number or a code before the file's name.
            if (rest.Length > 4)
            {
                ReadOnlySpan<char> head = trimmed[..space];
                if (head.ContainsAnyExcept(CodeChars))
                {
                    return false;
                }

                token = rest;
            }
        }

        token = token.TrimEnd(")]");
        if (token.Length < 8)
        {
            return false;
        }

        foreach (string extension in ImageExtensions)
        {
            if (token.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Brooklyn-Beckham-engaged", "2022-opp-road-closed-follow-detours-resized", "NETHERLANDS-SHOOTING-GUNMAN": a picture's
    /// slug left as its alternative text: one token of three words of three letters or more joined by hyphens. A compound
    /// has short words in it ("Picture-in-Picture", "state-of-the-art"), a URL's long slug may ("…-after-derailment-at-west-
    /// ealing"); dates ("2019-03-18"), codes ("UA-1029789-2") and phone numbers have no words.
    /// </summary>
    internal static bool IsSlug(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> token = text.Trim();
        // A name joined by underscores is a file's or a widget's ("Under_Armour_Logo_01").
        if (token.Length is < 16 or > 120 || token.IndexOfAny(' ', '.', '/') >= 0 || token.IndexOfAny(':', '_') >= 0)
        {
            return false;
        }

        int words = 0;
        int shortWords = 0;
        int parts = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i <= token.Length; i++)
        {
            char c = i < token.Length ? token[i] : '-';
            if (c == '-')
            {
                if (i == 0 || token[i - 1] == '-')
                {
                    return false;
                }

                parts++;
                if (letters >= 3)
                {
                    words++;
                }
                else if (letters > 0 && digits == 0)
                {
                    shortWords++;
                }

                letters = 0;
                digits = 0;
                continue;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return words >= 3 && (shortWords == 0 || parts >= 6);
    }

    private static readonly string[] BareCreditLabels = ["Photo", "Photos", "Foto", "Fotos", "Picture", "Image", "Bild", "Beeld"];

    /// <summary>
    /// "Un retour à la normale est prévu pour la fin de soirée. Photo Sipa / Jason WEINGART", "… to deliver”. Photo / NZME":
    /// after the caption's last sentence, a picture label without a colon, then a short credit (six words at most, no
    /// sentence end) that names a source the way credits do: with a slash, or in capitals. "… in 2019. Photo ops were
    /// rare." goes on as a sentence and stays.
    /// </summary>
    internal static bool EndsWithBareCreditLabel(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        ReadOnlySpan<char> tail = trimmed.Length > 80 ? trimmed[^80..] : trimmed;
        foreach (string label in BareCreditLabels)
        {
            int at = tail.LastIndexOf(label, StringComparison.Ordinal);
            if (at <= 2 || at + label.Length + 2 >= tail.Length || tail[at - 1] != ' ' || tail[at + label.Length] != ' ')
            {
                continue;
            }

            // The caption's sentence ends just before the label: ". Photo", "”. Photo", "!” Photo".
            char before = tail[at - 2];
            bool sentenceEnd = before is '.' or '!' or '?' ||
                               before is '"' or '”' or '»' or ')' && at >= 3 && tail[at - 3] is '.' or '!' or '?';
            ReadOnlySpan<char> credit = tail[(at + label.Length)..].Trim();
            if (!sentenceEnd || credit.Length is < 2 or > 60 || credit.Count(' ') > 6 || credit[^1] is '.' or '!' or '?' or ':' ||
                credit.IndexOfAny('!', '?', ',') >= 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = credit.TrimStart("/ ");
            if (!name.IsEmpty && char.IsUpper(name[0]) && (credit.Contains('/') || HasUpperWord(name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of two letters or more is all in capitals ("NZME", "WEINGART", "AFP").</summary>
    private static bool HasUpperWord(ReadOnlySpan<char> text)
    {
        int run = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                run++;
                if (run >= 2)
                {
                    return true;
                }
            }
            else if (char.IsLetter(c))
            {
                run = -100;
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>
    /// "870 AM KFLD logo", "Borussia Dortmund Logo": a logo's alternative text, two to six words ending with "logo" after a
    /// capitalised name. "The new logo" is lower case before the word.
    /// </summary>
    internal static bool IsLogoText(ReadOnlySpan<char> text, int words)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        if (words is < 2 or > 6 || trimmed.Length > 60 || !trimmed.EndsWith("logo", StringComparison.OrdinalIgnoreCase) ||
            trimmed.Length < 6 || trimmed[^5] != ' ')
        {
            return false;
        }

        // Every word before "logo" is a name: capitalised or a number.
        foreach (ReadOnlySpan<char> word in new SpanParts(trimmed[..^5], " "))
        {
            if (word.IsEmpty || !(char.IsUpper(word[0]) || char.IsAsciiDigit(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Bildergalerie von TSV Algesdorf II – TSV Hagenburg (21 Bilder):", "Flood damage in pictures (12 photos)": a gallery's
    /// title closed by its size in brackets, a number and a picture word.
    /// </summary>
    internal static bool EndsWithBracketedPictureCount(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" :.");
        if (trimmed.Length < 4 || trimmed[^1] != ')')
        {
            return false;
        }

        int open = trimmed.LastIndexOf('(');
        if (open < 0 || trimmed.Length - open > 24)
        {
            return false;
        }

        ReadOnlySpan<char> inside = trimmed[(open + 1)..^1].Trim();
        int space = inside.IndexOf(' ');
        if (space <= 0 || inside[..space].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return SpanWords.IsOneOf(inside[(space + 1)..].Trim(), CountedPictureWords);
    }

    private static readonly string[] CountedPictureWords =
        ["photos", "pictures", "images", "Photos", "Pictures", "Images", "Bilder", "Fotos", "fotos", "foto's", "Foto's", "immagini",
         "imagens", "imágenes", "afbeeldingen", "foto"];

    /// <summary>
    /// "Click to Gallery", "[Click on photos below to enlarge.]", "Tap to see the photos": a short call to click through a
    /// picture (eight words at most, opened by the verb to click or tap, a picture word in it).
    /// </summary>
    internal static bool IsClickToPicture(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimStart("[(« ");
        int space = trimmed.IndexOf(' ');
        return space > 0 && SpanWords.IsOneOf(trimmed[..space], ClickVerbs);
    }

    /// <summary>
    /// "Photo / 123RF", "Imagen | ayto-sanjuan", "Foto / ANSA": a picture label, a slash or a bar instead of a colon, and a
    /// credit of one to five words, alone on the line.
    /// </summary>
    internal static bool IsSeparatedCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.Trim();
        int space = trimmed.IndexOf(' ');
        if (space <= 0 || space + 3 >= trimmed.Length || !SpanWords.IsOneOf(trimmed[..space], SeparatedCreditLabels) ||
            trimmed[space + 1] is not ('/' or '|') || trimmed[space + 2] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> credit = trimmed[(space + 3)..].Trim();
        return credit.Length >= 2 && credit.Count(' ') <= 4 && credit.IndexOfAny('/', '|') < 0 && char.IsLetterOrDigit(credit[0]);
    }

    private static readonly string[] SeparatedCreditLabels =
        ["Photo", "Photos", "Foto", "Fotos", "Picture", "Image", "Images", "Imagen", "Imágenes", "Imagem", "Imagens", "Bild",
         "Bilder", "Beeld", "Immagine", "Credit", "Crédit", "Crédito"];

    /// <summary>
    /// "courtesy Kevin Todora", "Courtesy Fort Worth Art": "courtesy" and a capitalised name (one to five words), alone on
    /// the line, as a credit under a reader's or an institution's picture. "Courtesy calls were made …" goes on in lower
    /// case.
    /// </summary>
    internal static bool IsCourtesyName(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.Trim();
        if (!trimmed.StartsWith("courtesy ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> name = trimmed[9..].TrimStart();
        return name.Length >= 3 && char.IsUpper(name[0]) && name.Count(' ') <= 4 && name.IndexOfAny('.', ',', ':') < 0 &&
               !name.StartsWith("Of ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a caption closes with a credit after a spaced dash: "… after trains broke down. — TODAY pic", "… — Reuters
    /// pic", "… — Picture by Jane Doe" (one to three words ending with "pic", or "Picture by" and a name), or "… en Jarilla,
    /// Cáceres - Gustavo Valiente - Europa Press" (a photographer's name, then an agency, after the caption's twelve words or
    /// more).
    /// </summary>
    internal static bool EndsWithDashCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        int dash = trimmed.LastIndexOfAny('—', '–', '-');
        if (dash <= 0 || dash + 2 >= trimmed.Length || trimmed[dash - 1] != ' ' || trimmed[dash + 1] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> credit = trimmed[(dash + 2)..];
        int words = credit.Count(' ') + 1;
        if (words <= 3 && (credit.EndsWith(" pic", StringComparison.Ordinal) || credit.EndsWith(" pix", StringComparison.Ordinal)))
        {
            return char.IsUpper(credit[0]);
        }

        if (words <= 6 && (credit.StartsWith("Picture by ", StringComparison.Ordinal) || credit.StartsWith("Pic by ", StringComparison.Ordinal)))
        {
            return true;
        }

        if (!SpanWords.IsOneOf(credit, DashCreditAgencies))
        {
            return false;
        }

        // "… - Gustavo Valiente - Europa Press": a name of two or three capitalised words between two dashes.
        ReadOnlySpan<char> head = trimmed[..(dash - 1)];
        int before = head.LastIndexOfAny('—', '–', '-');
        if (before <= 0 || head[before - 1] != ' ' || before + 2 >= head.Length || head[before + 1] != ' ' ||
            head[..before].Count(' ') < 11)
        {
            return false;
        }

        ReadOnlySpan<char> name = head[(before + 2)..];
        int spaces = name.Count(' ');
        if (spaces is < 1 or > 2)
        {
            return false;
        }

        return SpanWords.AreAllCapitalised(name);
    }

    private static readonly string[] DashCreditAgencies =
        ["Europa Press", "EFE", "Efe", "AFP", "Reuters", "AP", "dpa", "ANSA", "Lusa", "LUSA", "ANP", "Belga", "EPA", "Agência Brasil",
         "Getty Images", "Bernama"];

    private static readonly string[] ClickVerbs =
        ["Click", "click", "CLICK", "Tap", "tap", "Klicken", "Klick", "Cliquez", "Cliquer", "Clique", "Clicca", "Clicar", "Klik", "Pulsa",
         "Pulse", "Haga", "Haz"];
}
