using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cleaner.Cli.Commands;

namespace Cleaner.Cli.Rules;

/// <summary>
/// Reads a user rules file (<c>--rules FILE</c>): UTF-8 text, one rule per line, three fields separated by tabs:
/// <code>
/// # kind        how        what
/// social        prefix     Follow us on Mastodon
/// comments      exact      Be the first to comment
/// timestamp     pattern    ^Last updated \d+ (minutes|hours) ago$
/// </code>
/// <para>
/// <c>kind</c> is a residue kind name (<c>comments</c>, <c>related-links</c>, …). <c>how</c> is a phrase match
/// (<c>exact</c>, <c>prefix</c>, <c>label</c>, <c>suffix</c>, <c>contains</c>; phrases ignore case and punctuation) or
/// <c>pattern</c> (a .NET regular expression, case-insensitive, without backreferences or lookarounds). Blank lines and
/// lines starting with <c>#</c> are ignored. Any other line that does not parse is a usage error naming the line.
/// </para>
/// </summary>
internal static class RulesFile
{
    /// <summary>Reads and parses the rules file at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">The file cannot be read or a line is wrong.</exception>
    public static List<UserRule> Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the rules file {path}: {ex.Message}", ex);
        }

        return Parse(lines, path);
    }

    /// <summary>Parses the lines of a rules file; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="UsageException">A line is wrong.</exception>
    public static List<UserRule> Parse(IReadOnlyList<string> lines, string name)
    {
        var rules = new List<UserRule>();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                rules.Add(ParseLine(line));
            }
            catch (FormatException ex)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{name}:{i + 1}: {ex.Message}"), ex);
            }
        }

        return rules;
    }

    private static UserRule ParseLine(string line)
    {
        string[] fields = line.Split('\t', 3);
        if (fields.Length != 3)
        {
            throw new FormatException("expected three tab-separated fields: kind, how (exact|prefix|label|suffix|contains|pattern), phrase or pattern");
        }

        string kindName = fields[0].Trim();
        if (!ResidueKinds.TryParse(kindName, out ResidueKind kind) || kind == ResidueKind.None)
        {
            throw new FormatException($"unknown residue kind '{kindName}' (known: {KindNames.All})");
        }

        string how = fields[1].Trim().ToUpperInvariant();
        string what = fields[2].Trim();
        if (what.Length == 0)
        {
            throw new FormatException("the phrase or pattern is empty");
        }

        try
        {
            return how switch
            {
                "PATTERN" => UserRule.ForPattern(what, kind),
                "EXACT" => UserRule.ForPhrase(what, kind, PhraseMatch.Exact),
                "PREFIX" => UserRule.ForPhrase(what, kind, PhraseMatch.Prefix),
                "LABEL" => UserRule.ForPhrase(what, kind, PhraseMatch.Label),
                "SUFFIX" => UserRule.ForPhrase(what, kind, PhraseMatch.Suffix),
                "CONTAINS" => UserRule.ForPhrase(what, kind, PhraseMatch.Contains),
                _ => throw new FormatException($"unknown match '{fields[1].Trim()}' (expected exact, prefix, label, suffix, contains or pattern)"),
            };
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
