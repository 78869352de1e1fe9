using System;
using System.Collections.Generic;
using System.Linq;

namespace Cleaner.Html.Evaluation;

/// <summary>One extractor's outcome on one gold page.</summary>
/// <param name="Page">The page.</param>
/// <param name="SmartReader">SmartReader alone (its article's text content) against the gold body.</param>
/// <param name="Cleaner">HtmlCleaner's text against the gold body.</param>
/// <param name="Residue">Every residue row of the page with whether HtmlCleaner's output still holds it.</param>
/// <param name="Seen">How many of <paramref name="Residue"/> were among HtmlCleaner's blocks (inside the container it cleaned).</param>
/// <param name="SeenRemoved">How many of those HtmlCleaner removed.</param>
/// <param name="LostBody">Body rows whose words are not in HtmlCleaner's output, with whether SmartReader's output has them.</param>
internal sealed record GoldOutcome(string Page, Score SmartReader, Score Cleaner, IReadOnlyList<(GoldRow Row, bool Kept)> Residue,
    IReadOnlyList<(GoldRow Row, bool Kept)> Seen, IReadOnlyList<(GoldRow Row, bool SmartReaderKept)> LostBody)
{
    /// <summary>Body words SmartReader returned and HtmlCleaner did not (for reading recall differences).</summary>
    public IReadOnlyList<string> BodyOnlySmartReaderHas { get; init; } = [];

    /// <summary>HtmlCleaner's blocks, each with the gold label of the row that has its words (or "?"), for --show.</summary>
    public IReadOnlyList<(HtmlBlock Block, string Label)> Blocks { get; init; } = [];
}

/// <summary>
/// Scores extractors against the gold labels. Each extractor's output is its title followed by its text, as a user
/// would assemble the article (both return the headline apart from the text). Token precision, recall and F1 compare the output's bag of words with
/// the body rows' bag; attribution rows (bylines, "Source: …") are neutral, as in the text evaluation: kept by default,
/// so keeping them costs no precision and dropping them no recall. A residue row counts as kept when HtmlCleaner kept
/// a block whose words are the row's, or a block that holds the row's words and is not itself body (so "Share" inside
/// a kept paragraph of the story does not count as a kept share button).
/// </summary>
internal static class GoldEvaluation
{
    /// <summary>Scores one page.</summary>
    /// <param name="page">The gold labels.</param>
    /// <param name="smartReaderText">SmartReader's title and article text.</param>
    /// <param name="result">HtmlCleaner's result; its title and text are scored (the title is a property of its own).</param>
    public static GoldOutcome Score(GoldPage page, string smartReaderText, HtmlCleanResult result)
    {
        string cleanerText = (result.Title ?? string.Empty) + "\n\n" + result.Text;
        Score smart = Evaluation.Score.Of(smartReaderText, page.Body, page.Neutral);
        Score cleaner = Evaluation.Score.Of(cleanerText, page.Body, page.Neutral);

        var bodyRows = page.Rows.Where(r => r.Label == "body").Select(r => TokenBag.Normalise(r.Text))
            .Where(n => n.Length > 1).ToList();
        var kept = result.Kept.Select(b => TokenBag.Normalise(b.Text)).Where(n => n.Length > 1).ToList();
        // Kept blocks that are body, part of body or hold body: residue words found only inside them are not counted.
        var keptResidueCandidates = kept.Where(k => !bodyRows.Any(b =>
            b.Contains(k, StringComparison.Ordinal) || k.Contains(b, StringComparison.Ordinal))).ToList();
        var keptSet = new HashSet<string>(kept, StringComparer.Ordinal);

        var all = result.Blocks.Select(b => TokenBag.Normalise(b.Text)).Where(n => n.Length > 1).ToList();
        var allSet = new HashSet<string>(all, StringComparer.Ordinal);
        var residue = new List<(GoldRow, bool)>();
        var seen = new List<(GoldRow, bool)>();
        foreach (GoldRow row in page.Rows)
        {
            if (row.Label == "body")
            {
                continue;
            }

            string norm = TokenBag.Normalise(row.Text);
            if (norm.Length <= 1)
            {
                continue; // No words: nothing to keep or remove.
            }

            bool isKept = keptSet.Contains(norm) || keptResidueCandidates.Any(k => k.Contains(norm, StringComparison.Ordinal));
            residue.Add((row, isKept));
            if (allSet.Contains(norm) || all.Any(k => k.Contains(norm, StringComparison.Ordinal) &&
                                                      !bodyRows.Any(b => b.Contains(k, StringComparison.Ordinal) || k.Contains(b, StringComparison.Ordinal))))
            {
                seen.Add((row, isKept));
            }
        }

        string output = TokenBag.Normalise(cleanerText);
        string smartOutput = TokenBag.Normalise(smartReaderText);
        var lost = page.Rows.Where(r => r.Label == "body" && TokenBag.Normalise(r.Text) is { Length: > 1 } n &&
                                        !output.Contains(n, StringComparison.Ordinal))
            .Select(r => (r, smartOutput.Contains(TokenBag.Normalise(r.Text), StringComparison.Ordinal))).ToList();
        var smartBody = new TokenBag(smartReaderText);
        var cleanerBag = new TokenBag(cleanerText);
        var onlySmart = smartBody.Minus(cleanerBag).Counts
            .Select(t => (t.Key, Count: Math.Min(t.Value, page.Body.Minus(cleanerBag).Counts.FirstOrDefault(b => b.Key == t.Key).Value)))
            .Where(t => t.Count > 0).SelectMany(t => Enumerable.Repeat(t.Key, t.Count)).ToList();
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (GoldRow row in page.Rows)
        {
            string key = TokenBag.Normalise(row.Text);
            labelOf[key] = labelOf.TryGetValue(key, out string? other) && !other.Split('/').Contains(row.Label) ? other + "/" + row.Label : other ?? row.Label;
        }

        var blocks = result.Blocks.Select(b => (b, labelOf.GetValueOrDefault(TokenBag.Normalise(b.Text), "?"))).ToList();
        return new GoldOutcome(page.Name, smart, cleaner, residue, seen, lost) { BodyOnlySmartReaderHas = onlySmart, Blocks = blocks };
    }
}
