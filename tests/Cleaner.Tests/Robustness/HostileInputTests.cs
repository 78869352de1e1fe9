using System;
using System.Linq;
using System.Text;

namespace Cleaner.Robustness;

/// <summary>
/// The hostile-input catalogue (docs/robustness.md): each input gets a result or a documented exception, within a
/// generous deadline, with memory bounded by a small multiple of the input, and every output invariant holds.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class HostileInputTests
{
    /// <summary>Per-line working state of an analysis (segment, features, decision), rounded up generously.</summary>
    private const long BytesPerLine = 256;

    private static readonly CleanerPipeline Unlimited = new CleanerPipelineBuilder()
        .UseMaxDocumentLength(int.MaxValue).UseMaxLineCount(int.MaxValue).Build();

    private static CleanResult CleanChecked(string text, CleanerPipeline? pipeline = null, bool idempotence = true)
    {
        pipeline ??= CleanerPipeline.Default;
        CleanResult result = Bounded.Run(() => pipeline.Clean(text), out long allocated, out _);
        long lines = Invariants.SplitLines(text).Count;
        long bound = (4L * text.Length * sizeof(char)) + (BytesPerLine * lines) + (256 * 1024);
        Assert.True(allocated <= bound, $"Cleaning {text.Length:N0} chars in {lines:N0} lines allocated {allocated:N0} bytes, more than {bound:N0}.");

        // Small inputs go through every entry point; big ones are checked on the one result, to keep the suite fast.
        string? violation = text.Length <= 1_000_000
            ? Invariants.CheckAll(pipeline, text, idempotence)
            : Invariants.CheckSubsequence(text, result.Text) ?? Invariants.CheckResultShape(text, result)
                ?? (idempotence ? Invariants.CheckIdempotent(pipeline, result.Text) : null);
        Assert.True(violation is null, violation);
        return result;
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        CleanerPipeline pipeline = CleanerPipeline.Default;
        Assert.Throws<ArgumentNullException>(() => pipeline.Clean(null!));
        Assert.Throws<ArgumentNullException>(() => TextCleaner.Clean(null!));
        Assert.Throws<ArgumentNullException>(() => TextCleaner.Clean("text", null!));
        Assert.Throws<ArgumentNullException>(() => pipeline.Clean("text".AsSpan(), null!));
        Assert.Throws<ArgumentNullException>(() => pipeline.Classify("text", null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData(" \t \u00A0\u3000\u200B\uFEFF\u2028 \n\t\n \r  ")]
    [InlineData("\0\0\0\n\u0001\u0002\r\u001F")]
    public void Empty_and_blank_documents_give_empty_text(string text)
    {
        CleanResult result = CleanChecked(text);
        Assert.Equal(string.Empty, result.Text);
        Assert.Empty(result.Removed);
        Assert.Equal(CleanStatus.Cleaned, result.Status);
    }

    [Fact]
    public void A_100_million_character_line_is_refused_by_default_and_kept_when_allowed()
    {
        const int Length = 100_000_000;
        const string Pattern = "the quick brown fox jumps over the lazy dog and reads more ";
        string line = string.Create(Length, Pattern, static (span, pattern) =>
        {
            for (int i = 0; i < span.Length; i += pattern.Length)
            {
                pattern.AsSpan(0, Math.Min(pattern.Length, span.Length - i)).CopyTo(span[i..]);
            }
        });

        // Default limit: refused before any per-line memory is taken.
        DocumentTooLargeException? e = Bounded.Run(() =>
        {
            try
            {
                CleanerPipeline.Default.Clean(line);
                return null;
            }
            catch (DocumentTooLargeException thrown)
            {
                return thrown;
            }
        }, out long refusedAllocated, out _);
        Assert.NotNull(e);
        Assert.Equal(CleanerLimit.DocumentLength, e.Limit);
        Assert.Equal(Length, e.Actual);
        Assert.True(refusedAllocated < 64 * 1024, $"refusing allocated {refusedAllocated:N0} bytes");

        // Pass-through: the same string back, flagged, without a copy.
        CleanerPipeline passThrough = new CleanerPipelineBuilder().UseLimitBehavior(LimitBehavior.PassThrough).Build();
        CleanResult passed = Bounded.Run(() => passThrough.Clean(line), out long passAllocated, out _);
        Assert.Same(line, passed.Text);
        Assert.True(passed.IsPassedThrough);
        Assert.True(passAllocated < 64 * 1024, $"pass-through allocated {passAllocated:N0} bytes");

        // Limit raised: the line is longer than MaxLineLength, so it is kept unclassified; the output is its copy.
        CleanResult result = Bounded.Run(() => Unlimited.Clean(line), out long allocated, out TimeSpan elapsed);
        Assert.Equal(Length + 1, result.Text.Length);
        Assert.True(result.Text.AsSpan(0, Length).SequenceEqual(line));
        Assert.Equal(1, result.LineCount);
        Assert.Empty(result.Removed);
        Assert.True(allocated <= (2L * Length * sizeof(char)) + (1 << 20), $"allocated {allocated:N0} bytes for a {Length:N0}-char line");
        Assert.True(elapsed < Bounded.Deadline);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData(" \n")]
    public void A_million_empty_lines_give_empty_text(string ending)
    {
        string text = string.Concat(Enumerable.Repeat(ending, 1_000_000));
        CleanResult result = CleanChecked(text);
        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(1_000_000, result.LineCount);
    }

    [Fact]
    public void Line_ending_style_does_not_change_the_output()
    {
        foreach (string document in Corpus.SeedDocuments())
        {
            string unix = document.ReplaceLineEndings("\n");
            string expected = CleanChecked(unix).Text;
            Assert.Equal(expected, CleanChecked(unix.Replace("\n", "\r\n", StringComparison.Ordinal)).Text);
            Assert.Equal(expected, CleanChecked(unix.Replace('\n', '\r')).Text);

            // Mixed: every line gets a different ending. A lone \r before an empty line ended by \n would read as one
            // \r\n, so such a line gets \n instead.
            string[] lines = unix.Split('\n');
            string[] endings = ["\n", "\r\n", "\r"];
            var mixed = new StringBuilder();
            for (int i = 0; i < lines.Length; i++)
            {
                mixed.Append(lines[i]);
                if (i < lines.Length - 1)
                {
                    string ending = endings[i % endings.Length];
                    mixed.Append(ending == "\r" && lines[i + 1].Length == 0 ? "\n" : ending);
                }
            }

            Assert.Equal(expected, CleanChecked(mixed.ToString()).Text);
        }
    }

    [Fact]
    public void Reversed_crlf_is_two_line_breaks()
    {
        // "\n\r" is a \n then a lone \r: two terminators, so "a\n\rb" has an empty line between a and b.
        CleanResult result = CleanChecked("The minister said on Tuesday that the plan would be ready soon.\n\rIt was not, in the end, ready at all.");
        Assert.Equal(3, result.LineCount);
    }

    /// <summary>Lone surrogates cannot go through InlineData: xunit's serialisation would merge them into one case.</summary>
    private static readonly string[] Unpaired =
    [
        "\uD800", "\uDC00", "\uDC00\uD800", "Read more \uD83D", "\uD83D\nRead more\n\uDE00",
        "The minister said\uD800 on Tuesday that the plan\uDFFF would be ready by the end of the year.\nAdvertisement\uDBFF",
        "\uFFFF\uFFFE\uFFFD\n\uFFFF",
    ];

    public static TheoryData<int> UnpairedCases => new(Enumerable.Range(0, Unpaired.Length));

    [Theory]
    [MemberData(nameof(UnpairedCases))]
    public void Unpaired_surrogates_and_noncharacters_are_handled(int index)
    {
        string text = Unpaired[index];
        CleanChecked(text);
        CleanChecked(string.Concat(Enumerable.Repeat(text + "\n", 2000)));
    }

    [Fact]
    public void Nul_and_control_characters_are_handled()
    {
        var sb = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            sb.Append("Read more").Append(c).Append('\n');
            sb.Append(c).Append("The minister said on Tuesday that the plan would be ready by the end of the year.").Append(c).Append('\n');
            sb.Append(new string(c, 50)).Append('\n');
        }

        for (char c = '\u007F'; c <= '\u009F'; c++)
        {
            sb.Append("Advertisement").Append(c).Append('\n').Append(c).Append('\n');
        }

        sb.Append("\u001B[31mShare this article\u001B[0m\n");
        CleanChecked(sb.ToString());
    }

    [Theory]
    [InlineData("\u05D4\u05E9\u05E8 \u05D0\u05DE\u05E8 \u05D1\u05D9\u05D5\u05DD \u05E9\u05DC\u05D9\u05E9\u05D9 \u05E9\u05D4\u05EA\u05D5\u05DB\u05E0\u05D9\u05EA \u05EA\u05D4\u05D9\u05D4 \u05DE\u05D5\u05DB\u05E0\u05D4.")]
    [InlineData("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621 \u0625\u0646 \u0627\u0644\u062E\u0637\u0629 \u0633\u062A\u0643\u0648\u0646 \u062C\u0627\u0647\u0632\u0629.")]
    [InlineData("\u202EeroM daeR\u202C")]
    [InlineData("\u200FRead more\u200E")]
    [InlineData("Re\u0301ad\u0308 mo\u0327re\u0300")]
    public void Right_to_left_text_and_combining_marks_are_handled(string line)
    {
        string document = string.Join('\n', line, "The minister said on Tuesday that the plan would be ready by the end of the year.", line, "Advertisement", line);
        CleanChecked(document);
    }

    [Fact]
    public void A_line_of_stacked_combining_marks_is_handled()
    {
        // "Zalgo" text: one base letter carrying thousands of marks, under and over the line-length limit.
        CleanChecked("e" + new string('\u0301', 50_000) + "\nRead more\n");
        CleanChecked("e" + new string('\u0301', 200_000) + "\nRead more\n");
    }

    [Theory]
    [InlineData("\uD83D\uDE00\uD83D\uDE02\uD83D\uDC4D")]
    [InlineData("\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66")]
    [InlineData("\uD83C\uDDFA\uD83C\uDDF8 \uD83C\uDDEC\uD83C\uDDE7")]
    [InlineData("Share this article \uD83D\uDC47\uD83D\uDC47")]
    [InlineData("\uD83D\uDCF7 Photo: Jane Doe/AP")]
    public void Emoji_are_handled(string line)
    {
        string document = string.Join('\n', line, "The minister said on Tuesday that the plan would be ready by the end of the year.", line);
        CleanChecked(document);
        CleanChecked(string.Concat(Enumerable.Repeat(line, 10_000)));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(CleanerPipelineBuilder.DefaultMaxLineLength)]
    [InlineData(CleanerPipelineBuilder.DefaultMaxLineLength + 1)]
    [InlineData(5_000_000)]
    public void Very_long_words_are_handled(int length)
    {
        string word = string.Create(length, 0, static (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });
        CleanResult result = CleanChecked("Read more\n" + word + "\nAdvertisement\n" + word + "!" + "\n");
        if (length > CleanerPipelineBuilder.DefaultMaxLineLength)
        {
            // Over the line limit: kept unclassified, and context rules pass over it.
            Assert.Contains(word, result.Text, StringComparison.Ordinal);
        }

        // Under it, a one-word line between residue counts as a short undecided line and may be absorbed: the
        // context rules measure shortness in words, not characters (reported to the owner of ContextRules).
    }

    [Fact]
    public void Lines_longer_than_the_limit_are_kept_unclassified()
    {
        var counting = new CountingClassifier();
        var builder = new CleanerPipelineBuilder().UseMaxLineLength(100);
        builder.Classifiers.Insert(0, counting);
        CleanerPipeline pipeline = builder.Build();
        string longResidue = "Read more " + new string('x', 200);
        CleanResult result = CleanChecked("Short line\n" + longResidue + "\n", pipeline);
        Assert.Contains(longResidue, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Removed, v => v.Segment.Length > 100);
    }

    [Fact]
    public void One_residue_line_repeated_a_million_times_is_removed_with_bounded_work()
    {
        var counting = new CountingClassifier();
        var builder = new CleanerPipelineBuilder();
        builder.Classifiers.Insert(0, counting);
        CleanerPipeline pipeline = builder.Build();
        string text = string.Concat(Enumerable.Repeat("Read more\n", 1_000_000));

        CleanResult result = CleanChecked(text, pipeline);
        Assert.Equal(string.Empty, result.Text);

        // Each line is classified exactly once (the idempotence check cleans the empty output: no more calls).
        Assert.Equal(1_000_000, counting.Calls);
        Assert.Equal("Read more".Length * 1_000_000L, counting.Chars);
    }

    [Fact]
    public void A_document_of_only_residue_keeps_nothing_of_substance()
    {
        string text = string.Join('\n', Corpus.ResidueLines);
        CleanResult result = CleanChecked(text);
        int kept = Invariants.SplitLines(result.Text).Count(l => l.Length > 0);
        Assert.True(kept * 4 <= Corpus.ResidueLines.Count, $"kept {kept} of {Corpus.ResidueLines.Count} residue lines:\n{result.Text}");
    }

    [Fact]
    public void Hostile_fragments_one_per_line_and_all_on_one_line()
    {
        CleanChecked(string.Join('\n', Corpus.HostileFragments));
        CleanChecked(string.Concat(Corpus.HostileFragments));
        CleanChecked(string.Concat(Enumerable.Repeat(string.Concat(Corpus.HostileFragments), 5_000)));
    }

    public static TheoryData<string> Shapes => new()
    {
        "prose", "residue", "blank", "alternating", "section", "long-lines", "huge-lines", "short-undecided",
    };

    /// <summary>
    /// Work grows linearly: four times the input takes well under the sixteen times a quadratic pass would. The bound
    /// is loose (ten times, plus slack) so that a busy machine does not fail it; a quadratic loop still does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void Time_grows_linearly_with_input(string shape)
    {
        string unit = shape switch
        {
            "prose" => "The minister said on Tuesday that the plan would be ready by the end of the year, officials said.\n",
            "residue" => "Share this article\nAdvertisement\nRead more\n",
            "blank" => "\n\n\n\n\n\n\n\n",
            "alternating" => "Advertisement\nThe decision\n",
            "section" => "Comments\nNice\nGreat piece\nI disagree\n",
            "long-lines" => new string('w', 3000) + " " + new string('z', 3000) + "\n",
            "huge-lines" => new string('w', 30_000) + " " + new string('z', 30_000) + "\n",
            _ => "Why it matters\nWhat happens next\n",
        };
        int baseRepeats = Math.Max(1, 80_000 / unit.Length);
        string small = string.Concat(Enumerable.Repeat(unit, baseRepeats));
        string large = string.Concat(Enumerable.Repeat(unit, baseRepeats * 4));
        TimeSpan tSmall = Bounded.Median(() => Unlimited.Clean(small));
        TimeSpan tLarge = Bounded.Median(() => Unlimited.Clean(large));
        Assert.True(tLarge < (tSmall * 10) + TimeSpan.FromMilliseconds(100),
            $"{shape}: {small.Length:N0} chars took {tSmall.TotalMilliseconds:F1} ms, {large.Length:N0} chars took {tLarge.TotalMilliseconds:F1} ms");
    }
}
