namespace Cleaner;

/// <summary>The limits a <see cref="CleanerPipeline"/> enforces on a document before analysing it.</summary>
public enum CleanerLimit : byte
{
    /// <summary>No limit was exceeded.</summary>
    None = 0,

    /// <summary>
    /// The document has more UTF-16 characters than <see cref="CleanerSettings.MaxDocumentLength"/>
    /// (<see cref="CleanerPipelineBuilder.UseMaxDocumentLength"/>).
    /// </summary>
    DocumentLength,

    /// <summary>
    /// The document has more lines than <see cref="CleanerSettings.MaxLineCount"/>
    /// (<see cref="CleanerPipelineBuilder.UseMaxLineCount"/>). The analysis keeps about a hundred bytes of state per
    /// line, so a document of nothing but line breaks costs far more memory than its characters suggest.
    /// </summary>
    LineCount,
}
