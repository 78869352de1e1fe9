using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Cleaner.Robustness;

/// <summary>
/// Material for realistic inputs: the lines of the seed articles in <c>seeds/</c>, residue-looking lines of every
/// family, and hostile fragments. Shared by the robustness tests and the fuzz harness (linked source).
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string[]> s_seedLines = new(LoadSeedLines);

    /// <summary>Residue-looking lines: what scrapers leave around an article, one or more per residue family.</summary>
    public static IReadOnlyList<string> ResidueLines { get; } =
    [
        "Read more", "Read more:", "READ MORE", "Read More »", "Continue reading the main story", "Story continues below",
        "Advertisement", "ADVERTISEMENT", "Sponsored", "Paid content",
        "Comments", "Comments (3)", "Leave a reply", "Read our comment policy before posting", "Join the conversation",
        "Share this article", "Share", "Facebook Twitter Email", "Click to share on Facebook", "Follow us on Twitter",
        "Sign up for our newsletter", "Get our politics newsletter in your inbox", "Already a subscriber? Log in", "Subscribe",
        "Photo: Jane Doe/AP", "Image caption", "Hide caption", "Getty Images", "Shutterstock", "Photo 3 of 10", "(Photo: Reuters)",
        "Posted: Sep 10, 2018 10:31 AM", "Published", "Saturday, 23 February 2019", "Updated 3 hours ago", "10:31 AM ET",
        "Now playing", "Duration: 2:15", "Watch the video", "Feels Like: 28°", "Hi: 31° Lo: 27°", "Broken Clouds",
        "Home › News › World", "Skip to content", "News | Sport | Weather", "Next article", "Latest Headlines",
        "More stories", "More Top Stories", "You may also like", "Other news", "Related: Trump meets Kim",
        "Terms of Use | Privacy Policy | Contact Us", "© 2019 Example Media. All rights reserved.", "All rights reserved",
        "Page not found", "By Jane Doe, CNN", "By JANE DOE, Associated Press", "Copyright 2019 The Associated Press.",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ];

    /// <summary>Short body-looking lines that are easily mistaken for residue (subheadings, datelines, quotes).</summary>
    public static IReadOnlyList<string> AmbiguousLines { get; } =
    [
        "The decision", "What happens next", "WASHINGTON —", "Update:", "Why it matters", "“No.”", "1.", "—", "* * *",
        "Follow the money.", "Read: the statement in full.", "See also the report.", "Source: the White House.",
    ];

    /// <summary>
    /// Body and residue lines in the other languages the lexicon knows: language detection runs per document, so a
    /// document mixing them (or losing its residue to cleaning) can change language between runs.
    /// </summary>
    public static IReadOnlyList<string> ForeignLines { get; } =
    [
        "Der Minister sagte am Dienstag, dass der Plan bis zum Ende des Jahres fertig sein werde.",
        "Die Regierung hat die Vorwürfe zurückgewiesen und eine Untersuchung angekündigt.",
        "Weiterlesen", "Mehr zum Thema", "Kommentare", "Anzeige",
        "Le ministre a déclaré mardi que le plan serait prêt d'ici la fin de l'année.",
        "Les autorités ont ouvert une enquête sur les circonstances de l'accident.",
        "Lire la suite", "Partager cet article", "Publicité",
        "El ministro dijo el martes que el plan estaría listo antes de que termine el año.",
        "Leer más", "Compartir", "Publicidad",
        "Il ministro ha detto martedì che il piano sarà pronto entro la fine dell'anno.",
        "O ministro disse na terça-feira que o plano estará pronto até o fim do ano.",
        "De minister zei dinsdag dat het plan voor het einde van het jaar klaar zal zijn.",
        "Lees meer", "Leia mais", "Leggi anche",
    ];

    /// <summary>Fragments that make text hostile: controls, lone surrogates, marks, RTL, emoji, odd spaces and breaks.</summary>
    public static IReadOnlyList<string> HostileFragments { get; } =
    [
        "\0", "\u0001", "\u0007", "\u001B[0m", "\u007F", "\u0085", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u2029",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\u0301", "e\u0301\u0301\u0301\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u202E", "\u200F",
        "\u3000", "\u1680", "\uFFFD", "\uFFFF", "\uFFFE", "\t", "\v", "\f", "\r", "\n", "\r\n", "\n\r", " ", "   ",
        "|", "•", "©", "°", "@", "#", "://", "www.", "»", "›", ":", "«", "(", ")", "[", "]", "\"", "“", "/", "%", "$", "€",
    ];

    /// <summary>The non-blank lines of the seed articles in <c>seeds/</c>.</summary>
    public static IReadOnlyList<string> SeedLines => s_seedLines.Value;

    /// <summary>The text of each seed article.</summary>
    public static IReadOnlyList<string> SeedDocuments()
    {
        string directory = FindSeedDirectory();
        string[] files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var documents = new List<string>(files.Length);
        foreach (string file in files)
        {
            documents.Add(File.ReadAllText(file, Encoding.UTF8));
        }

        return documents;
    }

    /// <summary>The <c>seeds/</c> directory of the repository, found by walking up from the running assembly.</summary>
    public static string FindSeedDirectory()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Cleaner.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository's seeds/ directory above " + AppContext.BaseDirectory);
    }

    private static string[] LoadSeedLines()
    {
        var lines = new List<string>();
        foreach (string document in SeedDocuments())
        {
            foreach (string line in document.Split('\n'))
            {
                string trimmed = line.TrimEnd();
                if (trimmed.Length > 0)
                {
                    lines.Add(trimmed);
                }
            }
        }

        return [.. lines];
    }
}
