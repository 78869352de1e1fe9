using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Cleaner.Fuzz;

/// <summary>
/// Shrinks a failing input while it still fails the same way: first whole lines (delta debugging), then runs of
/// characters, then single characters. Bounded by a time budget so that a slow property cannot stall the run.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(string input, Func<string, bool> stillFails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool InBudget() => clock.Elapsed < budget;

        // 1. Lines (terminators kept with their line).
        List<string> lines = SplitKeepingTerminators(input);
        for (int chunk = Math.Max(1, lines.Count / 2); chunk >= 1 && InBudget(); chunk /= 2)
        {
            for (int start = 0; start < lines.Count && InBudget();)
            {
                var candidate = new List<string>(lines);
                candidate.RemoveRange(start, Math.Min(chunk, candidate.Count - start));
                if (candidate.Count > 0 && stillFails(string.Concat(candidate)))
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        string text = string.Concat(lines);

        // 2. Characters, in halving chunks down to one (skipped for giant inputs that survived line removal).
        for (int chunk = Math.Max(1, text.Length / 2); chunk >= 1 && InBudget() && text.Length <= 200_000; chunk /= 2)
        {
            for (int start = 0; start < text.Length && InBudget();)
            {
                string candidate = text.Remove(start, Math.Min(chunk, text.Length - start));
                if (stillFails(candidate))
                {
                    text = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return text;
    }

    private static List<string> SplitKeepingTerminators(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            lines.Add(sb.ToString());
        }

        return lines;
    }
}
