using System;
using System.Collections.Generic;
using System.Globalization;

namespace Cleaner.Html.Evaluation;

/// <summary>A bag of word tokens (lower-cased runs of letters and digits) with counts.</summary>
internal sealed class TokenBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public TokenBag(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                string token = text[start..i].ToLower(CultureInfo.InvariantCulture);
                _counts[token] = _counts.GetValueOrDefault(token) + 1;
                Count++;
            }
        }
    }

    public int Count { get; }

    /// <summary>The tokens both bags hold, each counted the fewer times it occurs in either.</summary>
    public int Overlap(TokenBag other)
    {
        int overlap = 0;
        foreach ((string token, int count) in _counts)
        {
            overlap += Math.Min(count, other._counts.GetValueOrDefault(token));
        }

        return overlap;
    }
}

/// <summary>Overlap counts of one extraction against the expected text; adds up over pages.</summary>
internal readonly record struct Score(long Overlap, long Candidate, long Expected)
{
    public static Score Of(string candidate, TokenBag expected)
    {
        var bag = new TokenBag(candidate);
        return new Score(bag.Overlap(expected), bag.Count, expected.Count);
    }

    public double Precision => Candidate == 0 ? (Expected == 0 ? 1 : 0) : (double)Overlap / Candidate;

    public double Recall => Expected == 0 ? 1 : (double)Overlap / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Overlap + b.Overlap, a.Candidate + b.Candidate, a.Expected + b.Expected);
}
