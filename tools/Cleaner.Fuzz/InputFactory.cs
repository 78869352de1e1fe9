using System;
using System.Collections.Generic;
using System.Text;
using Cleaner.Robustness;

namespace Cleaner.Fuzz;

/// <summary>Makes fuzz inputs from a seeded <see cref="Random"/>: unicode soup, realistic mixes, mutated seeds, giants.</summary>
internal sealed class InputFactory(Random random, IReadOnlyList<string> seedDocuments)
{
    public static readonly string[] Strategies = ["soup", "realistic", "mutated-seed", "mutated-realistic", "repeated", "giant"];

    private static readonly string[] Endings = ["\n", "\r\n", "\r"];

    /// <summary>An input made by <paramref name="strategy"/>.</summary>
    public string Make(string strategy) => strategy switch
    {
        "soup" => Soup(random.Next(0, 400)),
        "realistic" => Realistic(random.Next(1, 80)),
        "mutated-seed" => Mutate(seedDocuments[random.Next(seedDocuments.Count)], random.Next(1, 12)),
        "mutated-realistic" => Mutate(Realistic(random.Next(1, 60)), random.Next(1, 20)),
        "repeated" => Repeated(),
        _ => Giant(),
    };

    /// <summary>Picks a strategy: giants rarely, since each costs seconds.</summary>
    public string PickStrategy()
    {
        int roll = random.Next(1000);
        return roll < 3 ? "giant" : roll < 20 ? "repeated" : Strategies[random.Next(4)];
    }

    private string Soup(int fragments)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fragments; i++)
        {
            switch (random.Next(6))
            {
                case 0: sb.Append((char)random.Next(0, 0x10000)); break;
                case 1: sb.Append(Pick(Corpus.HostileFragments)); break;
                case 2: sb.Append(Pick(Corpus.ResidueLines)); break;
                case 3: sb.Append(Pick(Endings)); break;
                case 4: sb.Append((char)random.Next(0, 0x80)); break;
                default: sb.Append(Word()); sb.Append(' '); break;
            }
        }

        return sb.ToString();
    }

    private string Realistic(int lines)
    {
        var sb = new StringBuilder();
        string ending = Pick(Endings);
        for (int i = 0; i < lines; i++)
        {
            sb.Append(Line()).Append(random.Next(10) == 0 ? Pick(Endings) : ending);
        }

        return sb.ToString();
    }

    private string Line() => random.Next(18) switch
    {
        < 6 => Pick(Corpus.SeedLines),
        < 8 => Pick(Corpus.ForeignLines),
        < 11 => Pick(Corpus.ResidueLines),
        < 13 => Pick(Corpus.AmbiguousLines),
        < 15 => string.Empty,
        _ => Soup(random.Next(1, 8)).Replace('\r', ' ').Replace('\n', ' '),
    };

    private string Mutate(string text, int mutations)
    {
        var lines = new List<string>(text.ReplaceLineEndings("\n").Split('\n'));
        for (int m = 0; m < mutations; m++)
        {
            int at = random.Next(lines.Count);
            switch (random.Next(12))
            {
                case 0: lines.Insert(at, Pick(Corpus.ResidueLines)); break;
                case 1: lines.Insert(at, string.Empty); break;
                case 2: if (lines.Count > 1) { lines.RemoveAt(at); } break;
                case 3: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 4: Swap(lines, at, random.Next(lines.Count)); break;
                case 5: lines[at] = Insert(lines[at], Pick(Corpus.HostileFragments)); break;
                case 6: lines[at] += Pick([" ", "\t", "\u00A0", "\u200B", "\u3000", "  \t"]); break;
                case 7: lines[at] = lines[at].ToUpperInvariant(); break;
                case 8: lines[at] = lines[at].Length > 1 ? lines[at][..random.Next(lines[at].Length)] : lines[at]; break;
                case 9: lines[at] = Pick(Corpus.ResidueLines) + " " + lines[at]; break;
                case 10: lines.Insert(at, random.Next(3) == 0 ? Pick(Corpus.ForeignLines) : Pick(Corpus.SeedLines)); break;
                default: lines[at] = Insert(lines[at], ((char)random.Next(0xD800, 0xE000)).ToString()); break;
            }
        }

        var sb = new StringBuilder();
        string ending = Pick(Endings);
        for (int i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]);
            if (i < lines.Count - 1 || random.Next(2) == 0)
            {
                // A lone \r before an empty line ended by \n is a \r\n; keep line counts stable by choosing \n then.
                string e = random.Next(8) == 0 ? Pick(Endings) : ending;
                sb.Append(e == "\r" && i + 1 < lines.Count && lines[i + 1].Length == 0 ? "\n" : e);
            }
        }

        return sb.ToString();
    }

    private string Repeated()
    {
        string unit = random.Next(3) switch
        {
            0 => Pick(Corpus.ResidueLines) + Pick(Endings),
            1 => Pick(Corpus.ResidueLines) + "\n" + Pick(Corpus.AmbiguousLines) + "\n",
            _ => Pick(Endings),
        };
        int count = random.Next(1_000, 200_000);
        var sb = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    private string Giant()
    {
        int length = random.Next(1_000_000, 20_000_000);
        char[] buffer = new char[length];
        switch (random.Next(3))
        {
            case 0:
                // One line of words.
                for (int i = 0; i < length; i++)
                {
                    buffer[i] = random.Next(7) == 0 ? ' ' : (char)('a' + random.Next(26));
                }

                break;
            case 1:
                // One word.
                Array.Fill(buffer, 'x');
                break;
            default:
                // Lines of random length, some over the line limit.
                for (int i = 0; i < length; i++)
                {
                    buffer[i] = random.Next(random.Next(2) == 0 ? 50 : 100_000) == 0 ? '\n' : (char)('a' + random.Next(26));
                }

                break;
        }

        return new string(buffer);
    }

    private string Word()
    {
        int length = random.Next(1, 12);
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append((char)('a' + random.Next(26)));
        }

        return sb.ToString();
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

    private string Insert(string line, string fragment) => line.Insert(random.Next(line.Length + 1), fragment);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
