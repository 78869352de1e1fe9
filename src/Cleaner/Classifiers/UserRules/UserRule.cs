using System;
using System.Text.RegularExpressions;

namespace Cleaner;

/// <summary>
/// A rule given by the user: a phrase (matched as <see cref="PhraseMatch"/> says, ignoring case and punctuation) or a
/// regular expression, and the residue kind a matching line is. Build them with <see cref="ForPhrase"/> and
/// <see cref="ForPattern"/>; add them with <see cref="CleanerPipelineBuilder.AddRule(UserRule)"/>.
/// </summary>
/// <remarks>
/// Patterns run with <see cref="RegexOptions.NonBacktracking"/>, so a rule can never make cleaning time explode; the
/// price is that backreferences and lookarounds are not supported (the constructor then throws).
/// </remarks>
public sealed class UserRule
{
    private UserRule(string id, ResidueKind kind, string? phrase, PhraseMatch match, Regex? pattern, float score)
    {
        if (kind == ResidueKind.None)
        {
            throw new ArgumentException("A user rule must name a residue kind, not body.", nameof(kind));
        }

        if (score is <= 0f or > 1f || float.IsNaN(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is greater than 0 and at most 1.");
        }

        Rule = new ResidueRule(id, kind, phrase is not null ? $"User phrase ({match}): \"{phrase}\"." : $"User pattern: /{pattern}/.");
        Phrase = phrase;
        Match = match;
        Pattern = pattern;
        Score = score;
    }

    /// <summary>The rule reported when this user rule removes a line.</summary>
    public ResidueRule Rule { get; }

    /// <summary>The phrase, or <see langword="null"/> for a pattern rule.</summary>
    public string? Phrase { get; }

    /// <summary>How the phrase must sit in the line.</summary>
    public PhraseMatch Match { get; }

    /// <summary>The pattern, or <see langword="null"/> for a phrase rule.</summary>
    public Regex? Pattern { get; }

    /// <summary>The score a match gets (default 0.95: above every preset's threshold).</summary>
    public float Score { get; }

    /// <summary>A phrase rule: lines where <paramref name="phrase"/> sits as <paramref name="match"/> says are <paramref name="kind"/>.</summary>
    public static UserRule ForPhrase(string phrase, ResidueKind kind, PhraseMatch match = PhraseMatch.Exact, float score = 0.95f)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        if (Text.TextNormalizer.Normalize(phrase).Length == 0)
        {
            throw new ArgumentException("The phrase has no letters or digits to match.", nameof(phrase));
        }

        return new UserRule($"user.{kind.ToName()}.phrase", kind, phrase, match, null, score);
    }

    /// <summary>
    /// A pattern rule: lines (trimmed) in which <paramref name="pattern"/> finds a match are <paramref name="kind"/>.
    /// The pattern is compiled case-insensitive, culture-invariant and non-backtracking.
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is invalid or uses a construct the non-backtracking engine lacks.</exception>
    public static UserRule ForPattern(string pattern, ResidueKind kind, float score = 0.95f)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }
        catch (NotSupportedException ex)
        {
            throw new ArgumentException($"The pattern uses a construct that non-backtracking matching does not support: {ex.Message}", nameof(pattern), ex);
        }

        return new UserRule($"user.{kind.ToName()}.pattern", kind, null, PhraseMatch.Contains, regex, score);
    }
}
