using System;
using System.Collections.Generic;
using System.Linq;

namespace Cleaner.Html.Evaluation;

/// <summary>One extractor's outcome on one gold page.</summary>
/// <param name="Page">The page.</param>
/// <param name="SmartReader">SmartReader alone (its article's text content) against the gold body.</param>
/// <param name="Cleaner">HtmlCleaner's text against the gold body.</param>
/// <param name="Residue">Every residue row of the page with whether HtmlCleaner's output still holds it.</param>
internal sealed record GoldOutcome(string Page, Score SmartReader, Score Cleaner, IReadOnlyList<(GoldRow Row, bool Kept)> Residue);

/// <summary>
/// Scores extractors against the gold labels. Token precision, recall and F1 compare the output's bag of words with
/// the body rows' bag; attribution rows (bylines, "Source: …") are neutral, as in the text evaluation: kept by default,
/// so keeping them costs no precision and dropping them no recall. A residue row counts as kept when HtmlCleaner kept
/// a block whose words are the row's, or a block that holds the row's words and is not itself body (so "Share" inside
/// a kept paragraph of the story does not count as a kept share button).
/// </summary>
internal static class GoldEvaluation
{
    public static GoldOutcome Score(GoldPage page, string smartReaderText, HtmlCleanResult result)
    {
        Score smart = Evaluation.Score.Of(smartReaderText, page.Body, page.Neutral);
        Score cleaner = Evaluation.Score.Of(result.Text, page.Body, page.Neutral);

        var bodyRows = page.Rows.Where(r => r.Label == "body").Select(r => TokenBag.Normalise(r.Text))
            .Where(n => n.Length > 1).ToList();
        var kept = result.Kept.Select(b => TokenBag.Normalise(b.Text)).Where(n => n.Length > 1).ToList();
        // Kept blocks that are body, part of body or hold body: residue words found only inside them are not counted.
        var keptResidueCandidates = kept.Where(k => !bodyRows.Any(b =>
            b.Contains(k, StringComparison.Ordinal) || k.Contains(b, StringComparison.Ordinal))).ToList();
        var keptSet = new HashSet<string>(kept, StringComparer.Ordinal);

        var residue = new List<(GoldRow, bool)>();
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
        }

        return new GoldOutcome(page.Name, smart, cleaner, residue);
    }
}
