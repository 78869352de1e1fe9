using System;

namespace Cleaner.Text;

/// <summary>
/// The parts of a span between any of a few separator characters, empty parts included (two separators in a row give an
/// empty part), enumerated without allocating: <c>foreach (ReadOnlySpan&lt;char&gt; part in new SpanParts(text, " ,"))</c>.
/// The same parts as <c>MemoryExtensions.SplitAny</c> of .NET 9, which the net8.0 build of the library does not have.
/// </summary>
internal ref struct SpanParts
{
    private readonly ReadOnlySpan<char> _separators;
    private ReadOnlySpan<char> _rest;
    private bool _done;

    /// <summary>Splits <paramref name="text"/> at every character of <paramref name="separators"/>.</summary>
    public SpanParts(ReadOnlySpan<char> text, ReadOnlySpan<char> separators)
    {
        _rest = text;
        _separators = separators;
        _done = false;
        Current = default;
    }

    /// <summary>The current part.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly SpanParts GetEnumerator() => this;

    /// <summary>Moves to the next part; false after the last.</summary>
    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }

        int at = _rest.IndexOfAny(_separators);
        if (at < 0)
        {
            Current = _rest;
            _done = true;
            return true;
        }

        Current = _rest[..at];
        _rest = _rest[(at + 1)..];
        return true;
    }
}
