using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Cleaner.Text;

namespace Cleaner.Classification;

/// <summary>One phrase of a <see cref="PhraseSet"/>: what it claims when it matches.</summary>
/// <param name="Rule">The rule reported on a match.</param>
/// <param name="Score">The score reported on a match.</param>
/// <param name="MaxLength">The longest line (trimmed) the phrase may match; longer lines are passed over.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct PhraseHit(ResidueRule Rule, float Score, int MaxLength);

/// <summary>
/// An immutable set of phrases matched against a line's normalised text (see <see cref="TextNormalizer"/>) in the
/// ways of <see cref="PhraseMatch"/>. Exact, prefix and label look-ups are hash look-ups at word boundaries of the
/// line's head, so their cost does not grow with the number of phrases.
/// </summary>
internal sealed class PhraseSet
{
    /// <summary>Labels longer than this (before the colon) are not looked up.</summary>
    public const int MaxLabelLength = 48;

    private readonly SpanKeyedTable<PhraseHit> _exact;
    private readonly SpanKeyedTable<PhraseHit> _prefix;
    private readonly SpanKeyedTable<PhraseHit> _label;
    private readonly SpanKeyedTable<PhraseHit> _suffix;
    private readonly (string Phrase, PhraseHit Hit)[] _contains;
    private readonly MultiStringSearch? _containsAnchors;

    public PhraseSet(IEnumerable<(string Phrase, PhraseMatch Match, PhraseHit Hit)> phrases)
    {
        var exact = new List<KeyValuePair<string, PhraseHit>>();
        var prefix = new List<KeyValuePair<string, PhraseHit>>();
        var label = new List<KeyValuePair<string, PhraseHit>>();
        var suffix = new List<KeyValuePair<string, PhraseHit>>();
        var contains = new List<(string, PhraseHit)>();
        foreach ((string phrase, PhraseMatch match, PhraseHit hit) in phrases)
        {
            string key = TextNormalizer.Normalize(phrase);
            if (key.Length == 0)
            {
                continue;
            }

            var entry = new KeyValuePair<string, PhraseHit>(key, hit);
            switch (match)
            {
                case PhraseMatch.Exact: exact.Add(entry); break;
                case PhraseMatch.Prefix: prefix.Add(entry); break;
                case PhraseMatch.Label: label.Add(entry); break;
                case PhraseMatch.Suffix: suffix.Add(entry); break;
                default: contains.Add((" " + key + " ", hit)); break;
            }
        }

        static PhraseHit Stronger(PhraseHit a, PhraseHit b) => b.Score > a.Score ? b : a;
        _exact = new SpanKeyedTable<PhraseHit>(exact, Stronger);
        _prefix = new SpanKeyedTable<PhraseHit>(prefix, Stronger);
        _label = new SpanKeyedTable<PhraseHit>(label, Stronger);
        _suffix = new SpanKeyedTable<PhraseHit>(suffix, Stronger);
        _contains = contains.ToArray();

        // Each contains-phrase is anchored by its longest word: only a line whose raw text has one of the anchors is
        // normalised and searched, so most lines cost one vectorised scan.
        var anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string phrase, _) in _contains)
        {
            string longest = "";
            foreach (string word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > longest.Length)
                {
                    longest = word;
                }
            }

            anchors.Add(longest);
        }

        _containsAnchors = anchors.Count > 0 ? new MultiStringSearch([.. anchors]) : null;
    }

    /// <summary>Whether the set holds no phrase.</summary>
    public bool IsEmpty => _exact.Count + _prefix.Count + _label.Count + _suffix.Count + _contains.Length == 0;

    /// <summary>Finds the strongest phrase of the set that matches the line; returns whether one did.</summary>
    public bool TryMatch(in SegmentContext context, out PhraseHit hit)
    {
        hit = default;
        bool found = false;
        ReadOnlySpan<char> normalized = context.Normalized;
        int length = context.Features.Length;

        if (context.NormalizedIsComplete && _exact.TryGetValue(normalized, out PhraseHit exact) && length <= exact.MaxLength)
        {
            hit = exact;
            found = true;
        }

        if (_prefix.Count > 0)
        {
            int limit = Math.Min(normalized.Length, _prefix.MaxKeyLength);
            for (int i = 1; i <= limit; i++)
            {
                if ((i == normalized.Length || normalized[i] == ' ') &&
                    _prefix.TryGetValue(normalized[..i], out PhraseHit candidate) &&
                    length <= candidate.MaxLength && (!found || candidate.Score > hit.Score))
                {
                    hit = candidate;
                    found = true;
                }
            }
        }

        int colon = context.Features.FirstColon;
        if (_label.Count > 0 && colon > 0 && colon <= MaxLabelLength)
        {
            Span<char> buffer = stackalloc char[MaxLabelLength];
            int written = TextNormalizer.Normalize(context.Text[..colon], buffer, out _);
            if (_label.TryGetValue(buffer[..written], out PhraseHit candidate) && length <= candidate.MaxLength &&
                (!found || candidate.Score > hit.Score))
            {
                hit = candidate;
                found = true;
            }
        }

        if (_suffix.Count > 0)
        {
            found |= MatchSuffix(context, ref hit, found);
        }

        if (_contains.Length > 0)
        {
            found |= MatchContains(context, ref hit, found);
        }

        return found;
    }

    private bool MatchSuffix(in SegmentContext context, ref PhraseHit hit, bool found)
    {
        const int TailLength = 64;
        ReadOnlySpan<char> text = context.Text;
        ReadOnlySpan<char> tail = text.Length > TailLength ? text[^TailLength..] : text;
        Span<char> buffer = stackalloc char[TailLength];
        int written = TextNormalizer.Normalize(tail, buffer, out _);
        ReadOnlySpan<char> normalized = buffer[..written];
        bool matched = false;
        int limit = Math.Min(normalized.Length, _suffix.MaxKeyLength);
        for (int i = 1; i <= limit; i++)
        {
            int start = normalized.Length - i;
            if ((start == 0 || normalized[start - 1] == ' ') &&
                _suffix.TryGetValue(normalized[start..], out PhraseHit candidate) &&
                context.Features.Length <= candidate.MaxLength && (!found || candidate.Score > hit.Score))
            {
                hit = candidate;
                found = matched = true;
            }
        }

        return matched;
    }

    private bool MatchContains(in SegmentContext context, ref PhraseHit hit, bool found)
    {
        int length = context.Features.Length;
        const int MaxContains = 1024;
        if (length > MaxContains || _containsAnchors is null || !_containsAnchors.ContainsAny(context.Text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxContains + 2];
        buffer[0] = ' ';
        int written = TextNormalizer.Normalize(context.Text, buffer[1..^1], out _);
        buffer[written + 1] = ' ';
        ReadOnlySpan<char> padded = buffer[..(written + 2)];
        bool matched = false;
        foreach ((string phrase, PhraseHit candidate) in _contains)
        {
            if (length <= candidate.MaxLength && (!found || candidate.Score > hit.Score) &&
                padded.IndexOf(phrase.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                hit = candidate;
                found = matched = true;
            }
        }

        return matched;
    }
}
