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

    /// <summary>A caption opened by a picture desk's template, or a picture described for readers who cannot see it.</summary>
    public static readonly ResidueRule Opener = new("caption.opener", ResidueKind.Caption,
        "A caption opened by a picture desk's template ('A view shows …', 'In the photo, …') or a picture's description " +
        "for readers who cannot see it ('Image is of …', 'Image description: …').");

    /// <summary>A caption that places the people in the picture ("Jane Doe (L) and John Roe (2nd R)", "Doe, left, and Roe, right").</summary>
    public static readonly ResidueRule Position = new("caption.position", ResidueKind.Caption,
        "A caption that places people in the picture: '(L)', '(2nd R)', '(left)', 'Name, left, and Name, right', 'from left:'.");

    /// <summary>A caption ending in a bracketed personal or organisation credit, or repeating itself.</summary>
    public static readonly ResidueRule Uncredited = new("caption.trailing-name", ResidueKind.Caption,
        "A caption-shaped line ending in a bracketed name credit ('… July 31 2014 (Jane Doe)'), or a caption cut off " +
        "before its credit ('… with a shot to the... (Associated Press)'), or a caption whose text is repeated within the line.");

    /// <summary>A caption closed by a bracketed label of the picture's kind ("Stare (Symbolbild)", "… (file photo)").</summary>
    public static readonly ResidueRule PictureLabel = new("caption.picture-label", ResidueKind.Caption,
        "A short caption closed by a bracketed label of the picture's kind: '(Symbolbild)', '(file photo)', " +
        "'(foto de archivo)', '(photo d'illustration)'.");

    /// <summary>A picture's file name, slug or logo text standing for the picture.</summary>
    public static readonly ResidueRule FileName = new("caption.file-name", ResidueKind.Caption,
        "A picture's file name or address ('…/ob_660177-gktl.jpg)'), its slug ('Brooklyn-Beckham-engaged') or a logo's " +
        "alternative text ('870 AM KFLD logo') left where the picture was.");

    // Where a caption says who is where in the picture. Matched ignoring case; each hit is checked (see PositionScore).
    internal static readonly string[] PositionMarkers =
    [
        "(l)", "(r)", "(c)", "(left)", "(right)", "(center)", "(centre)", "(l-r)", "(l to r)", "(from left)", "(from l)",
        "(2nd l)", "(2nd r)", "(3rd l)", "(3rd r)", "(4th l)", "(4th r)", "(2nd left)", "(2nd right)", "(second left)",
        "(second right)", "(second from left)", "(second from right)", "(front row)", "(back row)", "(l.)", "(r.)",
        "(links)", "(rechts)", "(mitte)", "(à gauche)", "(à droite)", "(au centre)", "(izquierda)", "(derecha)", "(izq.)",
        "(der.)", "(a sinistra)", "(a destra)", "(al centro)", "(à esquerda)", "(à direita)", "(ao centro)", "(midden)",
        ", left,", ", right,", ", center,", ", centre,", ", far left,", ", far right,", ", second left,", ", second right,",
        ", second from left,", ", second from right,", ", left, ", ", right, ", ", foreground,", ", background,",
        "from left:", "left to right:", "l-r:", "v.l.n.r.", "von links:", "von links nach rechts:",
        "de gauche à droite :", "de izquierda a derecha:", "da sinistra:",
        "da sinistra a destra:", "da esquerda para a direita:", "van links naar rechts:",
    ];

    private static readonly MultiStringSearch PositionMarkerSearch = new(PositionMarkers);

    private static readonly string[] CreditMarkers =
    [
        "ap photo", "afp photo", "reuters photo", "getty images", "gettyimages", "photo credit", "photo courtesy",
        "image courtesy", "image copyright", "image caption", "picture alliance", "shutterstock", "istockphoto", "istock",
        "file photo", "photo illustration", "staff photo", "ap images", "epa efe", "wireimage", "corbis", "alamy",
        "photo by", "photos by", "photograph by", "picture by", "pictures by",
        "beeld anp", "foto anp", "beeld afp", "beeld epa", "beeld reuters", "foto belga", "beeld belga", "foto lusa", "foto reuters", "image by", "bildquelle", "foto dpa", "crédit photo",
        "photo afp", "foto afp", "foto efe", "foto ansa", "foto ap", "illustration by", "listing image by", "view images",
        "hide caption", "photograph by", "image via", "pressphoto agency", "toggle caption", "images via", "photo via", "via getty", "via ap", "via reuters",
    ];

    private static readonly MultiStringSearch CreditMarkerSearch = new(CreditMarkers);

    /// <summary>Picture desks' templates for what a picture shows (normalised).</summary>
    private static readonly MultiStringSearch ViewCaptionSearch = new([
        "a view shows", "a general view shows", "general view shows", "an aerial view shows", "a drone view shows",
        "an aerial picture shows", "a still image taken from video shows", "a still image from video shows",
        "a still image taken from a video shows", "a screen grab shows", "a screengrab shows",
    ]);

    /// <summary>"… Twitter/@PIB_India", "… (Instagram/@janedoe)": a line closed by a social account as its picture's credit.</summary>
    private static bool EndsWithAccountCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" .)]");
        int space = trimmed.LastIndexOfAny(' ', '(', '[');
        ReadOnlySpan<char> last = trimmed[(space + 1)..];
        int slash = last.IndexOf("/@", StringComparison.Ordinal);
        if (slash <= 0 || slash + 2 >= last.Length || space < 0)
        {
            return false;
        }

        ReadOnlySpan<char> network = last[..slash];
        return network.Equals("Twitter", StringComparison.OrdinalIgnoreCase) || network.Equals("Instagram", StringComparison.OrdinalIgnoreCase) ||
               network.Equals("X", StringComparison.Ordinal) || network.Equals("Facebook", StringComparison.OrdinalIgnoreCase) ||
               network.Equals("TikTok", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] SourceLabels = ["source", "sources", "quelle", "fuente", "fonte", "bron", "via", "von", "by"];

    /// <summary>
    /// A result's or a fact's label of one or two words before a colon opening the line ("Winner: Michael Teunissen
    /// (Ned/Jumbo-Visma)", "Sieger: …"): a credit's label names the picture or its source ("Photo:", "Source:").
    /// </summary>
    private static bool HasFactLabel(ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 1 || colon > 24 || !char.IsLetter(text[colon - 1]))
        {
            return false;
        }

        ReadOnlySpan<char> label = text[..colon].Trim();
        int space = label.IndexOf(' ');
        if (space >= 0 && label[(space + 1)..].IndexOf(' ') >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> last = space >= 0 ? label[(space + 1)..] : label;
        foreach (string word in SourceLabels)
        {
            if (last.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "… 2019. RICARDO SMIT, EPA-EFE": after a sentence end, two to four capitalised words, a comma and an agency closing
    /// the line.
    /// </summary>
    private static bool EndsWithNameAgencyCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" .");
        int comma = trimmed.LastIndexOf(',');
        if (comma <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> agency = trimmed[(comma + 1)..].Trim();
        if (!(agency is "AP" or "AFP" or "EPA" or "EPA-EFE" or "EFE" or "Reuters" or "REUTERS" or "dpa" or "ANP" or "ANSA" or
              "Getty Images" or "AFP/Getty Images" or "Shutterstock" or "Imago" or "picture alliance" or "Associated Press"))
        {
            return false;
        }

        ReadOnlySpan<char> head = trimmed[..comma];
        int end = head.LastIndexOfAny('.', '!', '?');
        if (end <= 0 || end + 1 >= head.Length || head[end + 1] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> name = head[(end + 1)..].Trim();
        int words = 0;
        while (!name.IsEmpty)
        {
            int space = name.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? name : name[..space];
            name = space < 0 ? ReadOnlySpan<char>.Empty : name[(space + 1)..].TrimStart();
            if (!char.IsUpper(word[0]) || word[^1] is ',' or ';' or ':' || ++words > 4)
            {
                return false;
            }
        }

        return words >= 2;
    }

    /// <summary>"Foto por", "Foto de", "Foto di", "Foto van", "Photo de", "Foto von", then a capitalised name.</summary>
    private static bool IsPhotoByName(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0 || !(text[..space] is "Foto" or "Photo" or "Fotografía" or "Fotografia" or "FOTO"))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(space + 1)..].TrimStart();
        int next = rest.IndexOf(' ');
        if (next <= 0 || !(rest[..next] is "por" or "de" or "di" or "van" or "von" or "da" or "do"))
        {
            return false;
        }

        ReadOnlySpan<char> name = rest[(next + 1)..].TrimStart();
        return name.Length > 1 && char.IsUpper(name[0]) && name.IndexOfAny(',', '.', ':') < 0;
    }

    /// <summary>Whether the line's last word is a news agency's short name ("… AP", "… Reuters").</summary>
    private static bool EndsWithAgency(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        int space = trimmed.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> last = trimmed[(space + 1)..];
        return last is "AP" or "AFP" or "Reuters" or "REUTERS" or "EPA" or "dpa" or "ANP" or "EFE" or "ANSA" or "Getty" or "PA";
    }

    /// <summary>
    /// Whether the line closes, after a sentence's full stop, with one to three capitalised words and "File": an outlet's
    /// archive credit ("Herald-Leader File", "Star-Telegram File").
    /// </summary>
    private static bool EndsWithFileCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(" File", StringComparison.Ordinal))
        {
            return false;
        }

        int stop = trimmed.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> credit = trimmed[(stop + 2)..];
        int spaces = credit.Count(' ');
        return spaces is >= 1 and <= 3 && char.IsUpper(credit[0]) && !HasLowerCaseStart(credit);
    }

    /// <summary>
    /// A blog theme's alternative text for the article's picture: "You are currently viewing …" and its translations,
    /// then the headline.
    /// </summary>
    private static bool StartsWithViewingTemplate(ReadOnlySpan<char> text)
    {
        if (text.Length < 20 || text[0] is not ('Y' or 'N' or 'A' or 'E' or 'V' or 'S' or 'J' or 'S'))
        {
            return false;
        }

        foreach (string template in ViewingTemplates)
        {
            if (text.StartsWith(template, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ViewingTemplates =
    [
        "You are currently viewing ", "No momento, você está visualizando ", "Você está visualizando ",
        "Actualmente estás viendo ", "Estás viendo actualmente ", "Vous consultez actuellement ", "Vous visualisez actuellement ",
        "Stai visualizzando ", "Al momento stai visualizzando ", "Sie sehen gerade ", "Sie betrachten gerade ", "Je bekijkt nu ",
    ];

    /// <summary>Whether a word of the text starts in lower case.</summary>
    private static bool HasLowerCaseStart(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if ((i == 0 || text[i - 1] == ' ') && char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…, shown here in 2014, …", "pictured here", "seen here": the caption pointing at its picture.</summary>
    private static bool PointsAtPicture(ReadOnlySpan<char> normalized) =>
        normalized.Contains("shown here", StringComparison.Ordinal) || normalized.Contains("pictured here", StringComparison.Ordinal) ||
        normalized.Contains("seen here", StringComparison.Ordinal) || normalized.Contains(", pictured ", StringComparison.Ordinal) ||
        normalized.Contains("shown above", StringComparison.Ordinal) || normalized.Contains("pictured above", StringComparison.Ordinal);

    /// <summary>Two capitalised words or more, " via ", then anything ending with an agency's name.</summary>
    private static bool IsNameViaAgency(ReadOnlySpan<char> text)
    {
        int via = text.IndexOf(" via ", StringComparison.Ordinal);
        if (via <= 0 || text[..via].Trim().Count(' ') < 1 || !char.IsUpper(text[0]))
        {
            return false;
        }

        return EndsWithAgency(text[via..]);
    }

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Credit, PhraseMatch.Label, 0.9f, 140,
            "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits", "photo credit",
            "image credit", "image source", "source image", "foto", "fotos", "bild", "crédit", "crédito", "créditos",
            "pictured", "above", "top", "left", "right", "main image", "top image", "photo illustration", "file photo", "courtesy",
            "composite", "illustration", "fotografía", "fotografia", "imagen", "imagem", "beeld", "afbeelding", "screenshot",
            "article image", "featured image", "header image", "lead image", "hero image", "image description",
            "crédits photo", "crédits", "crédit image", "crédits image",
            // "Foto por: Reprodução", "Images source: …", "Camera IconCredit: Supplied": the label in more words.
            "foto por", "fotos por", "foto de", "fotos de", "foto di", "foto von", "fotos von", "foto van", "photo by", "photos by",
            "photo de", "photos de", "imagem por", "imagen de", "images source", "image sources", "photo source", "photo sources",
            "picture source", "bildquelle", "bildquellen", "fonte da imagem", "fonte das imagens", "fonte foto", "fonte immagine",
            "fuente de la imagen", "fuente imagen", "fuente foto", "source photo", "source de l'image", "beeldbron", "fotobron",
            "camera icon credit")
        .Add(Marker, PhraseMatch.Exact, 0.9f, 60,
            "image caption", "image copyright", "hide caption", "show caption", "toggle caption", "caption", "enlarge this image",
            // A picture's placeholder or generic alternative text left as a line ("Author Image", "[IMG]").
            "author image", "author photo", "foto do autor", "foto do author", "foto del autor", "photo de l'auteur",
            "foto dell'autore", "foto van de auteur", "autorenfoto", "featured image", "featured photo", "placeholder image", "image placeholder",
            "placeholder content image", "content image", "header image", "hero image", "cover image", "lead image",
            "thumbnail image", "profile image", "profile photo", "img", "an image when javascript is unavailable",
            "image unavailable", "no image available", "photobucket", "editorial image", "stock image", "generic image",
            "show thumbnails", "hide thumbnails", "show captions", "hide captions",
            "click to enlarge", "enlarge", "expand", "view gallery", "open gallery", "see the gallery", "view slideshow",
            "launch gallery", "view photos", "see photos", "more photos", "photo gallery", "gallery", "photos", "photo",
            "getty images", "ap photo", "reuters", "afp", "ap", "epa", "shutterstock", "istock", "pa", "pool", "file photo",
            "bildergalerie", "galerie", "galería", "galleria", "fotogalerie", "handout", "handout photo", "courtesy of the family",
            // Credits of pictures from readers and families, and gallery openers, in the supported languages.
            "courtesy photo", "contributed photo", "submitted photo", "supplied", "supplied photo", "supplied image",
            "reader photo", "start slideshow", "view all photos", "see all photos", "view all images", "open image in gallery",
            "open gallery", "fotostrecke", "zur bildergalerie", "alle bilder", "diaporama", "voir le diaporama", "voir les photos",
            "fotogalería", "ver galería", "ver fotos", "fotogallery", "guarda la gallery", "vedi le foto", "ver galeria",
            "galeria de fotos", "fotoserie", "bekijk de fotoserie", "bekijk de foto's",
            // An archive picture's label: "Imagen de archivo", "Foto di archivio".
            "imagen de archivo", "foto de archivo", "foto di archivio", "foto d'archivio", "immagine di archivio",
            "imagem de arquivo", "foto de arquivo", "archivbild", "archivfoto", "photo d'archives", "photo d'archive",
            "archiefbeeld", "archieffoto",
            // A gallery's own controls.
            "next image", "previous image", "prev image", "expand gallery", "see the full gallery", "view the full gallery",
            "see full gallery", "view full gallery", "click through the gallery", "swipe for more photos", "swipe for more",
            "swipe to see more photos", "click to see more photos", "bildbeschreibung einblenden", "bildbeschreibung ausblenden",
            "bildunterschrift einblenden", "afficher la légende", "masquer la légende", "mostrar pie de foto", "mostra didascalia",
            "mostrar legenda", "toon bijschrift", "provided photo", "photo provided", "provided image", "image provided",
            // An illustration picture's label: "Foto ilustrativa", "Photo d'illustration", "Symbolbild".
            "foto ilustrativa", "imagen ilustrativa", "imagem ilustrativa", "photo d'illustration", "image d'illustration",
            "foto illustrativa", "immagine di repertorio", "symbolbild", "symboolfoto", "illustrative photo", "stock photo")
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 200, "image caption", "image copyright", "media caption")
        // "Gallery: …" and "Caption: …" are labels; as a line's first word they may open a sentence ("Gallery owners say …").
        .Add(Marker, PhraseMatch.Label, 0.85f, 200, "caption", "photo gallery", "gallery")
        .Add(Marker, PhraseMatch.Prefix, 0.9f, 300, "buy photo", "buy photos", "buy this photo", "purchase photo",
            "purchase this photo", "order this photo", "order a reprint of this photo", "foto kaufen", "acheter la photo",
            "comprar foto")
        .Add(Marker, PhraseMatch.Prefix, 0.9f, 600, "view images", "view image", "view gallery", "view photos", "enlarge image",
            "enlarge this image", "toggle caption", "hide caption", "slideshow", "photo gallery", "see gallery")
        // A picture described for readers who cannot see it: "Image is of the book's cover …", "[Image description: …]".
        // "Imagen de archivo del presidente …": an archive picture's caption opened by its label.
        .Add(Opener, PhraseMatch.Prefix, 0.85f, 300, "imagen de archivo de", "imagen de archivo del", "foto de archivo de",
            "foto de archivo del", "foto d'archivio di", "foto d'archivio del", "foto d'archivio della", "foto di archivio di",
            "imagem de arquivo de", "imagem de arquivo do", "imagem de arquivo da", "foto de arquivo de", "foto de arquivo do",
            "foto de arquivo da", "photo d'archives de", "photo d'archives du")
        // "A generic image of the Queensland police emblem": a stock picture's alternative text.
        // "Foto do autor Redação": the author's picture's alternative text, with the author's name.
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 60, "foto do autor", "foto do author", "foto del autor", "photo de l'auteur",
            "foto dell'autore", "foto van de auteur", "photo of the author", "author photo of")
        .Add(Opener, PhraseMatch.Prefix, 0.85f, 200, "a generic image of", "a generic photo of", "a stock image of",
            "a stock photo of", "an illustrative image of", "an illustrative photo of")
        .Add(Opener, PhraseMatch.Prefix, 0.85f, 600, "image is of", "image description", "photo description",
            "picture description", "alt text", "description of image", "description of the image", "bildbeschreibung")
        // "In the photo, the mayor …": a caption's opener. A weak claim, since a story about a picture describes it in
        // the same words: clear prose keeps.
        .Add(Opener, PhraseMatch.Prefix, 0.7f, 300, "in the photo", "in the picture", "in this picture", "in the image",
            "pictured above", "na foto", "nesta foto", "na imagem", "en la foto", "en esta foto", "en la imagen",
            "sur la photo", "sur cette photo", "sur l'image", "auf dem bild", "auf dem foto", "nella foto", "nell'immagine",
            "op de foto", "op deze foto", "op de afbeelding")
        .Add(CreditedCaption, PhraseMatch.Prefix, 0.85f, 400, "in this photo", "in this file photo", "in this undated photo",
            "in this image", "in this handout photo", "in this photo provided by", "in this photo released by",
            "this image provided by", "this photo provided by", "this undated photo", "this undated image",
            "this image released by", "this photo released by", "this handout photo", "this photo taken", "this image taken",
            "file in this", "file photo in this", "this screen grab", "this screengrab", "this still image", "a screengrab",
            "a screen grab")
        // A picture's placeholder or credit left alone on its line: "Symbolbild" (an illustrative picture), "Image",
        // "Courtesy of Jane Doe" (a short line: "Courtesy of the rain, the match was delayed" is longer).
        .Add(Marker, PhraseMatch.Exact, 0.85f, 30, "symbolfoto",
            "imagen de archivo", "image", "foto", "bild", "imagem", "immagine", "afbeelding")
        // "Photo used for indicative purpose only", "Representational image": a stock picture's label.
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 120, "photo used for indicative purpose", "image used for indicative purpose",
            "photo used for representational purpose", "image used for representational purpose", "representational image",
            "representational photo", "representative image", "representative photo", "image for representation",
            "photo for representation", "picture for representation", "image used for representation",
            "for representational purposes only", "for representational purpose only")
        // "Photo of protesters blocking the road with burning tyres": a picture named by its label and what it shows. A
        // weak claim, since a sentence may open so; clear prose keeps.
        // Headlines say "Photos of … emerge" (plural) and stand first on the page (see Classify); the other languages'
        // "Foto de la manifestación" is as often a heading, and is left alone.
        .Add(Opener, PhraseMatch.Prefix, 0.7f, 200, "photo of", "picture of", "image of", "photograph of")
        // "Pictured below is Bishop Peter with all the priests", "Pictured from left: …": a caption pointing at its picture.
        .Add(Opener, PhraseMatch.Prefix, 0.85f, 300, "pictured below", "pictured here", "pictured from left",
            "pictured left to right", "pictured l r")
        // "See below for the full photo gallery.", "Confira as fotos": a pointer to the pictures under the article.
        .Add(Marker, PhraseMatch.Prefix, 0.85f, 100, "see below for the full photo gallery", "see below for the photo gallery",
            "see below for more photos", "see the full photo gallery", "scroll down for more photos", "scroll down for photos",
            "scroll down to see more photos", "more photos below", "see photos below", "see more photos below")
        .Add(Marker, PhraseMatch.Exact, 0.85f, 60, "confira as fotos", "confira a galeria", "confira a galeria de fotos",
            "veja as fotos", "veja a galeria", "veja mais fotos", "mira las fotos", "mira la galería", "ver más fotos",
            "guarda le foto", "guarda la galleria", "altre foto", "mehr fotos", "weitere fotos", "weitere bilder", "alle fotos",
            "voir plus de photos", "meer foto's", "bekijk meer foto's", "my photo")
        // "Mark Jones's Profile Picture": a profile picture's alternative text.
        .Add(Marker, PhraseMatch.Exact, 0.85f, 40, "article image alt text", "image alt text", "article image", "alt image")
        .Add(Marker, PhraseMatch.Suffix, 0.85f, 60, "profile picture", "profile photo", "profile image", "foto de perfil",
            "photo de profil", "foto del profilo", "immagine del profilo")
        .Add(Credit, PhraseMatch.Prefix, 0.85f, 45, "courtesy of", "photo courtesy of", "image courtesy of", "cortesía de",
            "cortesia de", "avec l'aimable autorisation de")
        .Build();

    // The kind of picture named in a bracket closing a caption: "(Symbolbild)", "(file photo)", "(foto d'archivio)".
    private readonly PhraseSet _pictureLabels = new PhraseListBuilder()
        .Add(PictureLabel, PhraseMatch.Suffix, 0.85f, 300,
            "symbolbild", "symbolfoto", "archivbild", "archivfoto", "file photo", "file image", "stock photo", "stock image",
            "illustrative photo", "illustrative image", "photo d'illustration", "image d'illustration", "photo d'archives",
            "photo d'archive", "image d'archives", "foto de archivo", "imagen de archivo", "foto ilustrativa", "imagen ilustrativa",
            "foto d'archivio", "foto di archivio", "immagine d'archivio", "immagine di archivio", "foto di repertorio",
            "immagine di repertorio", "foto illustrativa", "immagine illustrativa", "foto de arquivo", "imagem de arquivo",
            "imagem ilustrativa", "archieffoto", "archiefbeeld", "symboolfoto", "illustratiefoto")
        .Build();

    /// <summary>Whether the line's last part, after a comma, is two to four words (a picture's kind: ", foto d'archivio").</summary>
    private static bool EndsWithCommaLabel(ReadOnlySpan<char> text)
    {
        int comma = text.LastIndexOf(',');
        if (comma <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> tail = text[(comma + 1)..].Trim();
        int spaces = tail.Count(' ');
        return tail.Length is > 0 and <= 30 && spaces is >= 1 and <= 3;
    }

    /// <summary>Whether the line ends with a closing bracket (a full stop after it aside) opened in its last 40 characters.</summary>
    private static bool EndsWithBracket(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(". ");
        if (trimmed.Length < 3 || trimmed[^1] != ')')
        {
            return false;
        }

        int open = trimmed.LastIndexOf('(');
        return open >= 0 && trimmed.Length - open <= 40;
    }

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

        // "/image%2F…-gktl.jpg)", "Brooklyn-Beckham-engaged": a picture's file name or slug alone on its line (one token).
        if (features.Length is >= 8 and <= 300 && !features.EndsSentence && text.Trim().Count(' ') <= 1 &&
            (PictureShapes.IsImageFileName(text) || (PictureShapes.IsSlug(text) && !BodyShapes.IsHyphenatedProperName(text))))
        {
            return Verdict.From(FileName, 0.85f);
        }

        // "870 AM KFLD logo", "Borussia Dortmund Logo": a logo's alternative text.
        if (features.Last is 'o' or 'O' && features.Words is >= 2 and <= 6 && PictureShapes.IsLogoText(text, features.Words))
        {
            return Verdict.From(FileName, 0.8f);
        }

        // "You are currently viewing Police arrest 3 suspected bandits", "No momento, você está visualizando …": a blog
        // theme's alternative text for the article's picture, its headline after the theme's words.
        if (features.Length <= 300 && features.Words >= 4 && StartsWithViewingTemplate(text))
        {
            return Verdict.From(Opener, 0.85f);
        }

        // "Camera IconCredit: News Limited", "Camera IconThe mayor at the opening. Picture: Jane Doe": an icon's name glued
        // to the credit or caption under a picture, as one publisher's many mastheads print it.
        if (features.First == 'C' && features.Length <= 400 && text.StartsWith("Camera Icon", StringComparison.Ordinal))
        {
            return Verdict.From(Credit, 0.85f);
        }

        // "View larger map", "Ver mapa más grande": an embedded map's link, in the languages its provider prints it in.
        if (features.Words is >= 3 and <= 6 && !features.EndsSentence && IsMapLink(context.Normalized))
        {
            return Verdict.From(Marker, 0.85f);
        }

        // "Media caption …" labels a video's caption; "media" is too common a word to be a picture word.
        if (features.Has(WordClass.Picture) || context.Normalized.StartsWith("media caption", StringComparison.Ordinal))
        {
            if (_phrases.TryMatch(context, out PhraseHit hit))
            {
                // "Gallery owners said sales had slowed.", "Caption contests drew 300 entries.": the marker word opening
                // a sentence of the story (a lower-case word follows it), not a label over a caption.
                if (hit.Rule == Marker && features.EndsSentence && OpensSentenceWithMarkerWord(text))
                {
                    return Verdict.None;
                }

                // "Picture of health secretary kissing aide leaks": a weak opener as the page's first line is its headline.
                if (hit.Rule == Opener && hit.Score < 0.85f && context.Index == 0)
                {
                    return Verdict.None;
                }

                // "A generic image of a bank was used in early reports, police said.": a sentence that reports speech is
                // the story's, about a picture; a picture's description never attributes itself.
                if (hit.Rule == Opener && features.EndsSentence && features.Has(WordClass.Reporting))
                {
                    return Verdict.None;
                }

                return Verdict.From(hit.Rule, hit.Score);
            }

            // "Stare (Symbolbild)", "Bomberos en el lugar (foto de archivo)": a short line closed by a bracketed label of
            // the picture's kind (an archive, illustrative or stock picture). A headline's media tag ("(FOTO)") names no
            // kind and stays.
            if (features.Words <= 25 && features.Length <= 300 && EndsWithBracket(text) &&
                _pictureLabels.TryMatch(context, out PhraseHit label))
            {
                return Verdict.From(label.Rule, label.Score);
            }

            // "Elezioni regionali, foto d'archivio": a short caption closed by the picture's kind after a comma.
            if (features.Words <= 10 && features.Length <= 120 && !features.EndsSentence && EndsWithCommaLabel(text) &&
                _pictureLabels.TryMatch(context, out PhraseHit commaLabel))
            {
                return Verdict.From(commaLabel.Rule, commaLabel.Score);
            }

            // "Credit...Doug Mills/The New York Times": a credit label closed by an ellipsis instead of a colon.
            if (features.Words <= 12 && StartsWithEllipsisCreditLabel(text))
            {
                return Verdict.From(Credit, 0.85f);
            }

            // "… with a shot to the... (Associated Press)": a caption cut off by the page, then its credit.
            if (features.Length <= 800 && features.Last is ')' or ']' && EndsWithTruncatedCredit(text))
            {
                return Verdict.From(Uncredited, 0.9f);
            }

            // "White House Photo, Lawrence Jackson …": an organisation's photo credit opening the line.
            // (See also "Jane Doe, Special to The Chronicle" below, which has no picture word.)
            if (features.Length <= 400 && StartsWithOrganisationPhotoCredit(text))
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }

            // "Photos: The rise and fall of … Hide Caption 1 of 23": a gallery scraped into one line.
            if (features.Length > 400 && text.Contains("hide caption", StringComparison.OrdinalIgnoreCase))
            {
                // "… HIDE CAPTION SHOW CAPTION of SEE ALL BACK TO SLIDE A Florida police officer went above …": the
                // gallery's controls followed by the article's own paragraph is a mixed line, body by what follows.
                return Verdict.From(Marker, EndsWithProseAfterGallery(text) ? 0.5f : 0.9f);
            }

            int marker = features.Length <= 2000 ? CreditMarkerPosition(text) : -1;
            if (marker >= 0 && !IsInDateline(text, marker))
            {
                // A short line that is only a credit, or a caption that carries one. A credit sits at the end of a
                // caption (or at its start, before the description); a sentence that merely names an agency
                // ("Getty Images said it would appeal") is prose.
                if (features.Words <= 8 && (!features.EndsSentence || features.Stopwords <= 2))
                {
                    return Verdict.From(Credit, 0.9f);
                }

                // "… recommend it (Photo: Jane Doe/Getty Images)Don't miss a visit to the museum …": a caption glued to a
                // paragraph of the story, which goes on after the credit's bracket as a whole sentence. Any real
                // sentence of the article makes the line body.
                if (HasProseAfterBracketedCredit(text, marker))
                {
                    return Verdict.From(CreditedCaption, 0.5f);
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
                // A dated line with no sentence end before the agency ("… north of Gaza City on July 31, 2014 (AFP)")
                // credits a picture; undated ("…, the statement said (Reuters)") it is a live blog's wire paragraph.
                bool sentence = FeatureExtractor.EndsSentence(text[..text.LastIndexOfAny('(', '[')].TrimEnd());
                bool prose = bareAgency && features.StopwordDensity >= 0.2f && sentence;
                bool datedCaption = !sentence && features.CalendarWords > 0 && features.NumericWords > 0;
                return Verdict.From(CreditedCaption, prose ? 0.5f : bareAgency && !datedCaption ? 0.75f : 0.85f);
            }

            // "… the fossil site. Photograph: Jane Doe/PA": a credit label in the last words of the line.
            if (features.Length <= 600 && HasTrailingCreditLabel(text))
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }

            // "… pour la fin de soirée. Photo Sipa / Jason WEINGART", "… to deliver”. Photo / NZME": the label without its
            // colon after the caption's last sentence, then a credit with a slash or in capitals.
            if (features.Words >= 5 && features.Length <= 600 && PictureShapes.EndsWithBareCreditLabel(text))
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }

            // "Bildergalerie von TSV Algesdorf II – TSV Hagenburg (21 Bilder):": a gallery's title and its size.
            if (features.NumericWords >= 1 && features.Length <= 160 && !features.EndsSentence &&
                PictureShapes.EndsWithBracketedPictureCount(text))
            {
                return Verdict.From(Marker, 0.85f);
            }

            // "Photo / 123RF", "Imagen | ayto-sanjuan": a picture label and its credit parted by a slash or a bar.
            // "courtesy Kevin Todora": a courtesy credit without "of".
            if (features.Words <= 7 && features.Length <= 80 && !features.EndsSentence &&
                (PictureShapes.IsSeparatedCredit(text) || PictureShapes.IsCourtesyName(text)))
            {
                return Verdict.From(Credit, 0.85f);
            }

            // "Click to Gallery", "[Click on photos below to enlarge.]": a call to click through to the picture.
            if (features.Words <= 8 && features.Length <= 80 && PictureShapes.IsClickToPicture(text))
            {
                return Verdict.From(Marker, 0.85f);
            }

            // "… at Medicine Hat Regional Hospital.--NEWS PHOTO GILLIAN SLADE", "… on Main Street. STAFF PHOTO BY JANE DOE":
            // a newspaper's credit in capitals closing a caption.
            if (features.Words >= 6 && features.Length <= 600 && features.UpperCaseWords >= 2 && EndsWithCapitalsPhotoCredit(text))
            {
                return Verdict.From(CreditedCaption, 0.85f);
            }
        }

        // "… Kim Doe reports for the News at 5 on Saturday. (Published Saturday, Aug. 11, 2018)": a video's blurb with
        // its publication stamp.
        if (features.Last == ')' && features.Length is >= 60 and <= 600 && features.CalendarWords > 0 && EndsWithPublishedStamp(text))
        {
            return Verdict.From(Shape, 0.85f);
        }

        // "A view shows the damaged building …", "… , a general view shows …": a picture desk's template for a caption,
        // at the start of the line or after the caption's place and occasion.
        if (features.Has(WordClass.CaptionVerb) && features.Length <= 400 && ViewCaptionSearch.ContainsAny(context.Normalized))
        {
            return Verdict.From(Opener, 0.85f);
        }

        // "… à Suèvres (Loir-et-Cher). (MAXPPP)": a picture agency's name in brackets closing the line (its name is no
        // picture word, so the credited-caption rules above never saw it).
        if (features.Last is ')' or ']' && features.Words >= 3 && features.Length <= 400 && EndsWithBracketedPhotoAgency(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "Mayor Jane Doe, shown here in 2014, took office in 1959. She died Saturday. Herald-Leader File": a caption
        // pointing at its picture, closed by the outlet's archive credit. The archive credit alone is a weak claim.
        if (!features.EndsSentence && features.Words >= 6 && features.Length <= 600 && EndsWithFileCredit(text))
        {
            return Verdict.From(Uncredited, PointsAtPicture(context.Normalized) ? 0.85f : 0.55f);
        }

        // "Rep. Mike Coffman. (Denver Post file)", "Dan Gunderson | MPR News file": an outlet's archive credit, in brackets
        // closing a caption or after a bar.
        if (features.Last is 'e' or 'E' or ')' && features.Words is >= 2 and <= 60 && features.Length <= 400 && !features.Has(LineMarks.Quote) &&
            EndsWithArchiveCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "… after trains broke down. — TODAY pic", "… en Jarilla, Cáceres - Gustavo Valiente - Europa Press": a credit
        // after a spaced dash closing a caption.
        if (features.Words >= 6 && features.Length <= 400 && !features.Has(LineMarks.Quote) && PictureShapes.EndsWithDashCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "… on the sidelines of the summit. Twitter/@PIB_India": a caption credited to a social account.
        if (features.Has(LineMarks.At) && features.Length <= 400 && EndsWithAccountCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "… near the tram in Utrecht, March 18, 2019. RICARDO SMIT, EPA-EFE", "… at the scene. Peter Dejong, AP": a
        // caption closed, after its last sentence, by the photographer's name and the agency.
        if (features.Has(WordClass.Picture) && features.Words >= 6 && features.Length <= 400 && EndsWithNameAgencyCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "Foto de Juan Pérez", "Foto di Mario Rossi", "Foto van Jan de Vries": "photo by" and a name, alone on the line.
        // "Foto de la manifestación" goes on in lower case.
        if (features.Words is >= 3 and <= 6 && !features.EndsSentence && features.Has(WordClass.Picture) && IsPhotoByName(text))
        {
            return Verdict.From(Credit, 0.85f);
        }

        // "Jane Doe via Example News: Reuters", "John Roe via Storyful / AP": a photographer's name, the source the picture
        // came through and the agency, alone on the line. "Flights via Dubai resume" names no agency.
        if (features.Words is >= 4 and <= 9 && !features.EndsSentence && features.Has(WordClass.Picture) &&
            features.CapitalizedWords >= features.Words - 1 && IsNameViaAgency(text))
        {
            return Verdict.From(Credit, 0.8f);
        }

        // "Aaron Dobson AP", "Jane Doe Reuters": a photographer's name and an agency, alone on the line.
        if (features.Words is >= 3 and <= 4 && !features.EndsSentence && features.Stopwords == 0 &&
            features.CapitalizedWords >= features.Words - 1 && features.Has(WordClass.Picture) && EndsWithAgency(text))
        {
            return Verdict.From(Credit, 0.8f);
        }

        // "Jane Doe (2nd L) and John Roe (R) sit with …", "Jane Doe, right, and John Roe, left, congratulate …".
        if (features.Length <= 600 && features.CapitalizedWords >= 2 && (features.Has(LineMarks.Parenthesis) || features.Words >= 4) &&
            features.Has(WordClass.Position) && !BodyShapes.IsLabelledListEntry(text, features))
        {
            float position = PositionScore(text, features);
            if (position > 0f)
            {
                return Verdict.From(Position, position);
            }
        }

        // "Shortly after the rocket struck in Kiryat Gat, July 31 2014 (Matan Shimonov)": a caption closed by a bracketed
        // name instead of an agency. Alone the shape is a weak claim (it is decisive with a date, or when the caption
        // appears twice: see the context pass).
        if (features.Last == ')' && features.Length is >= 40 and <= 300 && !features.Has(LineMarks.Quote) &&
            EndsWithNameCredit(text))
        {
            bool dated = features.CalendarWords > 0 && features.NumericWords > 0;
            return Verdict.From(Uncredited, dated ? 0.75f : 0.5f);
        }

        // "Broward Sheriff's Office Stephen Johnson lost his job … Stephen Johnson lost his job …": a caption and its
        // alternative text scraped into one line, the same words twice.
        // A paragraph quoting the same words twice is prose: quotes and long lines stay.
        if (features.Length is >= 100 and <= 400 && !features.Has(LineMarks.Quote) && RepeatsItself(text))
        {
            return Verdict.From(Uncredited, 0.85f);
        }

        // "The Bolton News: The Order of Service from the funeralThe Order of Service from the funeral": a caption and its
        // copy (alternative text) glued into one line behind the outlet's name, as one publisher's many titles print it.
        if (features.Length is >= 24 and <= 600 && features.Words >= 4 && !features.Has(LineMarks.Quote) && IsGluedTwin(text))
        {
            return Verdict.From(Uncredited, 0.85f);
        }

        // "RCMP. (Phil McLachlan - Black Press Media)": a caption closed by the photographer's name and the outlet in
        // brackets, parted by a spaced dash.
        if (features.Last == ')' && features.Words is >= 4 and <= 60 && features.Length <= 400 && EndsWithBracketedDashCredit(text))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "A cooing dove with its mouth closed. (Tobias Riede/Midwestern University)": a caption ending in a
        // "(Name/Outlet)" credit, whatever its words.
        if (features.Has(LineMarks.Slash) && features.Has(LineMarks.Parenthesis | LineMarks.Bracket) && features.Length <= 400 &&
            features.Last is ')' or ']' && EndsWithBracketedCredit(text, out bool agency) && !agency &&
            !BodyShapes.IsWireParagraph(text, features))
        {
            return Verdict.From(CreditedCaption, 0.85f);
        }

        // "… tras empotrarse un camión en Granada. :: g. c.", "… en el puerto. :: EFE": a credit after a double colon closing
        // a caption, as a family of Spanish regional papers prints it.
        if (features.FirstColon >= 0 && features.Words >= 5 && features.Length <= 400 && EndsWithDoubleColonCredit(text))
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
            features.CapitalizedWords * 10 >= features.Words * 7 && IsNameSlashOutlet(text) &&
            !BodyShapes.IsNamesWithOffice(text, features) && !(!features.Has(WordClass.Picture) && HasFactLabel(text)))
        {
            return Verdict.From(Credit, 0.8f);
        }

        // "Jane Doe, Special to The Chronicle", "Jane Doe / Special to the Example Times": a contributor's credit.
        if (features.Words <= 10 && !features.EndsSentence && features.CapitalizedWords >= 3 && IsSpecialToCredit(context.Normalized))
        {
            return Verdict.From(Credit, 0.8f);
        }

        // "1 of 6. The Occupy Los Angeles encampment…": a gallery counter opening the caption.
        if (features.NumericWords >= 2 && StartsWithGalleryCounter(text))
        {
            return Verdict.From(Marker, 0.85f);
        }

        // "12 photos", "View 12 photos", "View Gallery (12 photos)", "12 Bilder": a gallery's size on its link.
        if (features.NumericWords == 1 && features.Words <= 5 && !features.EndsSentence && features.Has(WordClass.Picture) &&
            IsGallerySize(text))
        {
            return Verdict.From(Marker, 0.8f);
        }

        // "1 of 12", "3/10", "Photo 3 of 10": gallery counters.
        if (features.Words <= 4 && features.NumericWords >= 2 && features.Length <= 20 && IsGalleryCounter(text))
        {
            return Verdict.From(Marker, 0.8f);
        }

        // "Gov. Jane Doe speaks at a press conference at the Capitol in Sacramento, Sept. 16, 2019. The order requires …":
        // a picture desk's caption whose first sentence describes the picture (a caption verb early) and closes with the
        // place and the full date after a comma ("…, on Friday, April 13, 2018."), then the story's context in a
        // sentence or two. Prose says "spoke" and puts a date after "on", without the comma.
        if (features.Has(WordClass.CaptionVerb) && features.CalendarWords > 0 && features.NumericWords > 0 &&
            features.Length is >= 60 and <= 1200 && OpensWithDatedDescription(text))
        {
            return Verdict.From(Shape, 0.85f);
        }

        // (A post quoted in the story describes its picture too: "MPD shows photo of … pic.twitter.com/wuTZcL5dJa".)
        if (features.Has(WordClass.CaptionVerb) && !features.EndsSentence && features.Length is >= 60 and <= 300 &&
            features.CalendarWords > 0 && features.NumericWords > 0 && HasCaptionVerbEarly(text) && !PostLinks.IsPostText(text))
        {
            return Verdict.From(Shape, 0.7f);
        }

        // "… in Washington, Thursday, Feb. 16, 2017.", "… in Tel Aviv, July 31, 2014": a place, then the full date after a
        // comma closing the line, as picture desks write it; prose puts "on" before a date. With a picture verb early in
        // the line ("speaks", "waves") it is decisive.
        if (features.CalendarWords > 0 && features.NumericWords > 0 && features.Length is >= 30 and <= 400 && EndsWithCommaDate(text) &&
            !BodyShapes.IsDatedTitle(features) && !BodyShapes.DatesARelativeDay(text))
        {
            return Verdict.From(Shape, features.Has(WordClass.CaptionVerb) && HasCaptionVerbEarly(text) ? 0.85f : 0.7f);
        }

        return Verdict.None;
    }

    /// <summary>
    /// Whether the line closes with an outlet's archive credit: "(Denver Post file)", "(Jane Doe/AP, Pool, file)" (a
    /// bracket of six words at most opening with a capital and ending with "file"), or "Jane Doe | MPR News file" (a
    /// line of eight words at most, a bar, and capitalised words ending with "file"). A file of some format ("(PDF
    /// file)", "(audio file)") is a link's label.
    /// </summary>
    private static bool EndsWithArchiveCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" .");
        if (trimmed.Length > 0 && trimmed[^1] == ')')
        {
            int open = trimmed.LastIndexOf('(');
            if (open < 0 || trimmed.Length - open > 60)
            {
                return false;
            }

            ReadOnlySpan<char> inside = trimmed[(open + 1)..^1].Trim();
            return inside.Length > 5 && char.IsUpper(inside[0]) && inside.Count(' ') <= 5 && EndsWithFileWord(inside);
        }

        int bar = trimmed.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || trimmed.Count(' ') > 8 || trimmed[(bar + 3)..].IndexOf('|') >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> outlet = trimmed[(bar + 3)..];
        return outlet.Length > 5 && char.IsUpper(outlet[0]) && char.IsUpper(trimmed[0]) && EndsWithFileWord(outlet);
    }

    /// <summary>Whether the credit's last word is "file" and the word before it names no file format.</summary>
    private static bool EndsWithFileWord(ReadOnlySpan<char> credit)
    {
        if (!credit.EndsWith("file", StringComparison.OrdinalIgnoreCase) || credit.Length < 6 || credit[^5] is not (' ' or ','))
        {
            return false;
        }

        ReadOnlySpan<char> before = credit[..^5].TrimEnd(" ,");
        int space = before.LastIndexOfAny(' ', '/', ',');
        ReadOnlySpan<char> word = before[(space + 1)..];
        return !word.IsEmpty && !SpanWords.IsOneOf(word, FileFormats);
    }

    private static readonly string[] FileFormats =
        ["pdf", "zip", "csv", "excel", "word", "text", "audio", "video", "data", "log", "mp3", "mp4", "json", "xml", "doc", "docx",
         "txt", "ppt", "image", "sound", "media", "sample", "source", "the", "a", "this", "that", "your", "our", "their"];

    /// <summary>
    /// Whether the line closes with "(First Last - Outlet Name)": two or three capitalised words, a spaced dash, one to four
    /// capitalised words naming an outlet ("Press", "Media", "News", …). "(New York - Los Angeles)" names no outlet.
    /// </summary>
    private static bool EndsWithBracketedDashCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" .");
        int open = trimmed.LastIndexOf('(');
        if (open < 0 || trimmed.Length - open > 70)
        {
            return false;
        }

        ReadOnlySpan<char> inside = trimmed[(open + 1)..^1];
        int dash = inside.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0)
        {
            dash = inside.IndexOf(" – ", StringComparison.Ordinal);
        }

        if (dash <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> name = inside[..dash].Trim();
        ReadOnlySpan<char> outlet = inside[(dash + 3)..].Trim();
        int nameSpaces = name.Count(' ');
        int outletSpaces = outlet.Count(' ');
        if (nameSpaces is < 1 or > 2 || outletSpaces > 3 || !SpanWords.AreAllCapitalised(name) || !SpanWords.AreAllCapitalised(outlet))
        {
            return false;
        }

        foreach (ReadOnlySpan<char> word in new SpanParts(outlet, " "))
        {
            if (SpanWords.IsOneOf(word, OutletWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OutletWords =
        ["Press", "Media", "News", "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Star", "Telegraph", "Courier",
         "Chronicle", "Examiner", "Images", "Photo", "Photos", "Pictures", "Agency", "Zeitung", "Nachrichten", "Presse",
         "Prensa", "Stampa", "Imprensa", "Krant", "Dagblad"];

    private static bool IsMapLink(ReadOnlySpan<char> normalized) =>
        normalized is "view larger map" or "view large map" or "größere karte anzeigen" or "afficher une carte plus grande" or
            "agrandir le plan" or "ver mapa más grande" or "ver mapa ampliado" or "visualizza mappa ingrandita" or
            "ingrandisci la mappa" or "ver mapa maior" or "ver mapa ampliado" or "grotere kaart weergeven" or "bekijk grotere kaart";

    /// <summary>
    /// Whether the credit at <paramref name="marker"/> sits in brackets with a caption of five words or more before them
    /// and, after them, a sentence of prose (eight words or more, five of them in lower case, ending like a sentence):
    /// "… recommend it (Photo: Jane Doe/Getty Images)Don't miss a visit to the Museum of Bourgeois Art and be sure to …".
    /// A credit opening the line ("(Photo: Jane Doe/AP) Protesters march …") has no caption before it and is left alone.
    /// </summary>
    private static bool HasProseAfterBracketedCredit(ReadOnlySpan<char> text, int marker)
    {
        int open = text[..marker].LastIndexOfAny('(', '[');
        if (open <= 0 || marker - open > 60 || text[open..marker].IndexOfAny(')', ']') >= 0)
        {
            return false;
        }

        int close = text[marker..].IndexOfAny(')', ']');
        if (close < 0)
        {
            return false;
        }

        ReadOnlySpan<char> tail = text[(marker + close + 1)..].Trim();
        if (tail.Length < 40 || !FeatureExtractor.EndsSentence(tail) || CountWords(text[..open], out _) < 5)
        {
            return false;
        }

        return CountWords(tail, out int lower) >= 8 && lower >= 5;
    }

    /// <summary>The number of space-separated words of <paramref name="text"/>, and how many of them open in lower case.</summary>
    private static int CountWords(ReadOnlySpan<char> text, out int lowerCase)
    {
        int words = 0;
        lowerCase = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                words++;
                if (char.IsLower(text[i]))
                {
                    lowerCase++;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Whether the marker sits in a wire dateline's brackets, closed by a dash that opens the story:
    /// "UTRECHT, Netherlands, March 18, 2019 (BSS/AFP) – Dutch police on Monday arrested …".
    /// </summary>
    private static bool IsInDateline(ReadOnlySpan<char> text, int marker)
    {
        int open = text[..marker].LastIndexOf('(');
        if (open < 0 || marker - open > 40 || text[open..marker].Contains(')'))
        {
            return false;
        }

        int close = text[marker..].IndexOf(')');
        if (close < 0 || close > 40)
        {
            return false;
        }

        ReadOnlySpan<char> after = text[(marker + close + 1)..].TrimStart();
        return after.Length > 20 && after[0] is '–' or '—' or '-';
    }

    /// <summary>"Gallery owners said …": a lone marker word ("Gallery", "Caption") followed by a lower-case word.</summary>
    private static bool OpensSentenceWithMarkerWord(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0 || space + 1 >= text.Length || !char.IsLower(text[space + 1]))
        {
            return false;
        }

        ReadOnlySpan<char> first = text[..space];
        return first.Equals("Gallery", StringComparison.OrdinalIgnoreCase) || first.Equals("Caption", StringComparison.OrdinalIgnoreCase) ||
               first.Equals("Slideshow", StringComparison.OrdinalIgnoreCase) || first.Equals("Galerie", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Credit...Doug Mills", "Photo… AP": a credit label followed at once by an ellipsis, then a capital.</summary>
    private static bool StartsWithEllipsisCreditLabel(ReadOnlySpan<char> text)
    {
        foreach (string label in EllipsisCreditLabels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                ReadOnlySpan<char> rest = text[label.Length..];
                rest = rest.StartsWith("...", StringComparison.Ordinal) ? rest[3..] : rest.StartsWith("…", StringComparison.Ordinal) ? rest[1..] : [];
                rest = rest.TrimStart(' ');
                return rest.Length > 1 && char.IsUpper(rest[0]);
            }
        }

        return false;
    }

    private static readonly string[] EllipsisCreditLabels = ["Credit", "Photo", "Image", "Foto", "Bild", "Crédit", "Crédito"];

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
            // "Jane Doe/Reuters" and "Jane Doe / Reuters" alike.
            int before = slash;
            while (before > 0 && text[before - 1] == ' ')
            {
                before--;
            }

            int after = slash + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            // A spaced slash is a credit only as "Name / Agency" at either end of the line ("Jane Doe / Reuters A ski
            // lift …"); elsewhere it joins names ("a Reuters / Ipsos poll").
            bool spaced = before < slash || after > slash + 1;
            bool credit = spaced
                ? (slash <= 48 || text.Length - slash <= 48) && IsAgency(WordAfter(text, after))
                : IsAgency(WordBefore(text, before)) || IsAgency(WordAfter(text, after));
            if (credit)
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

        // Every label ends with a colon or a copyright sign or is "… by": one search rules most lines out before the labels are looked for.
        if (tail.IndexOf(':') < 0 && tail.IndexOf('©') < 0 && tail.IndexOf(" by", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

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

    /// <summary>
    /// Whether the line closes with "PHOTO" in capitals after a dash or a word in capitals ("--NEWS PHOTO", "— STAFF
    /// PHOTO"), then nothing or two to four words in capitals (the photographer's name, "BY" allowed), with lower-case
    /// text (the caption) before it.
    /// </summary>
    private static bool EndsWithCapitalsPhotoCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(". ");
        int tailStart = Math.Max(0, trimmed.Length - 70);
        int at = trimmed[tailStart..].LastIndexOf("PHOTO", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        at += tailStart;
        int end = at + "PHOTO".Length;
        if (end < trimmed.Length && trimmed[end] == 'S')
        {
            end++;
        }

        if (end < trimmed.Length && trimmed[end] != ' ')
        {
            return false;
        }

        // What follows: up to four words in capitals.
        // A name has two words or more ("GILLIAN SLADE", "BY JANE DOE"); "NEWS PHOTO CONTEST" is a heading.
        ReadOnlySpan<char> credit = trimmed[end..].Trim();
        int spaces = credit.Count(' ');
        if (!IsAllUpper(credit) || spaces > 3 || credit.Length > 0 && spaces == 0)
        {
            return false;
        }

        // What precedes: a dash, or a word in capitals ("NEWS", "STAFF", "HERALD") after the caption.
        ReadOnlySpan<char> before = trimmed[..at].TrimEnd();
        if (before.IsEmpty)
        {
            return false;
        }

        int start;
        if (before[^1] is '-' or '—' or '–')
        {
            start = before.TrimEnd("-—– ").Length;
        }
        else
        {
            ReadOnlySpan<char> word = WordBefore(before, before.Length);
            if (word.Length < 2 || !IsAllUpper(word))
            {
                return false;
            }

            start = before.Length - word.Length;
        }

        return HasLowerCaseWord(trimmed[..start]);
    }

    /// <summary>
    /// Whether the line closes with " :: " and a short credit (four words at most, 30 characters, no sentence of its own)
    /// after a caption that has lower-case words.
    /// </summary>
    private static bool EndsWithDoubleColonCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        int at = trimmed.LastIndexOf(" :: ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> credit = trimmed[(at + 4)..].Trim();
        // "Inicio :: Noticias :: Granada" is a breadcrumb: one double colon only.
        return credit.Length is >= 2 and <= 30 && credit.Count(' ') <= 3 && !credit.Contains("::", StringComparison.Ordinal) &&
               !trimmed[..at].Contains("::", StringComparison.Ordinal) && HasLowerCaseWord(trimmed[..at]);
    }

    private static bool EndsWithBracketedPhotoAgency(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(". ");
        char open = trimmed[^1] == ')' ? '(' : '[';
        int start = trimmed.LastIndexOf(open);
        return start > 0 && trimmed.Length - start <= 24 && SpanWords.IsOneOf(trimmed[(start + 1)..^1].Trim(), PhotoAgencies);
    }

    /// <summary>Picture agencies (no wire service among them: "(AFP)" also closes a wire paragraph).</summary>
    private static readonly string[] PhotoAgencies =
    [
        "MAXPPP", "SIPA", "ABACA", "ABACAPRESS", "Bestimage", "Icon Sport", "Panoramic", "imago", "imago images", "picture alliance",
        "Alamy", "ZUMA", "ZUMA Wire", "Shutterstock", "iStock", "Hans Lucas", "Cordon Press", "Gtres", "LaPresse", "Hollandse Hoogte",
        "Sportpix", "Pressefoto", "Leemage",
    ];

    private static readonly string[] TrailingCreditLabels =
        ["Photograph:", "Photo:", "Photos:", "Image:", "Picture:", "Credit:", "Foto:", "Fotos:", "Bild:", "Imagen:", "Imagem:", "Beeld:",
         "Fotografía:", "Fotografia:", "Crédito:", "Créditos:", "Immagine:", "Afbeelding:", "Illustration:", "Photo by", "Photograph by",
         "Supplied:", "Photographer:", "Fotograf:", "Photographe :", "Photographe:", "Fotógrafo:", "Fotografo:", "Fotograaf:",
         "Image ©", "Photo ©", "Picture ©", "Foto ©", "Bild ©", "Imagen ©", "Immagine ©", "Imagem ©"];

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
               !inner.Contains("://", StringComparison.Ordinal) && inner.IndexOfAny('.', '!', '?') < 0 &&
               LettersAroundSlash(inner, slash) && HasNameOrAgencyBeforeSlash(inner, slash);
    }

    /// <summary>
    /// Whether letters stand on both sides of the slash (spaces aside): "Kwan/Bloomberg", "Doe / AP"; not a fraction or
    /// a code ("1/3 of the replies", "[M1 / MP]").
    /// </summary>
    private static bool LettersAroundSlash(ReadOnlySpan<char> inner, int slash)
    {
        ReadOnlySpan<char> before = inner[..slash].TrimEnd();
        ReadOnlySpan<char> after = inner[(slash + 1)..].TrimStart();
        return before.Length > 0 && after.Length > 0 && char.IsLetter(before[^1]) && char.IsLetter(after[0]);
    }

    /// <summary>
    /// Whether the credit before the first slash names a photographer (two words or more: "Anthony Kwan"), an agency or
    /// an acronym ("AFP/Getty Images", "NASA/JPL"), or whether a later part does ("HelloGiggles / HBO / iStock"). Two
    /// single words joined by a slash are a heading or a menu ("Introductions/Shout-Outs", "Add-ons / Web Extensions").
    /// </summary>
    private static bool HasNameOrAgencyBeforeSlash(ReadOnlySpan<char> inner, int slash)
    {
        ReadOnlySpan<char> first = inner[..slash].Trim();
        bool acronym = false;
        bool named = first.IndexOf(' ') > 0;
        ReadOnlySpan<char> rest = inner;
        while (!rest.IsEmpty)
        {
            int next = rest.IndexOf('/');
            ReadOnlySpan<char> name = (next < 0 ? rest : rest[..next]).Trim();
            rest = next < 0 ? [] : rest[(next + 1)..];
            if (IsAgency(name) || IsCreditWord(name) || name.Contains("Getty", StringComparison.OrdinalIgnoreCase) ||
                name.Contains("stock", StringComparison.OrdinalIgnoreCase) || name.Contains("Images", StringComparison.Ordinal))
            {
                return true;
            }

            acronym |= IsAcronym(name);
        }

        // Acronyms alone are codes ("[MP / MP3]"); a credit names someone or something in words ("NASA/JPL-Caltech").
        // "JANE DOE/STAFF" passes by its source word above.
        return (named || acronym) && HasLowerCaseWord(inner);
    }

    /// <summary>A word that names where a picture came from rather than who took it ("Screenshot/Twitter", "Jane Doe/Staff").</summary>
    private static bool IsCreditWord(ReadOnlySpan<char> name) => SpanWords.IsOneOf(name, CreditWords);

    private static readonly string[] CreditWords =
        ["Screenshot", "Handout", "Courtesy", "Staff", "Pool", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok"];

    /// <summary>Whether a word of the text has two lower-case letters in a row ("Doe", "Caltech", "iStock").</summary>
    private static bool HasLowerCaseWord(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLower(text[i]) && char.IsLower(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two to six capital letters (digits and '&amp;' allowed after the first): "HBO", "NASA", "AP", "AT&amp;T".</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '&')
            {
                return false;
            }
        }

        return true;
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

        // "Incidente a Pozzuoli, muore 16enne (FOTO)", "Crews battle brush fire (photos)": a headline's media tag names
        // no one; a credit names its source ("(Photo: Jane Doe)", "(foto di Mario Rossi)").
        if (IsBareMediaTag(inside))
        {
            return false;
        }
        // "… à Suèvres (Loir-et-Cher). (MAXPPP)": an agency that sells only pictures credits one, whatever precedes it.
        if (SpanWords.IsOneOf(inside, PhotoAgencies))
        {
            bareAgency = false;
            return true;
        }

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

    /// <summary>
    /// How surely the line is a caption placing people in the picture, or 0. A bracketed marker must follow a name
    /// ("Doe (L)"); "(R)" and "(C)" alone are read as a party or a copyright sign, so they only count beside a stronger
    /// marker. The comma form ("Doe, left,") needs two markers: a lone ", right," is prose often enough.
    /// </summary>
    private static float PositionScore(ReadOnlySpan<char> text, in LineFeatures features)
    {
        int strong = 0;
        int weak = 0;
        int comma = 0;
        int from = 0;
        while (from < text.Length)
        {
            int at = PositionMarkerSearch.IndexOfAny(text[from..]);
            if (at < 0)
            {
                break;
            }

            at += from;
            from = at + 1;
            char first = text[at];
            if (first == '(')
            {
                if (!FollowsCapitalizedWord(text, at))
                {
                    continue;
                }

                int close = text[at..].IndexOf(')');
                ReadOnlySpan<char> marker = close < 0 ? text[at..] : text[at..(at + close + 1)];
                if (marker.Equals("(R)", StringComparison.OrdinalIgnoreCase) || marker.Equals("(R.)", StringComparison.OrdinalIgnoreCase) ||
                    marker.Equals("(C)", StringComparison.OrdinalIgnoreCase))
                {
                    weak++;
                }
                else
                {
                    strong++;
                }
            }
            else if (first == ',')
            {
                if (FollowsCapitalizedWord(text, at))
                {
                    comma++;
                }
            }
            else if (at <= 40 && (at == 0 || text[at - 1] is ' ' or '(' or '.' or ','))
            {
                strong++; // "From left: …", "v.l.n.r. …" opening the caption
            }
        }

        // "TEAM: Palmisano, Bomben 20, Tassan 4, Busato 2, …, Bassanello (l). Allenatore: …": a sports report's line-up,
        // players and their points or numbers, where "(l)" is the libero and "(c)" the captain.
        if (features.NumericWords >= 3 && text.Count(',') >= 5)
        {
            return 0f;
        }

        if (strong > 0 || comma >= 2)
        {
            return 0.85f;
        }

        return weak >= 2 && features.Has(WordClass.CaptionVerb) ? 0.75f : 0f;
    }

    /// <summary>Whether the word just before <paramref name="at"/> (spaces skipped) starts with a capital: a name.</summary>
    private static bool FollowsCapitalizedWord(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        ReadOnlySpan<char> word = WordBefore(text, end);
        return word.Length >= 2 && char.IsUpper(word[0]);
    }

    /// <summary>"… to the... (Associated Press)": an ellipsis, then a bracketed agency or credit closing the line.</summary>
    private static bool EndsWithTruncatedCredit(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(". ");
        int open = trimmed.LastIndexOfAny('(', '[');
        if (open < 8 || trimmed.Length - open > 60)
        {
            return false;
        }

        ReadOnlySpan<char> before = trimmed[..open].TrimEnd();
        if (!before.EndsWith("...", StringComparison.Ordinal) && !before.EndsWith("…", StringComparison.Ordinal))
        {
            return false;
        }

        return EndsWithBracketedCredit(trimmed[open..], out bool agency) || agency;
    }

    /// <summary>"White House Photo, Lawrence Jackson": up to four capitalised words, then "Photo" and a separator.</summary>
    private static bool StartsWithOrganisationPhotoCredit(ReadOnlySpan<char> text)
    {
        int words = 0;
        int i = 0;
        while (i < text.Length && words <= 4)
        {
            int start = i;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = text[start..i];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            if (words >= 1 && word is "Photo" or "Photos" or "Photograph" or "Image" or "Foto" or "Bild" or "Photography")
            {
                ReadOnlySpan<char> rest = text[i..].TrimStart(' ');
                return rest.Length > 3 && rest[0] is ',' or '/' or ':' or '|' && char.IsUpper(rest[1..].TrimStart(' ')[0]);
            }

            words++;
            if (i >= text.Length || text[i] != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// "… in Rome (Jane Doe)", "… chicken (Compassion Over Killing)": a line that is not a sentence closing with two to
    /// four capitalised words in brackets: a photographer or a source, not an acronym, an agency or a party.
    /// </summary>
    private static bool EndsWithNameCredit(ReadOnlySpan<char> text)
    {
        int open = text.LastIndexOf('(');
        if (open < 20)
        {
            return false;
        }

        ReadOnlySpan<char> inside = text[(open + 1)..^1].Trim();
        ReadOnlySpan<char> before = text[..open].TrimEnd();
        if (inside.Length is < 5 or > 48 || before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';' or ',' ||
            FeatureExtractor.EndsSentence(before))
        {
            return false;
        }

        int words = 0;
        int start = 0;
        for (int i = 0; i <= inside.Length; i++)
        {
            if (i < inside.Length && inside[i] != ' ')
            {
                char c = inside[i];
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '.' or '’'))
                {
                    return false;
                }

                continue;
            }

            ReadOnlySpan<char> word = inside[start..i];
            start = i + 1;
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            bool connector = word is "of" or "de" or "van" or "von" or "da" or "di" or "del" or "for" or "the" or "and";
            if (!connector && (!char.IsUpper(word[0]) || (word.Length > 1 && IsAllUpper(word) && words == 1 && i == inside.Length)))
            {
                return false;
            }
        }

        return words is >= 2 and <= 5;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a later sentence of the line repeats, for at least 48 characters, words that already appeared earlier in
    /// it: a caption scraped together with its copy (alternative text, a gallery's repeat).
    /// </summary>
    private static bool RepeatsItself(ReadOnlySpan<char> text)
    {
        const int Probe = 48;
        int from = 40;
        while (from < text.Length - Probe)
        {
            int dot = text[from..].IndexOfAny('.', '?', '!');
            if (dot < 0)
            {
                return false;
            }

            int start = from + dot + 1;
            while (start < text.Length && text[start] is ' ' or '"' or '“' or '-' or '–' or '—')
            {
                start++;
            }

            if (start + Probe > text.Length)
            {
                return false;
            }

            if (start > from + dot + 1 && char.IsUpper(text[start]))
            {
                int earlier = text[..(start - 1)].IndexOf(text.Slice(start, Probe), StringComparison.Ordinal);
                if (earlier >= 0 && (earlier == 0 || !TextNormalizer.IsWordChar(text[earlier - 1])))
                {
                    return true;
                }
            }

            from = start;
        }

        return false;
    }

    /// <summary>
    /// Whether the line is the outlet's name and a colon ("The Bolton News: "), then one text twice, glued or parted by a
    /// space: each copy of two words or more and twelve characters or more, one sentence at most. The same text twice
    /// without the outlet's label is as often a headline twice (a link's text and its title, a page comparing two
    /// versions of an article) and stays; a paragraph scraped twice runs to several sentences, and stays.
    /// </summary>
    private static bool IsGluedTwin(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> line = text.Trim();
        int colon = line.Length > 40 ? line[..40].IndexOf(": ", StringComparison.Ordinal) : -1;
        if (colon <= 0 || !IsCapitalisedName(line[..colon]))
        {
            return false;
        }

        return IsTwice(line[(colon + 2)..].TrimStart());
    }

    /// <summary>Whether every word of a short label opens with a capital ("The Bolton News", "Echo").</summary>
    private static bool IsCapitalisedName(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Count(' ') > 4)
        {
            return false;
        }

        for (int i = 0; i < label.Length; i++)
        {
            if ((i == 0 || label[i - 1] == ' ') && !char.IsUpper(label[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTwice(ReadOnlySpan<char> line)
    {
        int half = line.Length / 2;
        ReadOnlySpan<char> first;
        ReadOnlySpan<char> second;
        if (line.Length % 2 == 0 && line[half - 1] != ' ')
        {
            first = line[..half];
            second = line[half..];
        }
        else if (line.Length % 2 == 1 && line[half] == ' ')
        {
            first = line[..half];
            second = line[(half + 1)..];
        }
        else
        {
            return false;
        }

        if (first.Length < 12 || first.IndexOf(' ') < 0 || !char.IsUpper(second[0]) || !first.SequenceEqual(second))
        {
            return false;
        }

        // One sentence at most: no stop followed by a space and a capital inside a copy.
        for (int k = 0; k + 2 < first.Length; k++)
        {
            if (first[k] is '.' or '!' or '?' && first[k + 1] == ' ' && char.IsUpper(first[k + 2]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Januar", "Februar",
        "März", "Mai", "Juni", "Juli", "Oktober", "Dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno",
        "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
        "outubro", "dezembro", "januari", "februari", "maart", "mei", "augustus",
    ];

    /// <summary>
    /// Whether the line ends (before a final full stop or bracketed credit) with a comma and a full date with a year:
    /// ", Thursday, Feb. 16, 2017", ", July 31,2014", ", 31 July 2014", ", 31. Juli 2014".
    /// </summary>
    private static bool EndsWithCommaDate(ReadOnlySpan<char> text) => EndsWithCommaDate(text, afterOn: false);

    /// <summary>
    /// Whether the line's first sentence (up to 400 characters) ends with a comma and a full date with a year, and holds a
    /// caption verb in its first ten words: "A man rides his scooter …, in Khaldeh, Lebanon, Thursday, Nov. 14, 2019.
    /// Protesters have been …". With a weekday the date may follow "on" ("…, B.C., on Friday, April 13, 2018.").
    /// </summary>
    private static bool OpensWithDatedDescription(ReadOnlySpan<char> text)
    {
        int limit = Math.Min(text.Length - 2, 400);
        for (int i = 20; i < limit; i++)
        {
            if (text[i] != '.' || text[i + 1] != ' ' || !char.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }

            ReadOnlySpan<char> sentence = text[..(i + 1)];
            if (!char.IsUpper(text[i + 2]) || HasSentenceEndBeforeDate(sentence))
            {
                return false;
            }

            // "…, 14. November 2019. Die Proteste …": a German day's full stop is no sentence end; look further.
            if (EndsWithCommaDate(sentence, afterOn: true))
            {
                return HasCaptionVerbEarly(sentence);
            }
        }

        return false;
    }

    /// <summary>
    /// ". " between a lower-case letter and a capital inside the sentence, unless the word before it is a short
    /// capitalised abbreviation ("Gov. Gavin Newsom", "Sen. Jane Doe", "St. Louis").
    /// </summary>
    private static bool HasSentenceEndBeforeDate(ReadOnlySpan<char> sentence)
    {
        for (int i = 1; i + 2 < sentence.Length; i++)
        {
            if (sentence[i] is '.' or '!' or '?' && sentence[i + 1] == ' ' && char.IsLower(sentence[i - 1]) && char.IsUpper(sentence[i + 2]))
            {
                ReadOnlySpan<char> word = WordBefore(sentence, i);
                if (sentence[i] != '.' || word.Length > 4 || !char.IsUpper(word[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EndsWithCommaDate(ReadOnlySpan<char> text, bool afterOn)
    {
        ReadOnlySpan<char> rest = text.TrimEnd();
        if (rest.Length > 0 && rest[^1] is ')' or ']')
        {
            int open = rest.LastIndexOfAny('(', '[');
            if (open <= 0)
            {
                return false;
            }

            rest = rest[..open].TrimEnd();
        }

        rest = rest.TrimEnd('.').TrimEnd();
        if (!TakeNumber(ref rest, 4, 4))
        {
            return false;
        }

        rest = rest.TrimEnd().TrimEnd(',').TrimEnd();
        if (afterOn)
        {
            TakeWord(ref rest, DateOf); // "14 de noviembre de 2019"
        }

        if (TakeNumber(ref rest, 1, 2))
        {
            // "Feb. 16, 2017": the month before the day.
            rest = rest.TrimEnd();
            if (!TakeMonth(ref rest))
            {
                return false;
            }
        }
        else
        {
            // "31 July 2014", "31. Juli 2014": the day before the month.
            if (!TakeMonth(ref rest))
            {
                return false;
            }

            if (afterOn)
            {
                TakeWord(ref rest, DateOf);
            }

            rest = rest.TrimEnd().TrimEnd('.');
            if (!TakeNumber(ref rest, 1, 2))
            {
                return false;
            }
        }

        rest = rest.TrimEnd();
        if (afterOn)
        {
            TakeWord(ref rest, DateOn); // ", le 14 novembre 2019", ", on April 13, 2018"
        }

        if (rest.Length == 0 || rest[^1] != ',')
        {
            return false;
        }

        // An optional weekday between the place and the date: "Washington, Thursday, Feb. 16".
        ReadOnlySpan<char> beforeComma = rest[..^1].TrimEnd();
        int space = beforeComma.LastIndexOf(' ');
        ReadOnlySpan<char> lastWord = space < 0 ? beforeComma : beforeComma[(space + 1)..];
        if (lastWord.EndsWith("day", StringComparison.Ordinal) && char.IsUpper(lastWord[0]))
        {
            beforeComma = beforeComma[..Math.Max(0, space)].TrimEnd();
            if (afterOn)
            {
                TakeWord(ref beforeComma, DateOn); // ", on Friday, April 13, 2018"
            }

            return beforeComma.Length > 0 && beforeComma[^1] == ',';
        }

        return beforeComma.Length > 0 && char.IsLetter(beforeComma[^1]);
    }

    /// <summary>The words for "on" before a date, in the seven languages: ", le 14 novembre", ", am 14. November".</summary>
    private static readonly string[] DateOn = ["on", "le", "am", "el", "il", "em", "op"];

    /// <summary>"de" between the parts of a Spanish or Portuguese date: "14 de noviembre de 2019".</summary>
    private static readonly string[] DateOf = ["de"];

    /// <summary>Drops the last word of <paramref name="rest"/> (and the spaces before it) when it is one of the words.</summary>
    private static void TakeWord(ref ReadOnlySpan<char> rest, string[] words)
    {
        ReadOnlySpan<char> trimmed = rest.TrimEnd();
        int space = trimmed.LastIndexOf(' ');
        if (space < 0)
        {
            return;
        }

        ReadOnlySpan<char> word = trimmed[(space + 1)..];
        foreach (string candidate in words)
        {
            if (word.Equals(candidate, StringComparison.Ordinal))
            {
                rest = trimmed[..space].TrimEnd();
                return;
            }
        }
    }

    private static bool TakeNumber(ref ReadOnlySpan<char> rest, int min, int max)
    {
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[rest.Length - 1 - digits]))
        {
            digits++;
        }

        if (digits < min || digits > max || (digits < rest.Length && char.IsLetter(rest[rest.Length - 1 - digits])))
        {
            return false;
        }

        rest = rest[..^digits];
        return true;
    }

    private static bool TakeMonth(ref ReadOnlySpan<char> rest)
    {
        ReadOnlySpan<char> trimmed = rest.TrimEnd('.');
        int start = trimmed.Length;
        while (start > 0 && char.IsLetter(trimmed[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> word = trimmed[start..];
        foreach (string month in MonthNames)
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                rest = trimmed[..start];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text after the last gallery control of the line ("back to slide", "show caption", "see all") is a
    /// long stretch of prose ending like a sentence, rather than a caption ending in a counter ("Hide Caption 23 of 23").
    /// </summary>
    private static bool EndsWithProseAfterGallery(ReadOnlySpan<char> text)
    {
        int last = -1;
        foreach (string control in GalleryControls)
        {
            int at = text.LastIndexOf(control, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                last = Math.Max(last, at + control.Length);
            }
        }

        return last >= 0 && text.Length - last >= 200 && FeatureExtractor.EndsSentence(text);
    }

    private static readonly string[] GalleryControls = ["back to slide", "show caption", "see all", "discover more like this"];

    /// <summary>"… (Published Saturday, Aug. 11, 2018)", "… (Updated 3:12 PM)": a bracketed stamp closing a long line.</summary>
    private static bool EndsWithPublishedStamp(ReadOnlySpan<char> text)
    {
        int open = text.LastIndexOf('(');
        if (open < 40 || text.Length - open > 60)
        {
            return false;
        }

        ReadOnlySpan<char> inside = text[(open + 1)..];
        return inside.StartsWith("Published ", StringComparison.Ordinal) || inside.StartsWith("Updated ", StringComparison.Ordinal) ||
               inside.StartsWith("Posted ", StringComparison.Ordinal);
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

    /// <summary>
    /// Whether a bracket holds only media words ("FOTO", "photos", "Foto e video", "VIDEO/FOTO"): a tag that a headline
    /// or a teaser carries for its gallery or clip, with no name of a source in it.
    /// </summary>
    private static bool IsBareMediaTag(ReadOnlySpan<char> inside)
    {
        bool any = false;
        int i = 0;
        while (i < inside.Length)
        {
            if (!char.IsLetter(inside[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < inside.Length && char.IsLetter(inside[i]))
            {
                i++;
            }

            if (!SpanWords.IsOneOf(inside[start..i], MediaTagWords))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static readonly string[] MediaTagWords =
    [
        "photo", "photos", "foto", "fotos", "image", "images", "picture", "pictures", "video", "videos", "vídeo", "vídeos",
        "fotogallery", "gallery", "and", "e", "y", "und", "et", "en",
    ];

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

    /// <summary>A name, then "special to" and an outlet: "jane doe special to the chronicle".</summary>
    private static bool IsSpecialToCredit(ReadOnlySpan<char> normalized)
    {
        int at = normalized.IndexOf(" special to ", StringComparison.Ordinal);
        return at > 0 && normalized.Length - at > 14;
    }

    /// <summary>One count and picture words, with at most one "view", "see", "all" or "open": "View 12 photos".</summary>
    private static bool IsGallerySize(ReadOnlySpan<char> text)
    {
        int pictures = 0;
        int verbs = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.IsNumber)
            {
                continue;
            }

            if (word.Is(WordClass.Picture))
            {
                pictures++;
            }
            else if (word.Text is "view" or "View" or "VIEW" or "see" or "See" or "all" or "All" or "open" or "Open" or "s")
            {
                verbs++;
            }
            else
            {
                return false;
            }
        }

        return pictures >= 1 && verbs <= 2;
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
