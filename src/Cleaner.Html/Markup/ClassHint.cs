using System;

namespace Cleaner.Html;

/// <summary>
/// Residue families named by the <c>class</c> or <c>id</c> of a block or one of its ancestors ("share-bar",
/// "related-posts", "wp-caption"). Flags: a block can carry several.
/// </summary>
[Flags]
public enum ClassHint
{
    /// <summary>No hint.</summary>
    None = 0,

    /// <summary>"share", "social", "sharing".</summary>
    Social = 1 << 0,

    /// <summary>"related", "recommended", "more-stories".</summary>
    Related = 1 << 1,

    /// <summary>"comment", "comments", "disqus".</summary>
    Comments = 1 << 2,

    /// <summary>"newsletter", "subscribe", "subscription", "signup".</summary>
    Subscription = 1 << 3,

    /// <summary>"promo", "advert", "ad-slot", "sponsor".</summary>
    Advertisement = 1 << 4,

    /// <summary>"caption", "credit".</summary>
    Caption = 1 << 5,

    /// <summary>"byline", "author".</summary>
    Byline = 1 << 6,

    /// <summary>"breadcrumb", "breadcrumbs".</summary>
    Breadcrumb = 1 << 7,

    /// <summary>"tags", "tag-list", "keywords".</summary>
    Tags = 1 << 8,

    /// <summary>"kicker", "eyebrow", "overline", "upperdek", "supertitle": the section label above a headline.</summary>
    Kicker = 1 << 9,

    /// <summary>"toc", "table-of-contents": a table of contents.</summary>
    Contents = 1 << 10,

    /// <summary>"date", "dateline", "timestamp", "published", "posted", or a <c>time</c> element: a date line.</summary>
    Date = 1 << 11,

    /// <summary>"rating", "ratings": a product's score box.</summary>
    Rating = 1 << 12,
}
