using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Cleaner.Benchmarks;

/// <summary>
/// The baseline a user would write by hand: split into lines with <see cref="string.Split(string[], StringSplitOptions)"/>
/// and drop every line that matches one of ~20 residue regular expressions. Made as fast as such code reasonably
/// gets (compiled regexes, a plain loop, one <see cref="StringBuilder"/> sized to the input), so that the comparison is
/// not against a straw man. It is much less careful than Cleaner (no context, no scores, no languages, more false
/// positives), so it is a speed reference, not a quality one.
/// </summary>
public static class NaiveRegexCleaner
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The residue patterns, one per line family.</summary>
    public static readonly string[] Patterns =
    [
        @"^\s*(read|see) (more|also|full story)\b",
        @"^\s*(click|tap) here\b",
        @"^\s*watch\b|\bwatch (the )?video\b|^\s*video:",
        @"^\s*(advertisement|sponsored|ad|story continues below advertisement)\s*$",
        @"^\s*(posted|updated|published|last updated)( on| at)?\b",
        @"^\s*\d+\s+comments?\s*$|^\s*(comments?|leave a comment|add a comment|join the conversation)\b",
        @"^\s*(share|tweet|email|print)( this)?( article| story| on \w+)?\s*$",
        @"©|\(c\) \d{4}|\bcopyright\b",
        @"all rights reserved",
        @"^\s*(sign up|subscribe|register)\b",
        @"\bnewsletter\b",
        @"^\s*follow (us|me|@)",
        @"^\s*(related( articles| stories)?|recommended|more from|you may also like|trending( now)?|most popular)\b",
        @"^\s*(photo|image|picture)( credit)?\s*:|\b(getty images|ap photo|afp photo)\b",
        @"^\s*(skip to|back to top|home|menu|next|previous)\b",
        @"^\s*(tags|filed under|topics|categories)\s*:",
        @"\b(cookies?|privacy policy|terms of (use|service))\b",
        @"^\s*(loading|please enable javascript)",
        @"^\s*\d+\s+min(ute)?s?\s+read\s*$",
        @"\b(facebook|twitter|instagram|whatsapp|linkedin|pinterest)\b.*\b(facebook|twitter|instagram|whatsapp|linkedin|pinterest)\b",
        @"^\s*(this (article|story) (was|has been) (updated|corrected))",
    ];

    private static readonly Regex[] Regexes = Array.ConvertAll(Patterns, p => new Regex(p, Options));

    /// <summary>The same patterns as one alternation: what a user might try next.</summary>
    private static readonly Regex Combined = new(string.Join("|", Array.ConvertAll(Patterns, p => "(?:" + p + ")")), Options);

    private static readonly string[] Newlines = ["\r\n", "\n", "\r"];

    /// <summary>Drops every line matching any pattern, trims line ends, joins with '\n'.</summary>
    public static string Clean(string text)
    {
        string[] lines = text.Split(Newlines, StringSplitOptions.None);
        var output = new StringBuilder(text.Length);
        foreach (string line in lines)
        {
            if (!IsResidue(line))
            {
                output.Append(line.AsSpan().TrimEnd()).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>As <see cref="Clean"/>, with one combined regex per line instead of a list.</summary>
    public static string CleanCombined(string text)
    {
        string[] lines = text.Split(Newlines, StringSplitOptions.None);
        var output = new StringBuilder(text.Length);
        foreach (string line in lines)
        {
            if (!Combined.IsMatch(line))
            {
                output.Append(line.AsSpan().TrimEnd()).Append('\n');
            }
        }

        return output.ToString();
    }

    private static bool IsResidue(string line)
    {
        foreach (Regex regex in Regexes)
        {
            if (regex.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }
}
