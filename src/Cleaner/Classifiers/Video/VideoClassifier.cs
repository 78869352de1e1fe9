using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Video;

/// <summary>
/// Video-player residue: player states ("Now playing", "Video player is loading", "Replay"), player controls, and
/// lines that are only a duration ("1:23", "Duration 2:15").
/// </summary>
public sealed class VideoClassifier : SegmentClassifier
{
    /// <summary>A player state or control.</summary>
    public static readonly ResidueRule Player = new("video.player", ResidueKind.Video,
        "Text of a video player: a state ('Now playing'), a control ('Replay') or a call to play.");

    /// <summary>A line that is only a duration.</summary>
    public static readonly ResidueRule Duration = new("video.duration", ResidueKind.Video,
        "A line that is only a video duration ('1:23', 'Duration 2:15').");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Player, PhraseMatch.Exact, 0.9f, 80,
            "video", "videos", "watch video", "watch the video", "watch", "play video", "play", "replay", "replay video",
            "now playing", "playing", "up next", "autoplay", "video player is loading", "loading", "loading video",
            "watch now", "watch live", "live video", "watch full episode", "watch full episodes", "full episode", "click to play",
            "tap to play", "press play", "skip ad", "video unavailable", "this video is not available", "embed", "share video",
            "mute", "unmute", "fullscreen", "exit fullscreen", "video ad feedback", "next video", "previous video",
            "must watch", "listen", "listen to this article", "listen to article", "audio", "podcast", "watch again",
            "play all", "watch more", "watch this video", "video transcript", "media playback is unsupported on your device",
            "video abspielen", "vidéo", "regarder la vidéo", "ver video", "ver vídeo", "guarda il video", "assista ao vídeo",
            "bekijk de video", "transcript", "show transcript", "hide transcript", "pause", "skip", "next slide",
            "previous slide", "watch full episodes", "more videos", "video settings", "captions", "closed captioning")
        // The player's queue and labels in the other languages ("Vidéo suivante dans 5 secondes", "Autres vidéos"), its
        // content rating ("Tous publics") and the share menu left in a scraped player ("… Up Next × SHARE COPY LINK").
        .Add(Player, PhraseMatch.Exact, 0.9f, 60, "coming up next", "vidéo suivante", "autres vidéos", "weitere videos",
            "nächstes video", "más videos", "siguiente video", "altri video", "prossimo video", "mais vídeos", "próximo vídeo",
            "meer video's", "volgende video", "tous publics", "ora in onda", "on air now", "jetzt live", "en vivo ahora",
            "ao vivo agora")
        .Add(Player, PhraseMatch.Prefix, 0.85f, 140, "vidéo suivante dans", "la vidéo suivante", "nächstes video in",
            "siguiente video en", "prossimo video tra", "próximo vídeo em", "volgende video over")
        .Add(Player, PhraseMatch.Contains, 0.85f, 400, "share copy link")
        // A pointer to the player above the text: "Ouça a nota … clicando no play acima", "Click play above to listen".
        .Add(Player, PhraseMatch.Contains, 0.85f, 240, "clicando no play", "clique no play", "click play above", "press play above",
            "hit play above", "click the play button above", "haga clic en play", "cliquez sur play")
        .Add(Player, PhraseMatch.Prefix, 0.85f, 600, "media playback is unsupported", "media playback is not supported",
            "embed more news videos", "copy this code to your website")
        .Add(Player, PhraseMatch.Contains, 0.85f, 600, "autoplay autoplay", "copy this code to your website",
            "media playback is unsupported")
        .Add(Player, PhraseMatch.Prefix, 0.85f, 140,
            "video player is loading", "now playing", "the video will start in", "video will play in", "your video will begin",
            "this video is no longer available", "this video has been removed", "media playback is unsupported",
            "click to watch", "click here to watch", "watch the full video", "watch the latest video", "sorry this video",
            "we're sorry this video", "the video is loading", "up next", "autoplay next video", "next video in",
            "this video is unavailable", "video is unavailable", "an error occurred loading this video", "see latest videos",
            "an error occurred while loading", "please enable flash", "get the flash player", "get adobe flash player",
            "you need flash player", "you need to install flash", "adobe flash player is required", "flash player is required",
            "to watch this video", "to view this video", "your browser does not support the video", "watch more videos",
            "more videos from", "turn on closed captions", "video courtesy of", "video credit",
            "das video wird geladen", "la vidéo va commencer", "el video comenzará", "il video inizierà", "o vídeo vai começar",
            "de video begint")
        // Player failures and player chrome as embedded players (news sites' own, YouTube's) print them.
        .Add(Player, PhraseMatch.Prefix, 0.85f, 300,
            "sorry the video player failed to load", "we apologize but this video has failed to load",
            "try refreshing your browser or tap here to see other videos", "video will resume in", "the video will auto play",
            "the video will autoplay", "video loading video unavailable", "watch queue queue", "the next video is starting",
            "rating is available when the video has been rented", "this feature is not available right now",
            "the interactive transcript could not be loaded", "autoplay when autoplay is enabled", "when autoplay is enabled",
            "replay more videos", "close this video player", "thanks for watching visit", "skip in skip", "scroll down for video",
            "scroll down to watch", "sign in to add this video", "sign in to report inappropriate content",
            "sign in to make your opinion count", "want to watch this again later", "don't like this video", "like this video",
            "watch the video above", "watch the video below", "watch the full segment", "watch the segment below",
            "watch the segment above", "watch the clip above", "watch the clip below", "watch the full interview below",
            "watch the full interview above", "watch the full video below", "watch the full video above", "watch the report below",
            "watch the report above", "watch video above", "watch video below", "video above", "see the video below",
            "unable to load video", "the video could not be loaded", "video playback is not supported", "click to expand video", "this video is private", "video not available",
            "das video konnte nicht abgespielt werden", "la vidéo ne peut pas être lue", "no se puede reproducir el vídeo",
            "impossibile riprodurre il video", "não foi possível reproduzir o vídeo", "de video kan niet worden afgespeeld",
            "das video konnte nicht geladen werden", "la vidéo n'a pas pu être chargée", "no se pudo cargar el video")
        .Add(Player, PhraseMatch.Contains, 0.85f, 300, "video player failed to load", "this video has failed to load",
            "other videos from our team", "suggested video will automatically play")
        .Add(Player, PhraseMatch.Exact, 0.85f, 40, "just watched", "watch queue", "close video",
            "video will resume", "working", "thanks for watching", "video player", "media player",
            // Player and podcast-player controls.
            "listen to this story", "listen to the story", "listen to this episode", "download mp3", "download audio",
            "embed code", "copy embed code", "cancel autoplay", "autoplay on", "autoplay off", "pause play", "play pause",
            "zum video", "video starten", "audio starten", "zum audio", "lire la vidéo", "vidéo suivante", "reproducir vídeo",
            "reproducir video", "riproduci video", "reproduzir vídeo", "reproduzir video", "assistir vídeo", "assistir ao vídeo", "video afspelen", "volgende video",
            "nächstes video", "video siguiente", "siguiente vídeo", "prossimo video", "próximo vídeo",
            // "Listen to this article" buttons in the other languages.
            "artikel anhören", "artikel vorlesen", "artikel vorlesen lassen", "écouter cet article", "écouter l'article",
            "escuchar noticia", "escuchar artículo", "escuchar", "ascolta l'articolo", "ascolta", "ouvir matéria",
            "ouça esta matéria", "ouvir", "ouvir artigo", "ouvir notícia", "ouvir texto", "ouça o artigo", "luister naar dit artikel", "luister", "artikel hören", "ascolta questo articolo",
            "écouter", "ouça este conteúdo", "bekijk video", "video bekijken", "video ansehen", "voir la vidéo",
            "click to unmute", "tap to unmute", "autoplay on off", "watch the full episode", "watch full episode")
        // The player's countdowns before and during an ad: "Video will begin in 10 seconds", "Ad will close in 5 seconds".
        .Add(Player, PhraseMatch.Prefix, 0.85f, 80, "video will begin in", "the video will begin in", "ad will close in",
            "advertisement will close in", "ad will end in", "skip ad in", "your ad will end in")
        // Podcast players' links: "Listen on Apple Podcasts", "Subscribe on Spotify".
        .Add(Player, PhraseMatch.Prefix, 0.85f, 120, "listen on apple podcasts", "listen on spotify", "listen on google podcasts",
            "listen on stitcher", "subscribe on apple podcasts", "subscribe on spotify", "listen and subscribe",
            "subscribe to the podcast on")
        // "This video is no longer available" in the other languages.
        .Add(Player, PhraseMatch.Prefix, 0.85f, 120, "dieses video ist leider nicht mehr verfügbar",
            "dieses video ist nicht mehr verfügbar", "das video ist nicht mehr verfügbar", "cette vidéo n'est plus disponible",
            "la vidéo n'est plus disponible", "este vídeo ya no está disponible", "este video ya no está disponible",
            "el vídeo ya no está disponible", "il video non è più disponibile", "questo video non è più disponibile",
            "este vídeo não está mais disponível", "o vídeo não está mais disponível", "este vídeo já não está disponível",
            "deze video is niet meer beschikbaar", "de video is niet meer beschikbaar", "this video is no longer available")
        // "Video: The president speaks in Phoenix": a video's title under its label.
        .Add(Player, PhraseMatch.Label, 0.85f, 200, "video", "videos", "watch video", "video clip", "audio", "podcast", "vídeo",
            "vidéo", "vídeos", "vidéos",
            "related video", "featured video")
        .Build();

    /// <inheritdoc />
    public override string Name => "video";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Video;

    /// <inheritdoc />
    // Gate: the phrase sets, the first words of the player's buttons and credits, and clock times (durations).
    public override ClassifierTriggers Triggers => ClassifierTriggers.Always with
    {
        // Every check outside the phrase sets asks for a line that does not end like a sentence (transcript labels,
        // queue controls, credits, timers) or opens with one of these words.
        Gate = LineGate.Phrases with { FirstWords = "listen video watch close", Marks = LineMarks.ClockTime, NotSentence = true },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if ((features.Has(WordClass.Video) || features.Length <= 140) && _phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        // "Listen to this article 5 min", "Listen to this story · 4:12": the button with its length.
        if (features.Words <= 8 && !features.EndsSentence && (context.Normalized.StartsWith("listen to this article", StringComparison.Ordinal) ||
                                                              context.Normalized.StartsWith("listen to this story", StringComparison.Ordinal)))
        {
            return Verdict.From(Player, 0.85f);
        }

        // "Video by Jane Doe", "Video provided by Reuters", "Watch WXYZ Live": a player's credit or live link, not a sentence.
        if (features.Words <= 6 && !features.EndsSentence && IsVideoCreditOrLiveLink(context.Normalized))
        {
            return Verdict.From(Player, 0.85f);
        }

        // "Transcript for Virginia wins first NCAA title", "Speech to Text for City council passes budget": a TV station's
        // label over the transcript of the story's video, with the video's title. A sentence ("Transcript for the
        // hearing was released on Tuesday.") ends like one. As the page's first line it is the story's only headline, and
        // stays.
        if (context.Index > 0 && features.Words is >= 3 and <= 25 && !features.EndsSentence && StartsWithTranscriptLabel(context.Normalized))
        {
            return Verdict.From(Player, 0.85f);
        }

        // "Show 2 more videos", "Load more videos", "Trending video of the day:": a player's queue and its heading.
        if (features.Words <= 6 && !features.EndsSentence && IsQueueControl(context.Normalized))
        {
            return Verdict.From(Player, 0.85f);
        }

        // "CLOSE Authorities are trying to…": a video description under a player's upper-case close button.
        if (context.Text.Length > 7 && context.Text.StartsWith("CLOSE", StringComparison.Ordinal) && char.IsWhiteSpace(context.Text[5]) &&
            char.IsUpper(context.Text[6]) && features.Words >= 4)
        {
            return Verdict.From(Player, 0.85f);
        }

        // "0:00min", "3:45 min": a player's timer with its unit glued on.
        if (features.Has(LineMarks.ClockTime) && features.Length <= 12 && IsTimerWithUnit(context.Text))
        {
            return Verdict.From(Duration, 0.85f);
        }

        // "1:23", "01:02:03", "Duration: 2:15", "(2:15)", "2:15 min".
        if (features.Has(LineMarks.ClockTime) && features.Words <= 5 && features.Length <= 40 && !features.EndsSentence &&
            features.ClockWords == 0 && IsDurationLine(context.Text))
        {
            return Verdict.From(Duration, 0.85f);
        }

        return Verdict.None;
    }

    /// <summary>TV stations' labels over a video's transcript, followed by the video's title.</summary>
    private static readonly string[] TranscriptLabels =
    [
        "transcript for ", "speech to text for ", "video transcript for ", "transcript of ", "transkript zu ",
        "transkript für ", "transcription de ", "transcription pour ", "transcripción de ", "transcripción para ",
        "trascrizione di ", "trascrizione per ", "transcrição de ", "transcrição para ", "transcriptie van ", "transcript van ",
    ];

    private static bool StartsWithTranscriptLabel(ReadOnlySpan<char> normalized)
    {
        foreach (string label in TranscriptLabels)
        {
            if (normalized.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "show 2 more videos", "load more videos", "see more videos", "trending video of the day", "video des tages": a
    /// control that opens the player's queue (a verb, a count or none, "more videos"), or the heading of its pick of the
    /// day, in the seven languages.
    /// </summary>
    private static bool IsQueueControl(ReadOnlySpan<char> normalized)
    {
        if (normalized.EndsWith("more videos", StringComparison.Ordinal) || normalized.EndsWith("more video", StringComparison.Ordinal))
        {
            int space = normalized.IndexOf(' ');
            return space > 0 && SpanWords.IsOneOf(normalized[..space], QueueVerbs);
        }

        foreach (string heading in VideoOfTheDay)
        {
            if (normalized.EndsWith(heading, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return normalized is "mehr videos anzeigen" or "weitere videos anzeigen" or "afficher plus de vidéos" or
            "voir plus de vidéos" or "ver más videos" or "ver más vídeos" or "mostra altri video" or "carica altri video" or
            "ver mais vídeos" or "carregar mais vídeos" or "meer video's tonen" or "meer video's laden" or "toon meer video's";
    }

    private static readonly string[] QueueVerbs = ["show", "load", "see", "view", "watch", "display", "browse"];

    private static readonly string[] VideoOfTheDay =
    [
        "video of the day", "videos of the day", "video des tages", "vidéo du jour", "vídeo del día", "video del día",
        "video del giorno", "vídeo do dia", "video do dia", "video van de dag",
    ];

    private static bool IsVideoCreditOrLiveLink(ReadOnlySpan<char> normalized) =>
        normalized.StartsWith("video by ", StringComparison.Ordinal) || normalized.StartsWith("video provided by ", StringComparison.Ordinal) ||
        normalized.StartsWith("video report by ", StringComparison.Ordinal) || normalized.StartsWith("video reporting by ", StringComparison.Ordinal) ||
        normalized.StartsWith("video produced by ", StringComparison.Ordinal) || normalized.StartsWith("video edited by ", StringComparison.Ordinal) ||
        normalized.StartsWith("video shot by ", StringComparison.Ordinal) || normalized.StartsWith("vidéo réalisée par ", StringComparison.Ordinal) ||
        normalized.StartsWith("video courtesy ", StringComparison.Ordinal) || normalized.StartsWith("video credit ", StringComparison.Ordinal) ||
        (normalized.StartsWith("watch ", StringComparison.Ordinal) && normalized.EndsWith(" live", StringComparison.Ordinal));

    /// <summary>"0:00min", "12:05 min", "3:45sec": minutes, a colon, two digits of seconds and a unit, nothing else.</summary>
    private static bool IsTimerWithUnit(System.ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        if (colon is < 1 or > 2 || text[..colon].ContainsAnyExceptInRange('0', '9') || text.Length < colon + 3 ||
            text.Slice(colon + 1, 2).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        System.ReadOnlySpan<char> unit = text[(colon + 3)..].TrimStart();
        return unit is "min" or "mins" or "sec" or "secs" or "Min";
    }

    private static bool IsDurationLine(System.ReadOnlySpan<char> text)
    {
        int letterWords = 0;
        System.Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.IsNumber)
            {
                continue;
            }

            if (!word.Is(WordClass.Video) &&
                word.Text is not ("min" or "mins" or "sec" or "secs" or "Duration" or "duration" or "length" or "Length" or "Min"))
            {
                return false;
            }

            letterWords++;
        }

        return letterWords <= 2;
    }
}
