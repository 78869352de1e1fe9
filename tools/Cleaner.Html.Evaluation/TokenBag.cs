using System;
using System.Collections.Generic;
using System.Globalization;

namespace Cleaner.Html.Evaluation;

/// <summary>A bag of word tokens (lower-cased runs of letters and digits) with counts.</summary>
internal sealed class TokenBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private TokenBag(Dictionary<string, int> counts, int count)
    {
        _counts = counts;
        Count = count;
    }

    public TokenBag(string text)
    {
        foreach (string token in Tokens(text))
        {
            _counts[token] = _counts.GetValueOrDefault(token) + 1;
            Count++;
        }
    }

    /// <summary>The tokens of <paramref name="text"/> in order: runs of letters and digits, lower-cased.</summary>
    public static IEnumerable<string> Tokens(string text)
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
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
            }
        }
    }

    public int Count { get; }

    /// <summary>The distinct tokens with their counts.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counts => _counts;

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

    /// <summary>This bag without the tokens <paramref name="other"/> holds (each removed as often as it occurs there).</summary>
    public TokenBag Minus(TokenBag other)
    {
        var counts = new Dictionary<string, int>(_counts.Count, StringComparer.Ordinal);
        int total = 0;
        foreach ((string token, int count) in _counts)
        {
            int left = count - Math.Min(count, other._counts.GetValueOrDefault(token));
            if (left > 0)
            {
                counts[token] = left;
                total += left;
            }
        }

        return new TokenBag(counts, total);
    }

    /// <summary>
    /// The text's tokens joined by single spaces, with a space before and after ("␠the bridge␠"), so that containment of
    /// one normalised text in another respects word boundaries.
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2);
        builder.Append(' ');
        foreach (string token in Tokens(text))
        {
            builder.Append(token).Append(' ');
        }

        return builder.ToString();
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

    /// <summary>
    /// Scores <paramref name="candidate"/> against <paramref name="expected"/>, where the tokens of
    /// <paramref name="neutral"/> (text that may be kept or removed, such as bylines) count neither way: candidate tokens
    /// not matched by the expected text but matched by the neutral text are left out of the candidate count.
    /// </summary>
    public static Score Of(string candidate, TokenBag expected, TokenBag neutral)
    {
        var bag = new TokenBag(candidate);
        int overlap = bag.Overlap(expected);
        int neutralMatched = bag.Minus(expected).Overlap(neutral);
        return new Score(overlap, bag.Count - neutralMatched, expected.Count);
    }

    public double Precision => Candidate == 0 ? (Expected == 0 ? 1 : 0) : (double)Overlap / Candidate;

    public double Recall => Expected == 0 ? 1 : (double)Overlap / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Overlap + b.Overlap, a.Candidate + b.Candidate, a.Expected + b.Expected);
}
