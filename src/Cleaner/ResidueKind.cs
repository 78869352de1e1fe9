namespace Cleaner;

/// <summary>
/// The families of residue Cleaner recognises. A segment is either article body (<see cref="None"/>) or one of these.
/// </summary>
/// <remarks>
/// The names are a contract: they appear in explain output, JSON results, label files and user rule files.
/// Parse them with <see cref="ResidueKinds.TryParse(string, out ResidueKind)"/>.
/// </remarks>
public enum ResidueKind : byte
{
    /// <summary>Not residue: a line of the article.</summary>
    None = 0,

    /// <summary>Comment prompts, comment counts, comment policies and whole comment sections.</summary>
    Comments,

    /// <summary>Related, read-more, watch, listen and see-also links, and lists of other headlines.</summary>
    RelatedLinks,

    /// <summary>Video-player residue: "Now playing", durations, "Video player is loading".</summary>
    Video,

    /// <summary>Photo captions and image credits ("[AP Photo/…]", "Image copyright Getty Images").</summary>
    Caption,

    /// <summary>Share, follow and other social-network prompts.</summary>
    Social,

    /// <summary>Newsletter, subscription, sign-in, registration and paywall prompts.</summary>
    Subscription,

    /// <summary>Advertising markers: "Advertisement", "Story continues below", sponsored content.</summary>
    Advertisement,

    /// <summary>Page timestamps ("Posted:", "Updated:") and lone date lines.</summary>
    Timestamp,

    /// <summary>Widgets: weather, stock tickers, scores, and markup left as text ("wxIcon").</summary>
    Widget,

    /// <summary>Navigation, breadcrumbs, menus and pagination.</summary>
    Navigation,

    /// <summary>Footers: copyright, contact, terms and privacy lines.</summary>
    Footer,

    /// <summary>Error, archive, cookie, JavaScript and browser notices of the page rather than the article.</summary>
    Notice,

    /// <summary>Source and attribution lines ("Source: …", "Reporting by …", bylines). Labelled, but kept by default.</summary>
    Attribution,
}
