using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace Cleaner.Robustness;

/// <summary>CsCheck generators of documents: random unicode soup and realistic articles mixed with residue.</summary>
internal static class TextGen
{
    private static readonly string[] LineEndings = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\t\n"];

    /// <summary>One character from anywhere in UTF-16, lone surrogates and controls included.</summary>
    public static Gen<char> AnyChar { get; } = Gen.Char;

    /// <summary>Mostly ASCII words and spaces, with the hostile fragments mixed in.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (6, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,:;!?'\"0123456789"], 1, 12]),
        (3, Gen.OneOf(Corpus.HostileFragments.ToArray())),
        (2, Gen.OneOf(Corpus.ResidueLines.ToArray())),
        (1, AnyChar.Select(c => c.ToString())),
        (1, Gen.OneOf(LineEndings)));

    /// <summary>Random text: a few hundred fragments of anything.</summary>
    public static Gen<string> RandomText { get; } = Fragment.Array[0, 120].Select(parts => string.Concat(parts));

    /// <summary>One line of a realistic document, sometimes with trailing or leading white space.</summary>
    public static Gen<string> RealisticLine { get; } = Gen.Frequency(
        (6, Gen.OneOf(Corpus.SeedLines.ToArray())),
        (5, Gen.OneOf(Corpus.ResidueLines.ToArray())),
        (2, Gen.OneOf(Corpus.AmbiguousLines.ToArray())),
        (2, Gen.OneOf(Corpus.ForeignLines.ToArray())),
        (2, Gen.Const(string.Empty)),
        (1, Gen.Select(Gen.OneOf(Corpus.ResidueLines.ToArray()), Gen.OneOf(" ", "\t", "  \u00A0", "\u200B"), (l, s) => l + s)),
        (1, Gen.Select(Gen.OneOf(Corpus.SeedLines.ToArray()), Gen.OneOf(" ", "\t", "\u3000"), (l, s) => s + l)),
        (1, Fragment.Array[1, 6].Select(parts => string.Concat(parts).Replace('\r', ' ').Replace('\n', ' '))));

    /// <summary>A realistic document: 1 to 60 lines from the seeds and residue, joined by one kind of line ending.</summary>
    public static Gen<string> RealisticText { get; } = Gen.Select(RealisticLine.Array[1, 60], Gen.OneOf("\n", "\r\n", "\r"), Gen.Bool,
        (lines, ending, final) =>
        {
            var sb = new StringBuilder();
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(ending);
                }

                sb.Append(lines[i]);
            }

            if (final)
            {
                sb.Append(ending);
            }

            return sb.ToString();
        });
}
