using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Cleaner;

/// <summary>Helpers for <see cref="ResidueKind"/>: names, parsing and the set of every residue kind.</summary>
public static class ResidueKinds
{
    /// <summary>Every residue kind (every <see cref="ResidueKind"/> except <see cref="ResidueKind.None"/>), in declaration order.</summary>
    public static IReadOnlyList<ResidueKind> All { get; } =
    [
        ResidueKind.Comments, ResidueKind.RelatedLinks, ResidueKind.Video, ResidueKind.Caption, ResidueKind.Social,
        ResidueKind.Subscription, ResidueKind.Advertisement, ResidueKind.Timestamp, ResidueKind.Widget,
        ResidueKind.Navigation, ResidueKind.Footer, ResidueKind.Notice, ResidueKind.Attribution,
    ];

    /// <summary>The number of values of <see cref="ResidueKind"/>, <see cref="ResidueKind.None"/> included.</summary>
    public const int Count = (int)ResidueKind.Attribution + 1;

    /// <summary>The stable, lower-case name of a kind as used in label files, JSON and the CLI ("related-links").</summary>
    public static string ToName(this ResidueKind kind) => kind switch
    {
        ResidueKind.None => "body",
        ResidueKind.Comments => "comments",
        ResidueKind.RelatedLinks => "related-links",
        ResidueKind.Video => "video",
        ResidueKind.Caption => "caption",
        ResidueKind.Social => "social",
        ResidueKind.Subscription => "subscription",
        ResidueKind.Advertisement => "advertisement",
        ResidueKind.Timestamp => "timestamp",
        ResidueKind.Widget => "widget",
        ResidueKind.Navigation => "navigation",
        ResidueKind.Footer => "footer",
        ResidueKind.Notice => "notice",
        ResidueKind.Attribution => "attribution",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown residue kind."),
    };

    /// <summary>
    /// Parses a kind from its stable name (<see cref="ToName"/>) or its enum name, ignoring case, hyphens and
    /// underscores ("related-links", "RelatedLinks", "related_links"). "body" parses to <see cref="ResidueKind.None"/>.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResidueKind kind)
    {
        kind = ResidueKind.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[32];
        int length = 0;
        foreach (char c in text.AsSpan().Trim())
        {
            if (c is '-' or '_' or ' ')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        ReadOnlySpan<char> key = buffer[..length];
        if (key.SequenceEqual("body") || key.SequenceEqual("none"))
        {
            return true;
        }

        foreach (ResidueKind candidate in All)
        {
            if (key.SequenceEqual(candidate.ToName().Replace("-", "", StringComparison.Ordinal)))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }
}
