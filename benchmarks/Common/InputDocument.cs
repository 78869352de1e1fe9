using System.Text;

namespace Cleaner.Benchmarks.Common;

/// <summary>A benchmark input: a name for the tables, the text, and its size in UTF-8 bytes for the MB/s column.</summary>
public sealed class InputDocument
{
    public InputDocument(string name, string text)
    {
        Name = name;
        Text = text;
        Utf8Bytes = Encoding.UTF8.GetByteCount(text);
    }

    public string Name { get; }

    public string Text { get; }

    /// <summary>Size of <see cref="Text"/> encoded as UTF-8: the unit of the MB/s and ns/B columns.</summary>
    public long Utf8Bytes { get; }

    public override string ToString() => Name;
}
