using System;
using Cleaner.Features;

namespace Cleaner.Text;

/// <summary>
/// Enumerates the words of a line with their lexicon classes, for shape rules that look at every word of a short
/// line. Allocates nothing; words longer than <see cref="Lexicon.MaxWordLength"/> get <see cref="WordClass.None"/>.
/// </summary>
internal ref struct LineWords
{
    private readonly ReadOnlySpan<char> _line;
    private int _position;
    private Span<char> _buffer;

    public LineWords(ReadOnlySpan<char> line, Span<char> buffer)
    {
        _line = line;
        _buffer = buffer;
        _position = 0;
        Current = default;
    }

    /// <summary>The current word.</summary>
    public Word Current { get; private set; }

    public readonly LineWords GetEnumerator() => this;

    public bool MoveNext()
    {
        ReadOnlySpan<char> line = _line;
        int i = _position;
        while (i < line.Length && !TextNormalizer.IsWordChar(line[i]))
        {
            i++;
        }

        if (i >= line.Length)
        {
            _position = i;
            return false;
        }

        int start = i;
        int digits = 0;
        while (i < line.Length && (TextNormalizer.IsWordChar(line[i]) ||
               (line[i] is '\'' or '\u2019' && i + 1 < line.Length && TextNormalizer.IsWordChar(line[i + 1]))))
        {
            if (char.IsAsciiDigit(line[i]))
            {
                digits++;
            }

            i++;
        }

        _position = i;
        ReadOnlySpan<char> word = line[start..i];
        WordClass classes = WordClass.None;
        if (word.Length <= _buffer.Length)
        {
            // Hashed while folded, so that the lexicon's filter turns most words away without a probe; the lexicon
            // folds the word again as it compares it, so nothing is copied.
            uint hash = SpanKeyedTable<WordClass>.HashSeed;
            bool ascii = true;
            for (int k = 0; k < word.Length; k++)
            {
                char c = word[k];
                ascii &= c < 128;
                hash = SpanKeyedTable<WordClass>.HashStep(hash, c == '\u2019' ? '\'' : TextNormalizer.ToLower(c));
            }

            classes = Lexicon.Default.LookupFolding(word, hash, ascii);
        }

        Current = new Word(word, start, classes, digits == word.Length, digits);
        return true;
    }

    /// <summary>A word of a line.</summary>
    public readonly ref struct Word
    {
        public Word(ReadOnlySpan<char> text, int start, WordClass classes, bool isNumber, int digits)
        {
            Text = text;
            Start = start;
            Classes = classes;
            IsNumber = isNumber;
            Digits = digits;
        }

        public ReadOnlySpan<char> Text { get; }

        public int Start { get; }

        public WordClass Classes { get; }

        public bool IsNumber { get; }

        public int Digits { get; }

        public bool Is(WordClass classes) => (Classes & classes) != 0;

        public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    }
}
